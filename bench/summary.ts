/**
 * `pnpm bench summary`: how far a reader can trust compare's detail on the
 * seed corpus's three summaries of the transcript, against the hand-made gold
 * in `corpus/schulman-2025/gold/` (one JSON line per summary line: the
 * transcript sentences that support it, or none; see that folder's README).
 * Per summary:
 * - support recall and precision per line: a line is found when one of its
 *   sentences is reported supported by a gold support sentence or either
 *   neighbour of it; recall over the gold's supported lines, precision over
 *   the lines reported supported;
 * - the share of the transcript sentences the gold says are covered that are
 *   reported omitted (shown findings only, at the pair's `minConfidence`);
 * - additions precision and recall per line (shown findings only).
 * The article is the summary the detail was tuned on; outline and English are held out.
 *
 *   pnpm bench summary [--gold DIR] [--window-share X] [--context X] [--seed N | --seeds A-B] [--null words|units] [--deals N] [--quantile Q] [--no-latin-words] [--chars W] [--words W] [--turns] [--turn-k K] [--turn-alpha A] [--turn-unit turn|exchange] [--no-prior] [--synonyms] [--no-clauses] [--lines] [--alone]
 *
 * `--seed N` shuffles the support's null with seed N (the default 1); `--seeds A-B` runs seeds A to B and prints each
 * summary's row per seed and their mean (the null is one shuffle, so one seed's numbers move with it);
 * `--null units` deals the summary's null as the verdict's is, in runs of units, not whole words, `--deals N` pools N
 * deals, `--quantile Q` sets its bar, `--no-latin-words` scores a Latin word glued to Han text as letter bigrams, as the
 * verdict does, `--chars W` / `--words W` add a word's characters / the word itself as units weighed W (summary-null.ts;
 * `--null units --deals 1 --quantile 0.95 --no-latin-words` is the support's own null, as before session 12);
 * `--turns` lets a line without support whose best candidates gather in one exchange beyond chance rest there
 * (turn-cluster.ts, at alpha 0.01; `--turn-alpha`, `--turn-k`, `--turn-unit` set its options);
 * `--alone` compares the English summary without its Chinese translation, as a user with only the English file would;
 * `--no-prior` switches the order prior off, `--synonyms` the CC-CEDICT near-synonyms on, `--context 0` the
 * neighbours' share of a candidate's score off, `--no-clauses` a line's clauses scored on their own (clause-score.ts) off (ablations);
 * `--lines` lists the lines the report gets wrong against the gold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareVersions, loadDictionary, readDocument, type CompareOptions, type CompareReport, type PairReport, type SummaryNull, type TurnUnit, type Version } from '@duizhao/core';
import { CORPUS_DIR } from './corpus-input.js';
import { lineAt } from './align-files.js';

/** One gold line (other fields of the file are the annotator's and not scored). */
interface GoldLine {
  line: number;
  support: number[];
  addition: boolean;
}

/** The summaries, their gold file and where their version is in the file. */
const SUMMARIES = [
  { name: 'article (tuned on)', gold: 'article.jsonl', file: 'summary-article.zh-Hant.txt', version: 0 },
  { name: 'outline (held out)', gold: 'outline.jsonl', file: 'summary-outline.zh-Hant.txt', version: 0 },
  { name: 'English (held out)', gold: 'summary-en.jsonl', file: 'summary.en+translation.zh-Hans.txt', version: 0 },
] as const;
const TRANSCRIPT = 'transcript.zh-Hans.txt';

export function readGold(path: string): GoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, k) => {
      const x = JSON.parse(l) as Partial<GoldLine>;
      if (typeof x.line !== 'number' || !Array.isArray(x.support)) throw new Error(`${path}:${k + 1}: a gold line needs "line" and "support"`);
      return { line: x.line, support: x.support, addition: x.addition === true };
    });
}

/** 1-based file lines each sentence of `version` spans, from its original offsets. */
function linesOf(text: string, version: Version): number[][] {
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') starts.push(k + 1);
  const fileLine = (offset: number): number => lineAt(starts, offset) + 1;
  return version.sentences.map((s) => {
    const out: number[] = [];
    for (let l = fileLine(s.start); l <= fileLine(Math.max(s.start, s.end - 1)); l++) out.push(l);
    return out;
  });
}

/** The pair's support per target sentence, from `support` or else its match/moved items (the schema's fallback). */
export function supportOf(pair: PairReport): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (pair.support) for (const s of pair.support) out.set(s.target, s.sources.map((x) => x.sentence));
  else for (const item of pair.items) if (item.type === 'match' || item.type === 'moved') for (const t of item.target) out.set(t, [...(out.get(t) ?? []), ...item.source]);
  return out;
}

const shown = (pair: PairReport, confidence: number | undefined): boolean => confidence === undefined || confidence >= (pair.minConfidence ?? 0);

export interface SummaryScores {
  recall: number;
  precision: number;
  omittedShare: number;
  additionP: number;
  additionR: number;
  counts: string;
}

/** Scores one pair (target = the summary, source = the transcript) against its gold. */
export function scoreSummary(pair: PairReport, gold: readonly GoldLine[], sentenceLines: readonly number[][], detail?: (line: string) => void): SummaryScores {
  const support = supportOf(pair);
  const reportedByLine = new Map<number, Set<number>>();
  const addedLines = new Set<number>();
  for (const [t, sources] of support) for (const l of sentenceLines[t] ?? []) for (const s of sources) (reportedByLine.get(l) ?? reportedByLine.set(l, new Set()).get(l)!).add(s);
  for (const item of pair.items) if (item.type === 'addition' && shown(pair, item.confidence)) for (const t of item.target) for (const l of sentenceLines[t] ?? []) addedLines.add(l);
  const omitted = new Set<number>();
  for (const item of pair.items) if (item.type === 'omission' && shown(pair, item.confidence)) for (const s of item.source) omitted.add(s);
  let [found, goldSupported, claimed, hitClaimed] = [0, 0, 0, 0];
  let [addTp, addFp, addFn] = [0, 0, 0];
  const covered = new Set<number>();
  for (const g of gold) {
    const reported = reportedByLine.get(g.line);
    const hit = g.support.length > 0 && reported !== undefined && [...reported].some((s) => g.support.some((x) => Math.abs(x - s) <= 1));
    for (const x of g.support) covered.add(x);
    if (g.support.length > 0) {
      goldSupported++;
      if (hit) found++;
    }
    if (reported !== undefined && reported.size > 0) {
      claimed++;
      if (hit) hitClaimed++;
    }
    const added = addedLines.has(g.line);
    if (detail) {
      const wrong = (g.support.length > 0) !== hit || (reported !== undefined && reported.size > 0 && !hit) || added !== g.addition;
      if (wrong) detail(`  ${String(g.line).padStart(4)} gold [${g.support.join(' ')}]${g.addition ? ' +add' : ''}  reported [${[...(reported ?? [])].join(' ')}]${added ? ' +add' : ''}`);
    }
    if (added && g.addition) addTp++;
    else if (added) addFp++;
    else if (g.addition) addFn++;
  }
  const falseOmitted = [...covered].filter((s) => omitted.has(s)).length;
  return {
    recall: found / Math.max(1, goldSupported),
    precision: hitClaimed / Math.max(1, claimed),
    omittedShare: falseOmitted / Math.max(1, covered.size),
    additionP: addTp / Math.max(1, addTp + addFp),
    additionR: addTp / Math.max(1, addTp + addFn),
    counts: `lines ${gold.length}, gold-supported ${goldSupported}, found ${found}, claimed ${claimed}; covered ${covered.size}, reported omitted ${falseOmitted}; additions tp ${addTp} fp ${addFp} fn ${addFn}`,
  };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, 'window-share': { type: 'string' }, context: { type: 'string' }, null: { type: 'string' }, deals: { type: 'string' }, quantile: { type: 'string' }, 'no-latin-words': { type: 'boolean' }, chars: { type: 'string' }, words: { type: 'string' }, 'turn-k': { type: 'string' }, 'turn-alpha': { type: 'string' }, 'turn-unit': { type: 'string' }, turns: { type: 'boolean' }, seed: { type: 'string' }, seeds: { type: 'string' }, 'no-prior': { type: 'boolean' }, synonyms: { type: 'boolean' }, lines: { type: 'boolean' }, alone: { type: 'boolean' }, 'no-clauses': { type: 'boolean' } } });
  if (values.null !== undefined && values.null !== 'words' && values.null !== 'units') throw new Error(`summary: --null is words or units, not ${values.null}`);
  const seeds = parseSeeds(values.seeds ?? values.seed ?? '1');
  // No prior: a window no candidate can enter (a share above any score the threshold allows).
  const windowShare = values['no-prior'] ? Infinity : values['window-share'] === undefined ? undefined : Number(values['window-share']);
  if (values['turn-unit'] !== undefined && values['turn-unit'] !== 'turn' && values['turn-unit'] !== 'exchange') throw new Error(`summary: --turn-unit is turn or exchange, not ${values['turn-unit']}`);
  // --turns: the test at the article's choice (alpha 0.01); --turn-alpha sets its own.
  const turns = { ...(values['turn-k'] === undefined ? {} : { k: Number(values['turn-k']) }), ...(values['turn-alpha'] === undefined ? (values.turns ? { alpha: 0.01 } : {}) : { alpha: Number(values['turn-alpha']) }), ...(values['turn-unit'] === undefined ? {} : { unit: values['turn-unit'] as TurnUnit }) };
  const summary = { turns, ...(windowShare === undefined ? {} : { windowShare }), ...(values.context === undefined && !values['no-clauses'] ? {} : { context: { ...(values.context === undefined ? {} : { weight: Number(values.context) }), ...(values['no-clauses'] ? { clauses: false } : {}) } }), null: { ...(values.null === undefined ? {} : { deal: values.null as SummaryNull }), ...(values.deals === undefined ? {} : { deals: Number(values.deals) }), ...(values.quantile === undefined ? {} : { quantile: Number(values.quantile) }), ...(values['no-latin-words'] ? { latinWords: false } : {}), ...(values.chars === undefined && values.words === undefined ? {} : { layers: { chars: Number(values.chars ?? 0), words: Number(values.words ?? 0) } }) } };
  const dir = values.gold ?? join(CORPUS_DIR, 'gold');
  const present = SUMMARIES.filter((s) => existsSync(join(dir, s.gold)));
  if (present.length === 0) {
    process.stdout.write(`summary: no gold at ${dir}; skipped\n`);
    return;
  }
  const dictionary = await loadDictionary();
  const read = (file: string): { text: string; versions: Version[] } => {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    return { text, versions: readDocument(text, { source: file }).versions };
  };
  const transcript = read(TRANSCRIPT).versions[0]!;
  process.stdout.write('summary                 support R  support P  covered reported omitted  additions P  additions R\n');
  for (const s of present) {
    const doc = read(s.file);
    // The whole file is compared, as `duizhao compare` does: the English summary's own Chinese translation is a version too.
    const alone = values.alone === true && s.gold === 'summary-en.jsonl';
    const rows: SummaryScores[] = [];
    for (const seed of seeds) {
      const options: CompareOptions = { omissions: { summary }, support: { synonyms: values.synonyms === true, seed } };
      const report: CompareReport = compareVersions([transcript, ...(alone ? [doc.versions[s.version]!] : doc.versions)], { ...options, dictionary });
      const at = alone ? 1 : s.version + 1;
      const pair = report.pairs.find((p) => (p.source === 0 && p.target === at) || (p.target === 0 && p.source === at))!;
      if (pair.source !== 0) throw new Error(`summary: ${s.file} came out longer than the transcript`);
      const wrong: string[] = [];
      const r = scoreSummary(pair, readGold(join(dir, s.gold)), linesOf(doc.text, doc.versions[s.version]!), values.lines ? (l) => wrong.push(l) : undefined);
      rows.push(r);
      const name = seeds.length > 1 ? `  seed ${seed}` : s.name;
      process.stdout.write(`${formatRow(name, r)}\n`);
      if (seeds.length === 1) process.stdout.write(`  ${pair.verdict}${pair.evidence.via === undefined ? '' : ' (through a translation)'}${alone ? ' (compared alone)' : ''}; ${r.counts}\n`);
      if (wrong.length > 0) process.stdout.write(`  lines the report gets wrong (file line, gold support, reported):\n${wrong.join('\n')}\n`);
    }
    if (seeds.length > 1) process.stdout.write(`${formatRow(`${s.name}, mean`, meanScores(rows))}\n`);
  }
}

/** `N` or `A-B`: the seeds to run. */
function parseSeeds(text: string): number[] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) throw new Error(`summary: --seed N or --seeds A-B, not ${text}`);
  const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
  return Array.from({ length: Math.max(1, to - from + 1) }, (_, k) => from + k);
}

/** The scores' mean over seeds (counts left out). */
function meanScores(rows: readonly SummaryScores[]): SummaryScores {
  const mean = (f: (r: SummaryScores) => number): number => rows.reduce((x, r) => x + f(r), 0) / Math.max(1, rows.length);
  return { recall: mean((r) => r.recall), precision: mean((r) => r.precision), omittedShare: mean((r) => r.omittedShare), additionP: mean((r) => r.additionP), additionR: mean((r) => r.additionR), counts: '' };
}

function formatRow(name: string, r: SummaryScores): string {
  const pct = (x: number): string => x.toFixed(3);
  return `${name.padEnd(22)}  ${pct(r.recall).padStart(9)}  ${pct(r.precision).padStart(9)}  ${pct(r.omittedShare).padStart(24)}  ${pct(r.additionP).padStart(11)}  ${pct(r.additionR).padStart(11)}`;
}
