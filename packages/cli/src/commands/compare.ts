import { CompareReport, renderCompareText } from '@duizhao/core';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { loadVersions } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';
import { compareAll } from '../pipeline.js';

const FORMATS = ['text', 'md', 'json'] as const;

export const COMPARE_HELP = `Usage: duizhao compare A B [C...] [--format text|md|json] [-o OUT]

Compares every pair of versions: whether they are parallel (a translation, or the
same text in another script), a summary of the longer one, or unrelated (decided
against the same scores on a shuffled copy); for related pairs, coverage per
section, omitted sections with their first words, additions, moved content,
changed facts (names, terms, numbers) with both spans, and, between Traditional
and Simplified versions, character differences after conversion. FILE#N picks
the N-th version of a file; a file that holds two languages gives both.

Examples:
  duizhao compare corpus/schulman-2025/transcript.zh-Hans.txt corpus/schulman-2025/summary-outline.zh-Hant.txt
  duizhao compare corpus/schulman-2025/*.txt --format json -o /tmp/compare.json

${optionsHelp(COMMAND_OPTIONS.compare)}`;

export async function runCompare(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('compare', argv, COMMAND_OPTIONS.compare);
  if (values.help) {
    io.stdout.write(`${COMPARE_HELP}\n`);
    return 0;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`compare: unknown format "${values.format}" (expected ${FORMATS.join(', ')})`);
  if (positionals.length < 1) throw new UsageError('compare: expected two or more versions (see duizhao compare --help)');
  const versions = loadVersions(positionals, values, io);
  if (versions.length < 2) throw new UsageError(`compare: ${positionals.join(' ')} hold(s) ${versions.length} version; compare needs two or more`);
  const report = await compareAll(versions);
  // The JSON is what the viewer reads: check it against the schema it promises.
  const out = values.format === 'json' ? `${JSON.stringify(CompareReport.parse(report), null, 2)}\n` : renderCompareText(report, { markdown: values.format === 'md' });
  emit(out, values.output, io);
  return 0;
}
