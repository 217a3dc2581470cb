/**
 * Candidate anchors: sentence pairs sharing evidence rare on both sides (the
 * "hapax" anchors of K-vec, Fung & Church 1994), found through an inverted
 * index so the work is linear in the text.
 *
 * Rare in the whole text, and, in a long text, rare in its neighbourhood: a
 * name that recurs in every chapter of a book is common in the book but
 * occurs once in a stretch of a few hundred sentences, and so marks that
 * stretch's correspondence as well as a word seen once in the whole book.
 * Without the local count a long text whose vocabulary recurs (a series, a
 * corpus of similar reports, MAC-Dev's chapters concatenated) has no anchors
 * at all, and the first pass falls back on its widest band.
 */

import type { SourceUnits, TargetUnits } from './units.js';

/** Source sentence `i` and target sentence `j` likely translate each other; `weight` is the rare evidence they share. */
export interface AnchorPair {
  i: number;
  j: number;
  weight: number;
}

/** Which tokens propose anchors; see `findAnchorPairs`. */
export interface AnchorPairOptions {
  /** Largest number of sentences, on either side, a token may occur in and still propose anchors. @default 2 */
  maxFrequency: number;
  /** Least shared weight (1 per token occurring once on each side, 1/(a·b) for a and b occurrences) of a candidate pair. @default 1 */
  minWeight: number;
  /**
   * Texts longer than this many source sentences are also read in stretches
   * of this many (overlapping by half), each against the target sentences at
   * the same share of the text widened by half a stretch either side, and a
   * token rare within a stretch proposes anchors there. Shorter than
   * MAC-Dev's chapter cycle (1,444 sentences) so the concatenated scale pairs
   * find their anchors; texts up to this length are read whole, as before.
   * @default 500
   */
  window: number;
}

export const DEFAULT_ANCHOR_PAIRS: AnchorPairOptions = { maxFrequency: 2, minWeight: 1, window: 500 };

/**
 * Candidate anchors: every pair of a source sentence that may translate to a
 * target token and a target sentence that contains it, for tokens found in at
 * most `maxFrequency` sentences on each side, in the whole text or (long
 * texts) within a stretch. A token seen in `a` source and `b` target
 * sentences adds `1/(a·b)` to each of its `a·b` pairs, so a pair's weight
 * counts its unambiguous evidence; a pair found in several stretches keeps
 * its largest weight.
 */
export function findAnchorPairs(source: SourceUnits, target: TargetUnits, vocabSize: number, options: Partial<AnchorPairOptions> = {}): AnchorPair[] {
  const o = { ...DEFAULT_ANCHOR_PAIRS, ...options };
  const n = source.pairStart.length - 1;
  const m = target.start.length - 1;
  const counter = new RareCounter(source, target, vocabSize, o.maxFrequency);
  const weights = new Map<number, number>();
  counter.collect(0, n, 0, m, weights);
  if (n > o.window) {
    const half = Math.floor(o.window / 2);
    const scale = m / n;
    for (let from = 0; from < n - half; from += half) {
      const to = Math.min(n, from + o.window);
      counter.collect(from, to, Math.max(0, Math.floor((from - half) * scale)), Math.min(m, Math.ceil((to + half) * scale)), weights);
    }
  }
  const pairs: AnchorPair[] = [];
  for (const [key, weight] of weights) {
    // The tolerance keeps two tokens of frequency 2×1 (½ + ½) at weight 1.
    if (weight >= o.minWeight - 1e-9) pairs.push({ i: Math.floor(key / (m + 1)), j: key % (m + 1), weight });
  }
  return pairs;
}

/** Counts, per token, the sentences it occurs in within a stretch of each side, keeping the first few. */
class RareCounter {
  private readonly cap: number;
  private readonly countA: Int32Array;
  private readonly countB: Int32Array;
  private readonly listA: Int32Array;
  private readonly listB: Int32Array;
  /** Tokens counted in the current stretch, to reset. */
  private readonly seen: Int32Array;
  private seenCount = 0;
  private readonly m: number;
  /** One stretch's pair weights, summed over its tokens before they are merged with the other stretches' (by maximum). */
  private readonly local = new Map<number, number>();

  constructor(
    private readonly source: SourceUnits,
    private readonly target: TargetUnits,
    vocabSize: number,
    private readonly maxFrequency: number,
  ) {
    // Sentence lists per token, capped at maxFrequency + 1 entries (enough to know a token is too common).
    this.cap = maxFrequency + 1;
    this.countA = new Int32Array(vocabSize);
    this.countB = new Int32Array(vocabSize);
    this.listA = new Int32Array(vocabSize * this.cap);
    this.listB = new Int32Array(vocabSize * this.cap);
    this.seen = new Int32Array(vocabSize);
    this.m = target.start.length - 1;
  }

  /**
   * Adds the pairs of tokens rare within source `[i0, i1)` and target `[j0, j1)` to `weights` (key i·(m+1)+j), keeping
   * each key's largest weight. Three methods, one loop each: in one function, V8's code compiled from the first loop
   * (on-stack replacement) met the later loops without type feedback and was thrown away again at every stretch
   * (52 deoptimizations on a 10k pair, each a recompile).
   */
  collect(i0: number, i1: number, j0: number, j1: number, weights: Map<number, number>): void {
    this.countSource(i0, i1);
    this.countTarget(j0, j1);
    this.pairRare();
    const { local } = this;
    for (const [key, weight] of local) if (weight > (weights.get(key) ?? 0)) weights.set(key, weight);
    local.clear();
  }

  /** Counts each token of source sentences `[i0, i1)`, listing the first sentences it occurs in. */
  private countSource(i0: number, i1: number): void {
    const { cap, countA, countB, listA, source } = this;
    for (let i = i0; i < i1; i++) {
      for (let p = source.pairStart[i]!; p < source.pairStart[i + 1]!; p++) {
        const id = source.pairTarget[p]!;
        const c = countA[id]!;
        if (c === 0 && countB[id] === 0) this.seen[this.seenCount++] = id;
        if (c < cap) listA[id * cap + c] = i;
        countA[id] = c + 1;
      }
    }
  }

  /** Counts each token of target sentences `[j0, j1)`, once per sentence, listing the first sentences it occurs in. */
  private countTarget(j0: number, j1: number): void {
    const { cap, countA, countB, listB, target } = this;
    for (let j = j0; j < j1; j++) {
      for (let p = target.start[j]!; p < target.start[j + 1]!; p++) {
        const id = target.ids[p]!;
        const c = countB[id]!;
        // A token repeated within one sentence counts once.
        if (c > 0 && c <= cap && listB[id * cap + c - 1] === j) continue;
        if (c === 0 && countA[id] === 0) this.seen[this.seenCount++] = id;
        if (c < cap) listB[id * cap + c] = j;
        countB[id] = c + 1;
      }
    }
  }

  /** The pairs of the counted tokens rare on both sides into `local` (their summed weights), and the counts reset. */
  private pairRare(): void {
    const { cap, countA, countB, listA, listB, local } = this;
    for (let k = 0; k < this.seenCount; k++) {
      const id = this.seen[k]!;
      const a = countA[id]!;
      const b = countB[id]!;
      countA[id] = 0;
      countB[id] = 0;
      if (a === 0 || b === 0 || a > this.maxFrequency || b > this.maxFrequency) continue;
      const w = 1 / (a * b);
      for (let x = 0; x < a; x++) {
        for (let y = 0; y < b; y++) {
          const key = listA[id * cap + x]! * (this.m + 1) + listB[id * cap + y]!;
          const here = (local.get(key) ?? 0) + w;
          local.set(key, here);
        }
      }
    }
    this.seenCount = 0;
  }
}
