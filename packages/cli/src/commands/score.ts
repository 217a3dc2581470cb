import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignmentPair, LadderBead, Score } from '@duizhao/core';
import { parseLadder, scoreAlignments } from '@duizhao/core/pipeline';
import { parseCommand } from '../args.js';
import { CliError, UsageError, atFile } from '../errors.js';
import { readText } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import { pathIn } from '../io.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';

export const SCORE_HELP = `Usage: duizhao score GOLD TEST [--format text|json] [-o OUT]

Scores a sentence alignment against a gold one, as Vecalign's score.py and
Bertalign's eval.py do: strict (the same bead), lax (overlapping beads) and exact
(every bead, one-sided ones too) precision, recall and F1. GOLD and TEST are ladder
files ([i,j]:[k] per line; a score after a third colon is ignored), or two folders
whose files of the same name are scored together (micro-averaged).

Examples:
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format ladder -o /tmp/summary.align
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format ladder --max-bead 1 -o /tmp/summary-1-1.align
  duizhao score /tmp/summary.align /tmp/summary-1-1.align

${optionsHelp(COMMAND_OPTIONS.score)}`;

const RAW = { lines: false, markdown: false, plain: false, encoding: 'auto', from: 'twp' };

function readLadder(file: string, io: CliIo): LadderBead[] {
  const text = readText(file, RAW, io);
  try {
    return parseLadder(text);
  } catch (error) {
    throw new CliError(atFile(file, (error as Error).message));
  }
}

const isDirectory = (path: string, io: CliIo): boolean => {
  try {
    return statSync(pathIn(io, path)).isDirectory();
  } catch {
    throw new CliError(atFile(path, 'no such file or folder'));
  }
};

/** The documents to score: one pair of files, or the files of the same name in two folders. */
function collectPairs(gold: string, test: string, io: CliIo): { names: string[]; pairs: AlignmentPair[] } {
  const goldDir = isDirectory(gold, io);
  if (goldDir !== isDirectory(test, io)) throw new UsageError('score: GOLD and TEST must both be files or both be folders');
  if (!goldDir) return { names: [test], pairs: [{ gold: readLadder(gold, io), test: readLadder(test, io) }] };
  const visible = (dir: string) => readdirSync(pathIn(io, dir)).filter((f) => !f.startsWith('.') && statSync(pathIn(io, join(dir, f))).isFile()).sort();
  const goldFiles = visible(gold);
  const testFiles = new Set(visible(test));
  if (goldFiles.length === 0) throw new CliError(atFile(gold, 'no gold files in this folder'));
  const missing = goldFiles.find((f) => !testFiles.has(f));
  if (missing !== undefined) throw new CliError(atFile(join(test, missing), `no such file (the gold folder has ${missing})`));
  return { names: goldFiles, pairs: goldFiles.map((f) => ({ gold: readLadder(join(gold, f), io), test: readLadder(join(test, f), io) })) };
}

const row = (name: string, s: Score) => `${name.padEnd(7)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}`;

export function runScore(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommand('score', argv, COMMAND_OPTIONS.score);
  if (values.help) {
    io.stdout.write(`${SCORE_HELP}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`score: unknown format "${values.format}" (expected text or json)`);
  if (positionals.length !== 2) throw new UsageError('score: expected GOLD and TEST (see duizhao score --help)');
  const { names, pairs } = collectPairs(positionals[0]!, positionals[1]!, io);
  const scores = scoreAlignments(pairs);
  if (values.format === 'json') {
    emit(`${JSON.stringify({ documents: names.length, strict: scores.strict, lax: scores.lax, exact: scores.exact }, null, 2)}\n`, values.output, io);
    return 0;
  }
  const text = [
    `${names.length} document${names.length === 1 ? '' : 's'}, ${pairs.reduce((n, p) => n + p.gold.length, 0)} gold beads, ${pairs.reduce((n, p) => n + p.test.length, 0)} test beads`,
    `        precision  recall     f1`,
    row('strict', scores.strict),
    row('lax', scores.lax),
    row('exact', scores.exact),
  ];
  emit(`${text.join('\n')}\n`, values.output, io);
  return 0;
}
