import { existsSync, statSync } from 'node:fs';
import type { AlignManyOptions, MultiAlignmentReport, Version } from '@duizhao/core';
import { alignMany, findRowFacts, toReportVersion } from '@duizhao/core/pipeline';
import { parseCommand } from '../args.js';
import { runBatch } from '../batch.js';
import { UsageError } from '../errors.js';
import { FORMATS_HELP, resolveOutputFormat, writeReport } from '../formats.js';
import { loadVersions } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import { alignAndCheck, checkAlignable, dictionaryFor, warnUnrelated } from '../pipeline.js';
import { emit } from '../output.js';
import { pathIn, type CliIo } from '../io.js';
import { PartWorker } from '../part-worker.js';

export const ALIGN_HELP = `Usage: duizhao align A [B] [--format FORMAT] [-o OUT]
       duizhao align A B C... [--pivot V] [--format tsv|json] [-o OUT]
       duizhao align --batch PAIRS.tsv -o OUTDIR [--format FORMAT] [--jobs N]

Aligns the sentences of two versions: which sentences of A translate or correspond
to which of B (beads of 1-1, 1-2, 2-1, 1-0, ...). Chinese↔English uses CC-CEDICT and
word translations learned from the pair (IBM Model 1); Traditional↔Simplified uses
character n-grams after OpenCC conversion. Given one file that holds two languages
(English, then its translation), aligns its two versions. FILE#N picks the N-th
version of a file; - reads standard input.

--batch aligns every pair of a PAIRS file (one "A<TAB>B" per line, or one FILE that
holds two versions; paths relative to the PAIRS file's folder; # starts a comment)
on all cores, writes OUTDIR/A--B.EXT per pair and a summary. A bad pair is reported
and skipped; the exit code is 1 if any failed.

${FORMATS_HELP}

Examples:
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format tmx -o /tmp/summary.tmx
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format moses -o /tmp/summary
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt#1 corpus/schulman-2025/summary.en+translation.zh-Hans.txt#0 --format md
  duizhao align --batch corpus/schulman-2025/pairs.tsv -o /tmp/duizhao-batch

${optionsHelp(COMMAND_OPTIONS.align)}`;

export async function runAlign(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('align', argv, COMMAND_OPTIONS.align);
  if (values.help) {
    io.stdout.write(`${ALIGN_HELP}\n`);
    return 0;
  }
  const format = resolveOutputFormat('align', values.format);
  const maxBead = Number(values['max-bead']);
  if (!Number.isInteger(maxBead) || maxBead < 1 || maxBead > 10) throw new UsageError(`align: --max-bead must be a whole number from 1 to 10, got "${values['max-bead']}"`);

  if (values.batch !== undefined) {
    if (positionals.length > 0) throw new UsageError('align: --batch takes the pairs from its file; give no A or B');
    if (values.output === undefined || values.output === '-') throw new UsageError('align: --batch writes one file per pair; name the folder with -o OUTDIR');
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`align: --jobs must be a whole number ≥ 1, got "${values.jobs}"`);
    return runBatch(io, {
      pairsFile: values.batch,
      outDir: values.output,
      values,
      maxBead,
      format,
      keepEmpty: values['keep-empty'],
      ...(jobs === undefined ? {} : { jobs }),
      quiet: values.quiet,
    });
  }
  if (values.jobs !== undefined) throw new UsageError('align: --jobs applies to --batch only');
  if (positionals.length > 2 || values.pivot !== undefined) return runAlignMany(loadVersions(positionals, values, io), values.pivot, values.format, maxBead, values.output, io);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('align: expected A and B, or one FILE that holds two versions (see duizhao align --help)');
  // A pair long enough to be cut in parts: the worker thread reads its modules while the files are read.
  const worker = new PartWorker();
  if (looksLong(positionals, io)) worker.start();
  try {
    const versions = loadVersions(positionals, values, io);
    if (versions.length > 2) return runAlignMany(versions, values.pivot, values.format, maxBead, values.output, io);
    if (versions.length !== 2) {
      const what = positionals.length === 1 ? `${positionals[0]} holds ${versions.length} version(s)` : `A and B hold ${versions.length} versions`;
      throw new UsageError(`align: ${what}; align needs exactly two (pick one with FILE#N)`);
    }
    const { report, relatedness } = await alignAndCheck(versions[0] as Version, versions[1] as Version, maxBead, { worker });
    await writeReport('align', report, format, values.output, { keepEmpty: values['keep-empty'] }, io);
    const warning = warnUnrelated(versions[0] as Version, versions[1] as Version, await relatedness);
    if (warning) io.stderr.write(warning);
    return 0;
  } finally {
    worker.stop();
  }
}

/** Bytes of input from which a pair may be long enough to cut (about 6,000 sentences a side is 0.5 MB or more). */
const LONG_INPUT_BYTES = 512 * 1024;

/** Whether the named files (standard input and FILE#N's file counted once) hold enough bytes to start the worker early. */
function looksLong(positionals: readonly string[], io: CliIo): boolean {
  const files = new Set(positionals.map((arg) => (existsSync(pathIn(io, arg)) ? arg : arg.replace(/#\d+$/, ''))));
  let bytes = 0;
  for (const file of files) {
    if (file === '-') return false;
    try {
      bytes += statSync(pathIn(io, file)).size;
    } catch {
      return false;
    }
  }
  return bytes >= LONG_INPUT_BYTES;
}

/** Three or more versions in one table (`alignMany`) with their sentences: a report `duizhao view` shows. CC-CEDICT only where Chinese meets English. */
export async function alignManyVersions(versions: readonly Version[], options: Omit<AlignManyOptions, 'dictionary'> = {}): Promise<MultiAlignmentReport> {
  for (const v of versions) checkAlignable(v);
  const dictionary = await dictionaryFor(versions);
  // Each row's changed dates and numbers across the versions (1998 in two, 1999 in the third).
  const alignment = findRowFacts(versions, alignMany(versions, { ...options, ...(dictionary ? { dictionary } : {}) }));
  return { kind: 'multi', versions: versions.map(toReportVersion), alignment };
}

/** Three or more versions in one table through a pivot (`alignMany`); a row whose direct non-pivot alignment disagrees is flagged. */
async function runAlignMany(versions: Version[], pivotArg: string | undefined, format: string, maxBead: number, output: string | undefined, io: CliIo): Promise<number> {
  if (versions.length < 3) throw new UsageError(`align: --pivot needs three or more versions, got ${versions.length}`);
  if (format !== 'tsv' && format !== 'json') throw new UsageError(`align: three or more versions are written as tsv or json, not ${format}`);
  let pivot: number | undefined;
  if (pivotArg !== undefined) {
    pivot = /^\d+$/.test(pivotArg) ? Number(pivotArg) : versions.findIndex((v) => v.id === pivotArg);
    if (pivot < 0 || pivot >= versions.length) throw new UsageError(`align: --pivot "${pivotArg}" is neither a version position (0-${versions.length - 1}) nor an id (${versions.map((v) => v.id).join(', ')})`);
  }
  const report = await alignManyVersions(versions, { maxBead, ...(pivot === undefined ? {} : { pivot }) });
  const table = report.alignment;
  if (format === 'json') {
    const { MultiAlignmentReport } = await import('@duizhao/core');
    emit(`${JSON.stringify(MultiAlignmentReport.parse(report), null, 2)}\n`, output, io);
    return 0;
  }
  const clean = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
  const lines = [['row', ...versions.map((v, i) => `${v.id ?? v.lang}${i === table.pivot ? ' (pivot)' : ''}`), 'score', 'conflicts'].join('\t')];
  table.rows.forEach((row, r) => {
    const cells = row.cells.map((ids, i) => clean(ids.map((k) => versions[i]!.sentences[k]!.text).join(' ')));
    lines.push([String(r), ...cells, row.score.toFixed(3), row.conflicts.map(([u, v]) => `${u}~${v}`).join(' ')].join('\t'));
  });
  emit(`${lines.join('\n')}\n`, output, io);
  return 0;
}
