/**
 * The support of one sentence at a time: its best retrieval partner if that
 * beats the shuffled null, scored as `scoreSupport` scores every pair
 * (coverage.ts: the same units, IDF weights and order of sums, so the same
 * scores to the last bit, and the same partner among equals). A check that
 * needs the support of a few sentences (a moved sentence's far partner,
 * compare/moves.ts) then costs what those few cost, not every pair of a long
 * text; the null is scored once, when first needed, on at most
 * `maxNullSentences` sentences.
 */

import { quantile } from '../statistics.js';
import { buildUnits, idf, shuffleWithin, weighUnits, type CoverageSide, type SupportOptions, type SupportPair, type Unit } from './coverage.js';
import { scoreAll, scoreRows, selectBest, type RowScorer } from './score-all.js';

export interface PartnerOptions extends SupportOptions {
  /**
   * Sentences of side a whose best chance score (against the shuffled side b) makes the null, evenly spread; all of them in a shorter
   * text, so up to this length the threshold is `scoreSupport`'s own. A longer text's null is a sample of it, whose cost grows with
   * the text's length, not with its square. @default 2000
   */
  maxNullSentences?: number;
}

/** Support of the sentences of side a among those of side b, one sentence at a time. */
export interface Partners {
  /** Sentence `i` of a's best-scoring sentence of b (`pair.a === i`) when it beats the null: `scoreSupport(a, b).a[i][0]`. */
  supportOf(i: number): SupportPair | undefined;
  /** The score that support must reach (`Support.thresholdA`). */
  threshold(): number;
}

/** Support of `a`'s sentences in `b`, with `scoreSupport(a, b, options)`'s units, weights, null and threshold. */
export function buildPartners(a: CoverageSide, b: CoverageSide, options: PartnerOptions = {}): Partners {
  const maxShare = options.maxDocumentFrequency ?? 0.25;
  const { method, units, tokens, swapped } = buildUnits(a, b, options.dictionary, options.learned, options.synonyms, options.names);
  const wa = idf(units.map((list) => list.map((u) => u.word)), maxShare);
  const wb = idf(tokens, maxShare);
  const real = rankPairs(units, tokens, wa, wb);
  const best = swapped ? real.bestOfTokens : real.bestOfUnits;
  let threshold: number | undefined;
  const measureThreshold = (): number => {
    // scoreSupport's null of side a: the units against the tokens dealt at random, or the tokens against the units so dealt.
    const seed = options.seed ?? 1;
    const chunk = options.nullChunk ?? (method === 'ngram' ? 2 : 1);
    const n = a.sentences.length;
    const take = Math.min(n, options.maxNullSentences ?? 2000);
    const sample = Array.from({ length: take }, (_, k) => Math.floor((k * n) / take));
    // A pair's score depends on its two sentences and the weights only, so scoring the sample alone gives its sentences' own best.
    const scores = swapped
      ? scoreAll(shuffleWithin(units, seed + 1, chunk), sample.map((j) => tokens[j]!), wa, wb, 1).byB.map((row) => row[0]?.score ?? 0)
      : scoreAll(sample.map((i) => units[i]!), shuffleWithin(tokens, seed, chunk), wa, wb, 1).byA.map((row) => row[0]?.score ?? 0);
    return Math.max(options.minScore ?? 0.08, quantile(Float64Array.from(scores), options.nullQuantile ?? 0.95));
  };
  const beats = (pair: SupportPair | undefined): SupportPair | undefined => (pair && pair.score >= (threshold ??= measureThreshold()) ? pair : undefined);
  return { supportOf: (i) => beats(best(i)), threshold: () => (threshold ??= measureThreshold()) };
}

/**
 * The best partner of one sentence of either side, as scoreAll (score-all.ts)
 * ranks them: a units-side sentence's partners by score, equals in the order
 * its index first meets them (its row's stable sort); a tokens-side
 * sentence's by score, equals by the lower units-side sentence. Flipped to
 * the asking side: `pair.a` is the sentence asked about.
 */
function rankPairs(units: Unit[][], tokens: string[][], wa: Map<string, number>, wb: Map<string, number>) {
  // Each units-side sentence's weighted units (each word once, first first) and each tokens-side sentence's weighted tokens, in scoreAll's order.
  const items = weighUnits(units, wa);
  const totalA = items.map((list) => list.reduce((x, item) => x + item.weight, 0));
  const keysOf = items.map((list) => new Set(list.flatMap((item) => item.keys)));
  const tokenSets = tokens.map((list) => new Set([...new Set(list)].filter((t) => (wb.get(t) ?? 0) > 0)));
  const totalB = tokenSets.map((set) => [...set].reduce((x, t) => x + wb.get(t)!, 0));
  const score = (i: number, j: number): number => {
    let ma = 0;
    let mb = 0;
    const set = tokenSets[j]!;
    for (const item of items[i]!) if (item.keys.some((key) => set.has(key))) ma += item.weight;
    for (const key of keysOf[i]!) {
      const w = wb.get(key) ?? 0;
      if (w > 0 && set.has(key)) mb += w;
    }
    return Math.min(1, (ma + mb) / (2 * Math.sqrt(totalA[i]! * totalB[j]!)));
  };
  let byKey: Map<string, number[]> | undefined;
  let rows: RowScorer | undefined;
  const top = new Int32Array(1);
  // One units-side sentence's row is scoreAll's own, over that sentence alone: its best pair, the first met of equals.
  const bestOfUnits = (i: number): SupportPair | undefined => {
    rows ??= scoreRows(tokens, wa, wb);
    if (selectBest(rows.rowScore, rows.score(units[i]!), top) === 0) return undefined;
    return { a: i, b: rows.rowB[top[0]!]!, score: rows.rowScore[top[0]!]! };
  };
  const bestOfTokens = (j: number): SupportPair | undefined => {
    byKey ??= index(keysOf);
    const met = new Set<number>();
    for (const t of tokenSets[j] ?? []) for (const i of byKey.get(t) ?? []) met.add(i);
    let top: SupportPair | undefined;
    for (const i of [...met].sort((x, y) => x - y)) {
      const s = score(i, j);
      if (s > 0 && (!top || s > top.score)) top = { a: j, b: i, score: s };
    }
    return top;
  };
  return { bestOfUnits, bestOfTokens };
}

/** Postings: each key with the sentences that hold it, in order. */
function index(sets: readonly ReadonlySet<string>[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sets.forEach((set, x) => {
    for (const key of set) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(x);
    }
  });
  return postings;
}
