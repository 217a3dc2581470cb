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

import { DEFAULT_ANCHOR_PAIRS, findAnchorPairs, type AnchorPair, type AnchorPairOptions } from './anchor-pairs.js';
import type { SourceUnits, TargetUnits } from './units.js';

export type { AnchorPair, AnchorPairOptions };

/** How anchors are found and filtered; see `findAnchorPath`. */
export interface AnchorPathOptions extends AnchorPairOptions {
  /** Shift, in target sentences, a step between neighbouring anchors may always show against the chain's typical slope. @default 3 */
  tolerance: number;
  /** Further shift allowed per sentence the step spans on both sides. @default 0.25 */
  slack: number;
}

export const DEFAULT_ANCHOR_PATH: AnchorPathOptions = { ...DEFAULT_ANCHOR_PAIRS, tolerance: 3, slack: 0.25 };

export { findAnchorPairs };

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
