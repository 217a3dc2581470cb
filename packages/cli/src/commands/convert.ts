import { toSimplified } from '@duizhao/core/pipeline';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { readText, resolveFrom } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';

export const CONVERT_HELP = `Usage: duizhao convert [FILE|-] [--from twp|tw|hk|t] [-o OUT]

Prints FILE (or standard input) converted from Traditional to Simplified Chinese with
OpenCC's tables; with --from twp (the default) Taiwan phrases too (軟體→软件, 滑鼠→鼠标).
Everything else in the file is left as it is.

Examples:
  duizhao convert corpus/schulman-2025/summary-article.zh-Hant.txt
  echo '程式碼與軟體' | duizhao convert -
  duizhao convert --from hk corpus/schulman-2025/summary-article.zh-Hant.txt -o /tmp/article.zh-Hans.txt

${optionsHelp(COMMAND_OPTIONS.convert)}`;

export function runConvert(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommand('convert', argv, COMMAND_OPTIONS.convert);
  if (values.help) {
    io.stdout.write(`${CONVERT_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`convert: expected one FILE, got ${positionals.length}`);
  const from = resolveFrom(values.from);
  const text = readText(positionals[0] ?? '-', values, io);
  emit(toSimplified(text, { from }).text, values.output, io);
  return 0;
}
