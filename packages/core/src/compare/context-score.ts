/**
 * A summary line's support scored in context. A summary condenses a passage,
 * not a sentence: `小型研究與大型項目並存` draws on three short source lines in
 * a row (小规模、探索性的研究项目 / 大规模、工程驱动的重点项目), each of which
 * alone shares too little with it to count. So a source sentence's score for a
 * line is its own plus a share of its better neighbour's, the passage's
 * evidence (the smoothing of passage retrieval, as Callan 1994 scores a
 * passage rather than a document). That score has its own bar, from the
 * shuffled source the threshold comes from (between Chinese texts a summary's
 * own null, summary-null.ts; otherwise the support's, align/coverage.ts),
 * scored in context too: its neighbours are unrelated, so context lifts a real
 * passage's sentences more than chance ones, and the bar stays relative to
 * chance. Either view may support a line: a sentence's own score against the
 * plain null (an editor's one-line preview of an answer is evidence as it
 * was), or its score in context against the null in context; the second is
 * expressed in the first's units, so that the threshold and every share
 * downstream (the order prior's window, additions' nearness) read as before.
 * Context alone, with its higher bar, cost the tuned summary a line at 2 of 8
 * shuffles (`ChatGPT 可以更早誕生嗎?` losing the preview's quote). A label
 * keeps its own words' score: a heading names a section, which its title or
 * question states (labels.ts), and smoothed labels moved the tuned summary's
 * `AGI 時程與 AI 實驗室協作` off the turn it heads.
 */

import { buildUnits, builtUnitsOf, idf, keepSupported, shuffleWithin, supportThreshold, type BuiltUnits, type CoverageSide, type Support, type SupportOptions, type SupportPair, type Unit } from '../align/coverage.js';
import { scoreRows, weighLine, type RowScorer, type WeighedLine } from '../align/score-all.js';
import { dealWords, groupUnitsByWord, plainNull, resolveSummaryNull, weighLayers, type SummaryNullOptions, type UnitLayers } from './summary-null.js';
import { topPositions, type CandidateDraws } from './turn-cluster.js';
import { withClauses, type ScoredSide } from './clause-score.js';

/** Seeds of a null's deals lie this far apart (deal 0 is the support's own seed). */
const DEAL_STRIDE = 7919;

export interface ContextOptions {
  /**
   * Share of the better neighbour's score added to a source sentence's (0 turns context off). The tuned summary is the
   * same from 0.1 to 0.5; on the held-out outline 0.1 finds one line more, 0.15 two, 0.2-0.3 three, and from 0.2 the
   * English summary's translation finds two wrong sources (`pnpm bench summary --context X`). @default 0.15
   */
  weight?: number;
  /**
   * Most target × source sentence pairs scored in context: every pair is scored, real and null, in dense rows (8 bytes
   * each, several rows at once), so a longer pair keeps its plain support. @default 4_000_000
   */
  maxCells?: number;
  /**
   * A line's clauses (cut at semicolons and colons) scored on their own too, against a bar of their own
   * (clause-score.ts). The tuned article finds its title's source at every seed of 1-8 (support R/P 0.955 → 0.977),
   * the held-out outline one line more at some (mean 0.796 → 0.802), the English summary is the same. @default true
   */
  clauses?: boolean;
}

/**
 * `support` (`scoreSupport(target, source, scoring)`) with its target side
 * scored again in context: for each target sentence `t` with `smooth[t]`,
 * every source sentence's score plus `weight` times its better neighbour's,
 * measured against the shuffled source scored alike and kept where it beats
 * the sentence's own score in those units; ranks and partners follow from
 * those scores as `scoreSupport` takes them, at the plain threshold.
 */
export function scoreInContext(target: CoverageSide, source: CoverageSide, support: Support, smooth: readonly boolean[], scoring: SupportOptions = {}, options: ContextOptions = {}, nullOptions: SummaryNullOptions = {}, drawK = 0): Support & { draws?: CandidateDraws } {
  // A summary's own null deals Chinese words (summary-null.ts); across languages, or with near-synonyms (glosses belong to no bigram), the support's own null stays.
  const chance = support.method === 'ngram' && scoring.synonyms !== true ? resolveSummaryNull(nullOptions, scoring.nullQuantile) : plainNull(scoring.nullQuantile);
  const weight = Math.max(0, options.weight ?? 0.15);
  if (chance.deal === 'units' && chance.deals === 1 && chance.quantile === (scoring.nullQuantile ?? 0.95) && !chance.latinWords && !hasLayers(chance.layers) && (!(weight > 0) || !smooth.some(Boolean))) return support;
  // Every pair is scored, real and null, in dense rows: a book against a long summary would take gigabytes.
  if (target.sentences.length * source.sentences.length > (options.maxCells ?? 4_000_000)) return support;
  // The units `support` was scored from are these (the same sides and options), when scoreSupport made it.
  const built = builtUnitsOf(support);
  const plainUnits = built && built.units.length + built.tokens.length === target.sentences.length + source.sentences.length ? built : buildWeighted(target, source, scoring);
  // The source's words, each with its units, when the null deals words or the units are a summary's own (summary-null.ts).
  const own = hasLayers(chance.layers) || chance.latinWords;
  const words = own || chance.deal === 'words' ? source.sentences.map((s) => groupUnitsByWord(s.text, undefined, chance.layers, chance.latinWords)) : undefined;
  const { method, units, tokens, swapped, wa, wb } = own && words ? buildOwnUnits(target, words, scoring, chance) : plainUnits;
  const seed = scoring.seed ?? 1;
  const chunk = scoring.nullChunk ?? (method === 'ngram' ? 2 : 1);
  // The target's rows against the source as it is and as the null deals it, every sentence scored (the neighbours of a candidate count too).
  const rows = (u: readonly (readonly Unit[])[], t: readonly (readonly string[])[], scorer: RowScorer = scoreRows(t, wa, wb)): Float64Array[] => {
    const dense = scoreDense(u.map((list) => weighLine(list, wa)), scorer, t.length);
    return swapped ? transpose(dense, t.length) : dense;
  };
  const scored: ScoredSide = { scorer: scoreRows(tokens, wa, wb), width: tokens.length };
  const raw = rows(units, tokens, scored.scorer);
  // The null's deals, pooled: one deal's 95th percentile over a few dozen lines moves with the seed (0.164-0.205 on the article).
  const deals = chance.deals;
  const deal = (s: number): string[][] => (words && chance.deal === 'words' ? dealWords(words, s) : shuffleWithin(tokens, s, chunk));
  // Per deal, each line's best chance score, on its own words and in context (only the bests are kept, not the rows).
  const lines = swapped ? undefined : units.map((list) => weighLine(list, wa));
  // Each line's best candidates by its own words, as it is and against each deal (turn-cluster.ts), when asked for.
  const draws: CandidateDraws | undefined = drawK > 0 ? { real: raw.map((row) => topPositions(row, drawK)), chance: [] } : undefined;
  // Each deal's scorer, kept for the clause view (clause-score.ts), which reads the same deals.
  const dealt: ScoredSide[] = [];
  const chances = Array.from({ length: deals }, (_, d): ChanceBests => {
    const s = seed + d * DEAL_STRIDE;
    if (!lines) {
      const dense = rows(shuffleWithin(units, s + 1, chunk), tokens);
      draws?.chance.push(dense.map((row) => topPositions(row, drawK)));
      return bestsOf(dense, smooth, weight);
    }
    const bests = { own: new Float64Array(lines.length), lifted: new Float64Array(lines.length) };
    const side = deal(s);
    const scorer = scoreRows(side, wa, wb);
    dealt.push({ scorer, width: side.length });
    const row = new Float64Array(side.length);
    const tops: Int32Array[] = [];
    lines.forEach((line, t) => {
      recordBests(bests, t, denseRow(scorer, line, row), smooth[t] === true, weight);
      if (draws) tops.push(topPositions(row, drawK));
    });
    draws?.chance.push(tops);
    return bests;
  });
  const bar = (bests: readonly Float64Array[]): number => supportThreshold(concat(bests), { ...scoring, nullQuantile: chance.quantile });
  const plain = bar(chances.map((c) => c.own));
  const contextual = bar(chances.map((c) => c.lifted));
  // Either view may count: a sentence's own score against the plain null, or its score in context against the null in context, in the plain threshold's units.
  const either = (dense: Float64Array[]): Float64Array[] =>
    dense.map((row, t) => {
      if (!smooth[t]) return row;
      const lifted = addNeighbours(row, weight);
      return lifted.map((x, b) => Math.max(row[b]!, (x * plain) / contextual));
    });
  // A line's clauses scored on their own too (clause-score.ts), where its units are a summary's own (a clause is cut from the line's text).
  const real =
    own && lines && options.clauses !== false
      ? withClauses(target, smooth, either(raw), { source: scored, dealt, wa, unitsOf: (text) => groupUnitsByWord(text, undefined, chance.layers, chance.latinWords).flat().map((word) => ({ word, keys: [word] })), plain, options: { ...scoring, nullQuantile: chance.quantile } })
      : either(raw);
  // Each line's chance best in either view (the larger of its two bests, the second in the plain units), the mean over the deals.
  const nullA = new Float64Array(target.sentences.length);
  for (const c of chances) c.own.forEach((x, t) => (nullA[t] = nullA[t]! + Math.max(x, (c.lifted[t]! * plain) / contextual) / deals));
  const thresholdA = plain;
  const rankedA = real.map((row, a) => rank(row, a, scoring.rankedK ?? 32));
  return { ...support, a: keepSupported(rankedA, thresholdA, scoring), rankedA, bestA: bestOf(real), nullA, thresholdA, ...(draws ? { draws } : {}) };
}

const hasLayers = (layers: UnitLayers | undefined): boolean => (layers?.chars ?? 0) > 0 || (layers?.words ?? 0) > 0;

/** Both sides' units as a summary's null asks (summary-null.ts; the source's already by word): Latin words kept whole, layers beyond bigrams, each layer's IDF weighed by its weight. */
function buildOwnUnits(target: CoverageSide, sourceWords: readonly (readonly string[])[][], scoring: SupportOptions, { layers, latinWords }: Required<SummaryNullOptions>): BuiltUnits {
  const maxShare = scoring.maxDocumentFrequency ?? 0.25;
  const tokens = sourceWords.map((words) => words.flat());
  const units = target.sentences.map((s) => groupUnitsByWord(s.text, undefined, layers, latinWords).flat().map((word) => ({ word, keys: [word] })));
  return { method: 'ngram', units, tokens, swapped: false, wa: weighLayers(idf(units.map((list) => list.map((u) => u.word)), maxShare), layers), wb: weighLayers(idf(tokens, maxShare), layers) };
}

/** `scoreSupport`'s units and IDF weights, built again (a support `scoreSupport` did not make). */
function buildWeighted(target: CoverageSide, source: CoverageSide, scoring: SupportOptions): BuiltUnits {
  const built = buildUnits(target, source, scoring.dictionary, scoring.learned, scoring.synonyms, scoring.names);
  const maxShare = scoring.maxDocumentFrequency ?? 0.25;
  return { ...built, wa: idf(built.units.map((list) => list.map((u) => u.word)), maxShare), wb: idf(built.tokens, maxShare) };
}

const bestOf = (rows: readonly Float64Array[]): Float64Array => Float64Array.from(rows, (row) => Math.max(0, ...row));

/**
 * Every pair's score as `scoreAll` gives it (align/score-all.ts: the same
 * weighted cosine, `(Ma + Mb) / (2·√(Wa·Wb))`), in one dense row per line:
 * no pair is left out, and none is an object.
 */
function scoreDense(lines: readonly WeighedLine[], rows: RowScorer, width: number): Float64Array[] {
  return lines.map((line) => denseRow(rows, line, new Float64Array(width)));
}

/** `line`'s row of `rows` written into `row`, every sentence of the other side a cell (0 where nothing is shared). */
function denseRow(rows: RowScorer, line: WeighedLine, row: Float64Array): Float64Array {
  row.fill(0);
  const count = rows.scoreLine(line);
  for (let k = 0; k < count; k++) row[rows.rowB[k]!] = rows.rowScore[k]!;
  return row;
}

/** Each row's best score, and its best with the better neighbour's `weight` added (the row itself where not smoothed). */
interface ChanceBests {
  own: Float64Array;
  lifted: Float64Array;
}

function bestsOf(rows: readonly Float64Array[], smooth: readonly boolean[], weight: number): ChanceBests {
  const bests = { own: new Float64Array(rows.length), lifted: new Float64Array(rows.length) };
  rows.forEach((row, t) => recordBests(bests, t, row, smooth[t] === true, weight));
  return bests;
}

function recordBests(bests: ChanceBests, t: number, row: Float64Array, smooth: boolean, weight: number): void {
  let [best, up] = [0, 0];
  for (let b = 0; b < row.length; b++) {
    const x = row[b]!;
    if (x > best) best = x;
    const y = smooth ? x + weight * Math.max(row[b - 1] ?? 0, row[b + 1] ?? 0) : x;
    if (y > up) up = y;
  }
  bests.own[t] = best;
  bests.lifted[t] = up;
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Rows per sentence of the other side. */
function transpose(rows: readonly Float64Array[], width: number): Float64Array[] {
  return Array.from({ length: width }, (_, j) => Float64Array.from(rows, (row) => row[j]!));
}

/** Each score plus `weight` times the larger of its two neighbours' (the row's own scores, not the raised ones). */
export function addNeighbours(row: Float64Array, weight: number): Float64Array {
  const out = new Float64Array(row.length);
  for (let b = 0; b < row.length; b++) out[b] = row[b]! + weight * Math.max(row[b - 1] ?? 0, row[b + 1] ?? 0);
  return out;
}

/**
 * The `k` best-scored source sentences of a row, best first (of equal scores the earlier). Only scores at or above
 * the row's k-th best become pairs (a typed array sorts without objects), the same pairs as sorting them all.
 */
function rank(row: Float64Array, a: number, k: number): SupportPair[] {
  const least = row.length > k ? Float64Array.from(row).sort()[row.length - k]! : 0;
  const out: SupportPair[] = [];
  row.forEach((score, b) => {
    if (score > 0 && score >= least) out.push({ a, b, score });
  });
  return out.sort((x, y) => y.score - x.score || x.b - y.b).slice(0, k);
}
