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
Every finding carries a confidence, the probability that it is real; the text
and Markdown reports list the surest first and count the ones below
--min-confidence without listing them.

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
  const minConfidence = parseMinConfidence(values['min-confidence']);
  if (positionals.length < 1) throw new UsageError('compare: expected two or more versions (see duizhao compare --help)');
  const versions = loadVersions(positionals, values, io);
  if (versions.length < 2) throw new UsageError(`compare: ${positionals.join(' ')} hold(s) ${versions.length} version; compare needs two or more`);
  const report = await compareAll(versions, minConfidence);
  // The JSON is what the viewer reads: check it against the schema it promises.
  const out = values.format === 'json' ? `${JSON.stringify(CompareReport.parse(report), null, 2)}\n` : renderCompareText(report, { markdown: values.format === 'md' });
  emit(out, values.output, io);
  return 0;
}

/** `--min-confidence X`: a number from 0 to 1, or absent (each pair's own default). */
function parseMinConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`compare: --min-confidence must be a number from 0 to 1, got "${value}"`);
  return x;
}
