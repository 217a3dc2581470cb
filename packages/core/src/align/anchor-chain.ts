/**
 * Confident anchors for the first pass's band: sentence pairs that share
 * evidence rare on both sides, chained into the heaviest monotone sequence.
 *
 * Rare shared evidence is the oldest cheap alignment signal: words that occur
 * once or twice on each side and translate each other mark corresponding
 * positions (the "hapax" anchors of K-vec, Fung & Church 1994, and of the
 * anchor-point methods of Melamed 1999). Here the evidence is whatever the
 * lexical score already matches — dictionary translations, numbers and Latin
 * words for Chinese↔English, character bigrams for Chinese↔Chinese, stems for
 * other pairs — looked up through an inverted index, so finding anchors is
 * linear in the text. Stray pairs (a rare word translated elsewhere) are
 * removed by keeping only the heaviest chain increasing on both sides (a
 * weighted longest increasing subsequence, O(k log k)): a stray pair far from
 * the true path contradicts every true anchor between the two.
 */

import type { SourceUnits, TargetUnits } from './units.js';

/** Source sentence `i` and target sentence `j` likely translate each other; `weight` is the rare evidence they share. */
export interface AnchorPair {
  i: number;
  j: number;
  weight: number;
}

/** How anchors are found and filtered; see `findAnchorPath`. */
export interface AnchorPathOptions {
  /** Largest number of sentences, on either side, a token may occur in and still propose anchors. @default 2 */
  maxFrequency: number;
  /** Least shared weight (1 per token occurring once on each side, 1/(a·b) for a and b occurrences) of a candidate pair. @default 1 */
  minWeight: number;
  /** Shift, in target sentences, a step between neighbouring anchors may always show against the chain's typical slope. @default 3 */
  tolerance: number;
  /** Further shift allowed per sentence the step spans on both sides. @default 0.25 */
  slack: number;
}

export const DEFAULT_ANCHOR_PATH: AnchorPathOptions = { maxFrequency: 2, minWeight: 1, tolerance: 3, slack: 0.25 };

/**
 * Candidate anchors: every pair of a source sentence that may translate to a
 * target token and a target sentence that contains it, for tokens found in at
 * most `maxFrequency` sentences on each side. A token seen in `a` source and
 * `b` target sentences adds `1/(a·b)` to each of its `a·b` pairs, so a pair's
 * weight counts its unambiguous evidence.
 */
export function findAnchorPairs(source: SourceUnits, target: TargetUnits, vocabSize: number, options: Partial<AnchorPathOptions> = {}): AnchorPair[] {
  const { maxFrequency, minWeight } = { ...DEFAULT_ANCHOR_PATH, ...options };
  const n = source.pairStart.length - 1;
  const m = target.start.length - 1;
  // Sentence lists per token, capped at maxFrequency + 1 entries (enough to know a token is too common).
  const cap = maxFrequency + 1;
  const countA = new Int32Array(vocabSize);
  const countB = new Int32Array(vocabSize);
  const listA = new Int32Array(vocabSize * cap);
  const listB = new Int32Array(vocabSize * cap);
  for (let i = 0; i < n; i++) {
    for (let p = source.pairStart[i]!; p < source.pairStart[i + 1]!; p++) {
      const id = source.pairTarget[p]!;
      const c = countA[id]!;
      if (c < cap) listA[id * cap + c] = i;
      countA[id] = c + 1;
    }
  }
  for (let j = 0; j < m; j++) {
    for (let p = target.start[j]!; p < target.start[j + 1]!; p++) {
      const id = target.ids[p]!;
      const c = countB[id]!;
      // A token repeated within one sentence counts once.
      if (c > 0 && c <= cap && listB[id * cap + c - 1] === j) continue;
      if (c < cap) listB[id * cap + c] = j;
      countB[id] = c + 1;
    }
  }
  const weights = new Map<number, number>();
  for (let id = 0; id < vocabSize; id++) {
    const a = countA[id]!;
    const b = countB[id]!;
    if (a === 0 || b === 0 || a > maxFrequency || b > maxFrequency) continue;
    const w = 1 / (a * b);
    for (let x = 0; x < a; x++) {
      for (let y = 0; y < b; y++) {
        const key = listA[id * cap + x]! * (m + 1) + listB[id * cap + y]!;
        weights.set(key, (weights.get(key) ?? 0) + w);
      }
    }
  }
  const pairs: AnchorPair[] = [];
  for (const [key, weight] of weights) {
    // The tolerance keeps two tokens of frequency 2×1 (½ + ½) at weight 1.
    if (weight >= minWeight - 1e-9) pairs.push({ i: Math.floor(key / (m + 1)), j: key % (m + 1), weight });
  }
  return pairs;
}

/**
 * The heaviest chain of pairs strictly increasing in both `i` and `j`
 * (weighted longest increasing subsequence with a Fenwick tree of prefix
 * maxima over `j`), in document order.
 */
export function chainAnchors(pairs: readonly AnchorPair[]): AnchorPair[] {
  if (pairs.length === 0) return [];
  // Within a row, larger j first: a pair then cannot chain onto another of its own row.
  const order = [...pairs].sort((x, y) => x.i - y.i || y.j - x.j);
  let size = 1;
  for (const p of order) size = Math.max(size, p.j + 2);
  const treeValue = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(order.length);
  const previous = new Int32Array(order.length);
  let top = -1;
  order.forEach((p, k) => {
    // Prefix maximum over j' < p.j (Fenwick positions 1..p.j).
    let value = 0;
    let from = -1;
    for (let x = p.j; x > 0; x -= x & -x) {
      if (treeValue[x]! > value) {
        value = treeValue[x]!;
        from = treeIndex[x]!;
      }
    }
    best[k] = value + p.weight;
    previous[k] = from;
    for (let x = p.j + 1; x <= size; x += x & -x) {
      if (best[k]! > treeValue[x]!) {
        treeValue[x] = best[k]!;
        treeIndex[x] = k;
      }
    }
    if (top < 0 || best[k]! > best[top]!) top = k;
  });
  const chain: AnchorPair[] = [];
  for (let k = top; k >= 0; k = previous[k]!) chain.push(order[k]!);
  return chain.reverse();
}

/**
 * Drops anchors that no neighbour confirms. A stray pair that survives the
 * chain (a rare word translated in a sentence far away, where true anchors
 * are sparse) sits off the path, so both steps to its neighbours shift
 * against the chain's typical slope; a true anchor has a neighbour, or one of
 * the corners (0,0) and (n,m), a consistent step away. A real drift (a long
 * omission) shifts one step only, between two consistent runs, so it stays.
 */
export function filterAnchors(chain: readonly AnchorPair[], n: number, m: number, options: Partial<AnchorPathOptions> = {}): AnchorPair[] {
  const { tolerance, slack } = { ...DEFAULT_ANCHOR_PATH, ...options };
  const slopes: number[] = [];
  for (let k = 1; k < chain.length; k++) slopes.push((chain[k]!.j - chain[k - 1]!.j) / (chain[k]!.i - chain[k - 1]!.i));
  slopes.sort((x, y) => x - y);
  // The median step, not m/n: a long omission skews the overall ratio but only one step.
  const slope = slopes.length > 0 ? slopes[slopes.length >> 1]! : n > 0 ? m / n : 1;
  const points = [{ i: -1, j: -1 }, ...chain, { i: n, j: m }];
  const consistent = (k: number): boolean => {
    const di = points[k + 1]!.i - points[k]!.i;
    const dj = points[k + 1]!.j - points[k]!.j;
    return Math.abs(dj - di * slope) <= tolerance + slack * (di + dj);
  };
  return chain.filter((_, k) => consistent(k) || consistent(k + 1));
}

/** Confident anchors of a sentence pair: candidates, chained, filtered. */
export function findAnchorPath(source: SourceUnits, target: TargetUnits, vocabSize: number, options: Partial<AnchorPathOptions> = {}): AnchorPair[] {
  const n = source.pairStart.length - 1;
  const m = target.start.length - 1;
  return filterAnchors(chainAnchors(findAnchorPairs(source, target, vocabSize, options)), n, m, options);
}

/**
 * Target length per source length between consecutive anchors: the median of
 * the steps' ratios, weighted by source length, from prefix sums of sentence
 * lengths. Unlike the ratio of document totals, one long omission moves it
 * no more than one step's weight; steps include every sentence between the
 * anchors, so merges (1-2 beads) do not bias it. Undefined with fewer than
 * `minSteps` steps.
 */
export function measureAnchorRatio(chain: readonly AnchorPair[], lengthA: Float64Array, lengthB: Float64Array, minSteps: number): number | undefined {
  const steps: [ratio: number, weight: number][] = [];
  let total = 0;
  for (let k = 1; k < chain.length; k++) {
    const la = lengthA[chain[k]!.i]! - lengthA[chain[k - 1]!.i]!;
    const lb = lengthB[chain[k]!.j]! - lengthB[chain[k - 1]!.j]!;
    if (la <= 0 || lb <= 0) continue;
    steps.push([lb / la, la]);
    total += la;
  }
  if (steps.length < minSteps) return undefined;
  steps.sort((x, y) => x[0] - y[0]);
  let seen = 0;
  for (const [ratio, weight] of steps) {
    seen += weight;
    if (seen >= total / 2) return ratio;
  }
  return steps[steps.length - 1]![0];
}
