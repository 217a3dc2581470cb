import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { FORMATS_HELP, resolveOutputFormat, writeReport } from '../formats.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import type { CliIo } from '../io.js';
import { readReport } from '../report.js';

export const RENDER_HELP = `Usage: duizhao render REPORT.json|- --format FORMAT [-o OUT]

Re-renders a saved alignment report (duizhao align --format json) in another format,
without aligning again. Every format is rendered from this report, so a table, a TMX
file or parallel text made from a saved report equals the one align writes directly.
The report is checked against the schema (packages/core/schema/alignment-report.schema.json).

${FORMATS_HELP}

Examples:
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format json -o /tmp/summary.json
  duizhao render /tmp/summary.json --format tmx -o /tmp/summary.tmx
  duizhao render /tmp/summary.json --format csv

${optionsHelp(COMMAND_OPTIONS.render)}`;

export async function runRender(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('render', argv, COMMAND_OPTIONS.render);
  if (values.help) {
    io.stdout.write(`${RENDER_HELP}\n`);
    return 0;
  }
  const format = resolveOutputFormat('render', values.format);
  if (positionals.length !== 1) throw new UsageError('render: expected one REPORT.json (see duizhao render --help)');
  const report = readReport(positionals[0]!, io);
  await writeReport('render', report, format, values.output, { keepEmpty: values['keep-empty'] }, io);
  return 0;
}
