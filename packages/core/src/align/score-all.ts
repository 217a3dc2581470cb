/**
 * Every pair of two sides' sentences scored at once (`scoreSupport`'s
 * retrieval, coverage.ts): an inverted index over side b's tokens, each
 * sentence of a walking the postings of its units' keys, and each sentence
 * of either side keeping its best partners as they come.
 */

import type { SupportPair, Unit, WeightedItem } from './coverage.js';

export interface Scored {
  /** Top pairs per a-sentence and per b-sentence. */
  byA: SupportPair[][];
  byB: SupportPair[][];
}

/** b's sentences by token (each token once per sentence, its IDF weight above 0), and each sentence's total weight. */
export function indexTokens(tokens: readonly (readonly string[])[], wb: ReadonlyMap<string, number>): { postings: Map<string, number[]>; totalB: Float64Array } {
  const postings = new Map<string, number[]>();
  const totalB = new Float64Array(tokens.length);
  tokens.forEach((list, j) => {
    for (const t of new Set(list)) {
      const w = wb.get(t) ?? 0;
      if (w <= 0) continue;
      totalB[j] = totalB[j]! + w;
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(j);
    }
  });
  return { postings, totalB };
}

/**
 * All pair scores through an inverted index over b's tokens: a weighted
 * cosine, `(Ma + Mb) / (2·√(Wa·Wb))`, where `Ma` is the IDF weight of a's units
 * found in b and `Mb` that of b's tokens matched by a's units.
 */
export function scoreAll(units: Unit[][], tokens: string[][], wa: Map<string, number>, wb: Map<string, number>, topK: number, rankedK = topK): Scored {
  const m = tokens.length;
  const rows = scoreRows(tokens, wa, wb);
  const byA: SupportPair[][] = [];
  const keep = Math.max(topK, rankedK);
  const byB: SupportPair[][] = Array.from({ length: m }, () => []);
  // Each b keeps only its best `keep` pairs as they come (the worst goes, and of equal worst the latest), so the pairs of
  // every a are not all held at once: the same lists as sorting all of them stably and keeping the first `keep`.
  const worstB = new Float64Array(m).fill(-1);
  /** Offers pair (a, b) to b's list; `made` is its object when the row keeps it too, else one is made only if b keeps it. */
  const offerB = (a: number, b: number, score: number, made: SupportPair | undefined): void => {
    const list = byB[b]!;
    if (list.length < keep) {
      list.push(made ?? { a, b, score });
      if (list.length === keep) worstB[b] = lowest(list).score;
      return;
    }
    if (score <= worstB[b]!) return;
    list[lowestAt(list)] = made ?? { a, b, score };
    worstB[b] = lowest(list).score;
  };
  const bestAt = new Int32Array(keep);
  const madeAt = new Int32Array(m).fill(-1);
  const { rowB, rowScore } = rows;
  for (let i = 0; i < units.length; i++) {
    const count = rows.score(units[i]!);
    const kept = selectBest(rowScore, count, bestAt);
    const row: SupportPair[] = new Array<SupportPair>(kept);
    for (let r = 0; r < kept; r++) {
      const k = bestAt[r]!;
      row[r] = { a: i, b: rowB[k]!, score: rowScore[k]! };
      madeAt[k] = r;
    }
    byA.push(row);
    // Each b meets one pair per row, so the order of the offers changes nothing.
    for (let k = 0; k < count; k++) {
      const r = madeAt[k]!;
      offerB(i, rowB[k]!, rowScore[k]!, r >= 0 ? row[r] : undefined);
      madeAt[k] = -1;
    }
  }
  // Pairs came in order of a, so ties keep that order, as a stable sort would.
  for (let j = 0; j < m; j++) byB[j]!.sort((x, y) => y.score - x.score || x.a - y.a);
  return { byA, byB };
}

/** A sentence's units weighed as a row scores them: each word once (its first keys) with its IDF weight, their keys in order, and the total weight. */
export interface WeighedLine {
  items: WeightedItem[];
  keys: string[];
  total: number;
}

export function weighLine(units: readonly Unit[], wa: ReadonlyMap<string, number>): WeighedLine {
  const seenWords = new Set<string>();
  const keys = new Set<string>();
  const items: WeightedItem[] = [];
  let total = 0;
  for (const unit of units) {
    if (seenWords.has(unit.word)) continue;
    seenWords.add(unit.word);
    const w = wa.get(unit.word) ?? 0;
    if (w <= 0) continue;
    total += w;
    items.push({ weight: w, keys: unit.keys });
    for (const key of unit.keys) keys.add(key);
  }
  return { items, keys: [...keys], total };
}

/** A row scorer over one side b (`scoreRows`): score a sentence's units, then read its pairs. */
export interface RowScorer {
  /** Scores one sentence of a against every sentence of b; returns how many pairs scored above 0. */
  score(units: readonly Unit[]): number;
  /** The same for a sentence already weighed (`weighLine`), as a null scores each line against every deal. */
  scoreLine(line: WeighedLine): number;
  /** The last row's pairs, in the order the row first met them: sentence of b, and score. */
  rowB: Int32Array;
  rowScore: Float64Array;
}

/**
 * Scores sentences of a, one at a time, against every sentence of b, as
 * `scoreAll` scores each of its rows: b's index is built once, and a row's
 * pairs are numbers, so a lookup of one sentence (align/partners.ts)
 * costs its postings, not the whole of b.
 */
export function scoreRows(tokens: readonly (readonly string[])[], wa: ReadonlyMap<string, number>, wb: ReadonlyMap<string, number>): RowScorer {
  const m = tokens.length;
  const { postings, totalB } = indexTokens(tokens, wb);
  const ma = new Float64Array(m);
  const mb = new Float64Array(m);
  const stamp = new Int32Array(m).fill(-1);
  const touched: number[] = [];
  const rowB = new Int32Array(m);
  const rowScore = new Float64Array(m);
  let unitId = 0;
  const scoreLine = (line: WeighedLine): number => {
    touched.length = 0;
    for (const item of line.items) {
      unitId++;
      for (const key of item.keys) {
        for (const j of postings.get(key) ?? []) {
          if (stamp[j] !== unitId) {
            stamp[j] = unitId;
            if (ma[j] === 0 && mb[j] === 0) touched.push(j);
            ma[j] = ma[j]! + item.weight;
          }
        }
      }
    }
    for (const key of line.keys) {
      const w = wb.get(key) ?? 0;
      if (w <= 0) continue;
      for (const j of postings.get(key) ?? []) mb[j] = mb[j]! + w;
    }
    let count = 0;
    for (const j of touched) {
      const score = Math.min(1, (ma[j]! + mb[j]!) / (2 * Math.sqrt(line.total * totalB[j]!)));
      if (score > 0) {
        rowB[count] = j;
        rowScore[count++] = score;
      }
      ma[j] = 0;
      mb[j] = 0;
    }
    return count;
  };
  return { score: (units) => scoreLine(weighLine(units, wa)), scoreLine, rowB, rowScore };
}

/**
 * The positions of the `best.length` highest of `scores[0, count)`, highest
 * first and, of equal scores, the earlier first (as a stable sort by score
 * would list them), written to `best`; returns how many there are.
 */
export function selectBest(scores: Float64Array, count: number, best: Int32Array): number {
  const keep = best.length;
  let filled = 0;
  for (let k = 0; k < count; k++) {
    const score = scores[k]!;
    // Full, a score no higher than the last kept loses to it: it is lower, or equal and later.
    if (filled === keep && score <= scores[best[keep - 1]!]!) continue;
    let at = filled < keep ? filled++ : keep - 1;
    while (at > 0 && scores[best[at - 1]!]! < score) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = k;
  }
  return filled;
}

/** Index of the pair a stable sort by score would put last: the lowest score, and of equal lowest the latest (highest a). */
function lowestAt(list: readonly SupportPair[]): number {
  let at = 0;
  for (let k = 1; k < list.length; k++) {
    const [x, y] = [list[k]!, list[at]!];
    if (x.score < y.score || (x.score === y.score && x.a > y.a)) at = k;
  }
  return at;
}

const lowest = (list: readonly SupportPair[]): SupportPair => list[lowestAt(list)]!;
