/**
 * Non-monotone support between two versions: which sentences of one version
 * share content with which of the other, in any order. A summary condenses,
 * merges and reorders, so this is retrieval, not alignment: every pair is
 * scored through an inverted index (Salton & Buckley 1988's IDF-weighted
 * overlap, over the aligner's own units: character bigrams after T→S for
 * zh↔zh, CC-CEDICT translations for zh↔en, word stems otherwise), and a pair
 * counts as support when it beats what the same sentence scores against a
 * shuffled copy of the other version (its tokens dealt at random into
 * sentences of the same lengths), the null distribution of chance overlap on
 * shared vocabulary (RL, AGI, 模型).
 */

import { toComparable } from '../normalize/comparable.js';
import type { Lang } from '../schema.js';
import type { Dictionary } from './dictionary.js';
import { tokenizeEnglish } from './english.js';
import { chineseUnits } from './score-lexical.js';
import { ngramTokens } from './score-ngram.js';
import { glossWords } from './synonyms.js';
import { locateEnglishNames, tokenizeWithNames } from './english-names.js';
import { namePrefixes } from './names.js';
import { createRandom as random } from '../random.js';
import { isChinese } from '../lang.js';
import { quantile } from '../statistics.js';
import { scoreAll } from './score-all.js';

/** One side: its language and sentence texts. */
export interface CoverageSide {
  lang: Lang;
  sentences: readonly { text: string }[];
}

export interface SupportOptions {
  /** Chinese→English dictionary; required for Chinese↔English. */
  dictionary?: Dictionary;
  /** Units in more than this share of a side's sentences carry no evidence and are dropped. @default 0.25 */
  maxDocumentFrequency?: number;
  /** Best-scoring partners kept per sentence. @default 8 */
  topK?: number;
  /** Best-scoring partners ranked per sentence of side a whatever their score, for a search near where the sentence's neighbours rest (compare/summary-support.ts). @default 32 */
  rankedK?: number;
  /** Quantile of the per-sentence best chance scores (against the shuffled side) that support must beat. @default 0.95 */
  nullQuantile?: number;
  /** Lowest score that can count as support, whatever the null says. @default 0.08 */
  minScore?: number;
  /** A partner must score at least this share of the sentence's best partner to count. @default 0.5 */
  relative?: number;
  /** Seed of the shuffle that builds the null. @default 1 */
  seed?: number;
  /** Consecutive units dealt together by the shuffle that builds the null: 2 character bigrams are a three-character phrase. @default 2 for character bigrams, 1 for words */
  nullChunk?: number;
  /** Between two Chinese versions with a dictionary: near-synonyms through shared CC-CEDICT glosses count as shared words (synonyms.ts). @default false */
  synonyms?: boolean;
  /** More English tokens per Chinese unit word, learned from the document (`learnWordPairs`). */
  learned?: ReadonlyMap<string, readonly string[]>;
  /** Chinese↔English: names spelled in pinyin meet their characters (names.ts; needs the dictionary's readings). @default true */
  names?: boolean;
}

/** A scored pair: sentence `a` of side a, `b` of side b. */
export interface SupportPair {
  a: number;
  b: number;
  score: number;
}

/** Support between two sides: partners per sentence, thresholds and the null they came from. */
export interface Support {
  method: 'ngram' | 'lexical' | 'identity';
  /** Per sentence of a: its supporting sentences of b, best first. */
  a: SupportPair[][];
  /** Per sentence of b: its supporting sentences of a, best first. */
  b: SupportPair[][];
  /** Per sentence of a: its best-scoring sentences of b (up to `rankedK`), best first, whether or not they beat the threshold. */
  rankedA: SupportPair[][];
  /** Per sentence: best score against the other side, and against the shuffled other side. */
  bestA: Float64Array;
  bestB: Float64Array;
  nullA: Float64Array;
  nullB: Float64Array;
  /** Score a pair must reach, per direction. */
  thresholdA: number;
  thresholdB: number;
  /** Whether the sentence has any units at all (a rule `---` has none: neither supported nor an addition). */
  contentA: boolean[];
  contentB: boolean[];
}

export interface Unit {
  word: string;
  keys: readonly string[];
}


/** Units of side a (with the keys they match) and tokens of side b, chosen by the languages. */
/** How `scoreSupport` measures support between sides of these languages: character n-grams between Chinese texts, a dictionary across languages, words between English texts. */
export function chooseSupportMethod(a: { lang: CoverageSide['lang'] }, b: { lang: CoverageSide['lang'] }): Support['method'] {
  if (isChinese(a.lang) && isChinese(b.lang)) return 'ngram';
  return isChinese(a.lang) !== isChinese(b.lang) ? 'lexical' : 'identity';
}

export function buildUnits(a: CoverageSide, b: CoverageSide, dictionary: Dictionary | undefined, learned?: ReadonlyMap<string, readonly string[]>, synonyms = false, names = true): { method: Support['method']; units: Unit[][]; tokens: string[][]; swapped: boolean } {
  const identity = (tokens: string[]): Unit[] => tokens.map((word) => ({ word, keys: [word] }));
  const method = chooseSupportMethod(a, b);
  if (method === 'ngram') {
    const units = a.sentences.map((s) => identity(ngramTokens(s.text)));
    const tokens = b.sentences.map((s) => ngramTokens(s.text));
    if (synonyms && dictionary) {
      a.sentences.forEach((s, i) => units[i]!.push(...glossWords(toComparable(s.text).text, dictionary).map((w) => ({ word: w.word, keys: w.glosses }))));
      b.sentences.forEach((s, j) => tokens[j]!.push(...glossWords(toComparable(s.text).text, dictionary).flatMap((w) => w.glosses)));
    }
    return { method: 'ngram', units, tokens, swapped: false };
  }
  if (method === 'lexical') {
    if (!dictionary) throw new TypeError(`scoreSupport: comparing ${a.lang} with ${b.lang} needs options.dictionary (await loadDictionary())`);
    const [zh, en] = isChinese(a.lang) ? [a, b] : [b, a];
    const syllables = names ? dictionary.readings?.syllables : undefined;
    // No cut by frequency here: the IDF weights already make a name in every sentence weigh little.
    const tokens = en.sentences.map((s) => (syllables ? tokenizeWithNames(s.text, locateEnglishNames(s.text, syllables)) : tokenizeEnglish(s.text)));
    const prefixes = syllables ? namePrefixes(tokens.flat()) : undefined;
    const units = zh.sentences.map((s) => chineseUnits(toComparable(s.text).text, dictionary, (prefixes?.size ?? 0) > 0, prefixes).map((u) => ({ word: u.word, keys: [...u.candidates, ...(learned?.get(u.word) ?? [])] })));
    return { method: 'lexical', units, tokens, swapped: !isChinese(a.lang) };
  }
  return { method: 'identity', units: a.sentences.map((s) => identity(tokenizeEnglish(s.text))), tokens: b.sentences.map((s) => tokenizeEnglish(s.text)), swapped: false };
}

/** IDF weights of a side's items (each sentence counted once), with frequent items weighted 0. */
export function idf(sentences: readonly (readonly string[])[], maxShare: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const items of sentences) for (const item of new Set(items)) df.set(item, (df.get(item) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const out = new Map<string, number>();
  for (const [item, count] of df) out.set(item, count / n > maxShare && n >= 8 ? 0 : Math.log(1 + n / count));
  return out;
}

/** Directional coverage between the sentences of two sides, for checking the sentences of an alignment's beads. */
export interface CoverageScorer {
  /** Share of sentence `i` of a's content (IDF weight) that sentences `bs` of b translate or share. */
  coverA(i: number, bs: readonly number[]): number;
  /** Share of sentence `j` of b's content that sentences `as` of a translate or share. */
  coverB(j: number, as: readonly number[]): number;
  /** Whether the sentence has content at all. */
  contentA: boolean[];
  contentB: boolean[];
  /**
   * The sentences of b that could cover at least `minCoverage` of sentence `i` of a (`coverA(i, [j]) >= minCoverage`), in order,
   * perhaps with some that do not; every one, when `minCoverage` is not above 0. See `reachFrom`.
   */
  reachA(i: number, minCoverage: number): number[];
  /** The same for sentence `j` of b: the sentences of a that could cover at least `minCoverage` of it. */
  reachB(j: number, minCoverage: number): number[];
}

/**
 * A scorer of how much of one sentence a set of the other side's sentences
 * accounts for, with the units and IDF weights of `scoreSupport` (the
 * one-directional half of its cosine). Inside a bead, a sentence the other
 * side does not account for is one the alignment absorbed, not one it matched.
 */
export function buildCoverageScorer(a: CoverageSide, b: CoverageSide, options: SupportOptions = {}): CoverageScorer {
  const maxShare = options.maxDocumentFrequency ?? 0.25;
  const built = buildUnits(a, b, options.dictionary, options.learned, false, options.names);
  const wu = idf(built.units.map((list) => list.map((u) => u.word)), maxShare);
  const wt = idf(built.tokens, maxShare);
  const unitTotal = built.units.map((list) => [...new Set(list.map((u) => u.word))].reduce((x, w) => x + (wu.get(w) ?? 0), 0));
  const tokenSets = built.tokens.map((list) => new Set(list.filter((t) => (wt.get(t) ?? 0) > 0)));
  const tokenTotal = tokenSets.map((set) => [...set].reduce((x, t) => x + wt.get(t)!, 0));
  // What each sentence is covered by, as weighted items each found through any of its keys: a unit (each word once, first first) through
  // its translations, a token through itself. Built once, so a check of one pair among millions allocates nothing.
  const unitItems = weighUnits(built.units, wu);
  const coverUnits = (i: number, js: readonly number[]): number => {
    if (unitTotal[i]! <= 0) return 0;
    let found = 0;
    for (const item of unitItems[i]!) if (item.keys.some((key) => js.some((j) => tokenSets[j]?.has(key)))) found += item.weight;
    return found / unitTotal[i]!;
  };
  /** The keys of a sentence's weighted units, every occurrence's. */
  const keysOf = (is: readonly number[]): Set<string> => {
    const keys = new Set<string>();
    for (const i of is) for (const unit of built.units[i] ?? []) if ((wu.get(unit.word) ?? 0) > 0) for (const key of unit.keys) keys.add(key);
    return keys;
  };
  const unitKeys: (Set<string> | undefined)[] = [];
  const coverTokens = (j: number, is: readonly number[]): number => {
    if (tokenTotal[j]! <= 0) return 0;
    const keys = is.length === 1 ? (unitKeys[is[0]!] ??= keysOf(is)) : keysOf(is);
    let found = 0;
    for (const t of tokenSets[j]!) if (keys.has(t)) found += wt.get(t)!;
    return found / tokenTotal[j]!;
  };
  const contentUnits = unitTotal.map((w) => w > 0);
  const contentTokens = tokenTotal.map((w) => w > 0);
  const tokenItems = tokenSets.map((set) => [...set].map((t) => ({ weight: wt.get(t)!, keys: [t] })));
  // A unit of one side is found in a sentence of the other that holds one of its keys among its tokens, and a token in one that holds it among its units' keys.
  const reachUnits = reachFrom(unitItems, tokenSets.length, (j) => tokenSets[j]!);
  const reachTokens = reachFrom(tokenItems, built.units.length, (i) => (unitKeys[i] ??= keysOf([i])));
  return built.swapped
    ? { coverA: coverTokens, coverB: coverUnits, contentA: contentTokens, contentB: contentUnits, reachA: reachTokens, reachB: reachUnits }
    : { coverA: coverUnits, coverB: coverTokens, contentA: contentUnits, contentB: contentTokens, reachA: reachUnits, reachB: reachTokens };
}

/** An item of a sentence's content: its IDF weight, and the keys any one of which finds it in a sentence of the other side. */
export interface WeightedItem {
  weight: number;
  keys: readonly string[];
}

/** Each sentence's units with a weight, each word once (its first occurrence's keys), in order: what coverage and support sum over. */
export function weighUnits(units: readonly (readonly Unit[])[], weights: ReadonlyMap<string, number>): WeightedItem[][] {
  return units.map((list) => {
    const byWord = new Map<string, WeightedItem>();
    for (const unit of list) {
      const w = weights.get(unit.word) ?? 0;
      if (w > 0 && !byWord.has(unit.word)) byWord.set(unit.word, { weight: w, keys: unit.keys });
    }
    return [...byWord.values()];
  });
}

/**
 * Prefix filtering (Bayardo, Ma & Srikant 2007, "Scaling up all pairs
 * similarity search"): a sentence of the other side that finds none of a
 * sentence's heaviest items, taken until the rest weigh less than
 * `minCoverage` of the whole, covers less than `minCoverage` of it. The
 * heaviest items are the rarest, so their postings are short, and a search
 * for a sentence's far partner need not score every sentence of a long text.
 * The postings (key → sentences of the other side holding it) are built on
 * the first call.
 */
function reachFrom(items: readonly (readonly WeightedItem[])[], count: number, setOf: (j: number) => ReadonlySet<string>): (i: number, minCoverage: number) => number[] {
  let postings: Map<string, number[]> | undefined;
  const everyone = (): number[] => Array.from({ length: count }, (_, j) => j);
  return (i, minCoverage) => {
    if (!(minCoverage > 0)) return everyone();
    const own = [...(items[i] ?? [])].sort((x, y) => y.weight - x.weight);
    const total = own.reduce((x, item) => x + item.weight, 0);
    if (total <= 0) return [];
    if (!postings) {
      postings = new Map();
      for (let j = 0; j < count; j++) {
        for (const key of setOf(j)) {
          let list = postings.get(key);
          if (!list) postings.set(key, (list = []));
          list.push(j);
        }
      }
    }
    // The rest may weigh a hair under the bar: coverage is found / total, and rounding must not drop a sentence at the bar.
    const bar = minCoverage * total * (1 - 1e-9);
    let rest = total;
    const found = new Set<number>();
    for (const item of own) {
      if (rest < bar) break;
      rest -= item.weight;
      for (const key of item.keys) for (const j of postings.get(key) ?? []) found.add(j);
    }
    return [...found].sort((x, y) => x - y);
  };
}

/**
 * Deals the items of all sentences at random into sentences of the same
 * sizes, in runs of `chunk` consecutive items of one sentence. Overlapping
 * character bigrams of one phrase (这种, 种情, 情况) always occur together;
 * dealt one by one, any phrase two texts share would beat the null as if it
 * were shared content, so a text on the same topic would look like a version.
 */
export function shuffleWithin<T>(lists: readonly (readonly T[])[], seed: number, chunk = 1): T[][] {
  const pool: T[][] = [];
  for (const list of lists) for (let k = 0; k < list.length; k += chunk) pool.push(list.slice(k, k + chunk));
  const next = random(seed);
  for (let k = pool.length - 1; k > 0; k--) {
    const r = Math.floor(next() * (k + 1));
    [pool[k], pool[r]] = [pool[r]!, pool[k]!];
  }
  const flat = pool.flat();
  let at = 0;
  return lists.map((list) => flat.slice(at, (at += list.length)));
}


const best = (rows: SupportPair[][]): Float64Array => Float64Array.from(rows, (r) => r[0]?.score ?? 0);

/**
 * Scores every sentence of `a` against every sentence of `b` (in any order)
 * and keeps, per sentence, the partners that beat the shuffled null.
 */
export function scoreSupport(a: CoverageSide, b: CoverageSide, options: SupportOptions = {}): Support {
  const maxShare = options.maxDocumentFrequency ?? 0.25;
  const topK = options.topK ?? 8;
  const seed = options.seed ?? 1;
  const { method, units, tokens, swapped } = buildUnits(a, b, options.dictionary, options.learned, options.synonyms, options.names);
  const wa = idf(units.map((list) => list.map((u) => u.word)), maxShare);
  const wb = idf(tokens, maxShare);
  const chunk = options.nullChunk ?? (method === 'ngram' ? 2 : 1);
  const real = scoreAll(units, tokens, wa, wb, topK, options.rankedK ?? 32);
  const nullB = scoreAll(units, shuffleWithin(tokens, seed, chunk), wa, wb, 1);
  const nullA = scoreAll(shuffleWithin(units, seed + 1, chunk), tokens, wa, wb, 1);
  // Units side first internally; swap back so `a` is the caller's a.
  const [rowsA, rowsB] = swapped ? [real.byB.map(flip), real.byA.map(flip)] : [real.byA, real.byB];
  const [nA, nB] = swapped ? [best(nullA.byB), best(nullB.byA)] : [best(nullB.byA), best(nullA.byB)];
  const thresholdA = supportThreshold(nA, options);
  const thresholdB = supportThreshold(nB, options);
  const contentUnits = units.map((list) => list.some((u) => (wa.get(u.word) ?? 0) > 0));
  const contentTokens = tokens.map((list) => list.some((t) => (wb.get(t) ?? 0) > 0));
  const support: Support = {
    method,
    a: keepSupported(rowsA, thresholdA, options),
    b: keepSupported(rowsB, thresholdB, options),
    rankedA: rowsA,
    bestA: best(rowsA),
    bestB: best(rowsB),
    nullA: nA,
    nullB: nB,
    thresholdA,
    thresholdB,
    contentA: swapped ? contentTokens : contentUnits,
    contentB: swapped ? contentUnits : contentTokens,
  };
  BUILT.set(support, { method, units, tokens, swapped, wa, wb });
  return support;
}

/** The units a support was scored from and their IDF weights: what a second score of the same pair needs. */
export type BuiltUnits = ReturnType<typeof buildUnits> & { wa: Map<string, number>; wb: Map<string, number> };

/** The units each support was scored from, for a second score of the same pair (compare/context-score.ts). */
const BUILT = new WeakMap<Support, BuiltUnits>();

/** The units, tokens and IDF weights `scoreSupport` used for `support`, when it made it. */
export function builtUnitsOf(support: Support): BuiltUnits | undefined {
  return BUILT.get(support);
}

/** The least score that counts as support: the `nullQuantile` of the null's best scores, and never under `minScore`. */
export function supportThreshold(nullBests: ArrayLike<number>, options: Pick<SupportOptions, 'minScore' | 'nullQuantile'> = {}): number {
  return Math.max(options.minScore ?? 0.08, quantile(nullBests, options.nullQuantile ?? 0.95));
}

/** Of each ranked row (best first), the supporting pairs: among its `topK` best, those at `threshold` and at least `relative` of its best. */
export function keepSupported(rows: readonly SupportPair[][], threshold: number, options: Pick<SupportOptions, 'topK' | 'relative'> = {}): SupportPair[][] {
  const topK = options.topK ?? 8;
  const relative = options.relative ?? 0.5;
  return rows.map((row) => {
    const top = row[0]?.score ?? 0;
    return row.slice(0, topK).filter((p) => p.score >= threshold && p.score >= relative * top);
  });
}

function flip(row: SupportPair[]): SupportPair[] {
  return row.map((p) => ({ a: p.b, b: p.a, score: p.score }));
}

/**
 * The longest increasing subsequence of `values` (non-decreasing: several
 * summary sentences may rest on one source sentence), as indices into `values`,
 * in O(n log n) (Fredman 1975). Matches off it are the moved ones.
 */
export function findIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! <= v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: number[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}
