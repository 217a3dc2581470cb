/**
 * Word translation probabilities learned from the document pair itself, as in
 * Moore (2002): the beads a first pass is confident about are the training
 * data of IBM Model 1 (Brown et al. 1993), t(target word | source word), by
 * EM. The dictionary acts as a prior (pseudo-counts for its pairs), so EM
 * explains the words the dictionary covers and spends the rest of its mass on
 * what it does not: names (韦小宝 → Trinket), idioms, the translator's habits.
 * Confident learned pairs extend the dictionary for the second pass.
 */

import type { SourceUnits, TargetUnits } from './units.js';

export interface Model1Options {
  /** EM iterations. @default 5 */
  iterations: number;
  /** Pseudo-count added to each dictionary pair at every M-step. @default 1 */
  prior: number;
  /** Smallest t(e|z) kept as a learned translation. @default 0.2 */
  minProbability: number;
  /** Smallest expected count of a learned pair. @default 1.5 */
  minCount: number;
}

/** A training bead: source sentences `[i0, i0+a)` with target `[j0, j0+b)`. */
export interface TrainingBead {
  i0: number;
  a: number;
  j0: number;
  b: number;
}

/**
 * Trains Model 1 on `beads` and returns the learned translations that the
 * dictionary did not already give: source word → target ids.
 */
export function learnTranslations(src: SourceUnits, tgt: TargetUnits, beads: readonly TrainingBead[], options: Model1Options): Map<string, number[]> {
  const nullWord = src.wordVocab.length;
  const slots = new PairTable();
  const slotWord: number[] = [];
  const slotTarget: number[] = [];
  const slotPrior: number[] = [];
  // The (word, target) pairs the dictionary gives within the current bead.
  const dictionary = new PairTable();
  const words: number[] = [];
  // Each bead becomes a block of slots: for each target token, its source words then NULL.
  const layout: { targets: number; sources: number; slots: Int32Array }[] = [];
  for (const bead of beads) {
    words.length = 0;
    dictionary.clear();
    for (let i = bead.i0; i < bead.i0 + bead.a; i++) {
      const first = src.wordStart[i]!;
      const units = src.wordStart[i + 1]! - first;
      for (let k = first; k < first + units; k++) words.push(src.words[k]!);
      for (let p = src.pairStart[i]!; p < src.pairStart[i + 1]!; p++) {
        // Unit u's bit is u mod 32: a set bit u is the first unit it stands for.
        for (let mask = src.pairMask[p]!; mask !== 0; mask &= mask - 1) {
          const u = 31 - Math.clz32(mask & -mask);
          dictionary.set(src.words[first + u]!, src.pairTarget[p]!, 1);
        }
      }
    }
    words.push(nullWord);
    const sources = words.length;
    const from = tgt.start[bead.j0]!;
    const targets = tgt.start[bead.j0 + bead.b]! - from;
    const block = new Int32Array(targets * sources);
    for (let x = 0; x < targets; x++) {
      const e = tgt.ids[from + x]!;
      for (let y = 0; y < sources; y++) {
        const z = words[y]!;
        let slot = slots.get(z, e);
        if (slot < 0) {
          slot = slotWord.length;
          slots.set(z, e, slot);
          slotWord.push(z);
          slotTarget.push(e);
          slotPrior.push(dictionary.get(z, e) >= 0 ? options.prior : 0);
        }
        block[x * sources + y] = slot;
      }
    }
    layout.push({ targets, sources, slots: block });
  }
  const S = slotWord.length;
  const t = new Float64Array(S).fill(1);
  const count = new Float64Array(S);
  const totals = new Float64Array(nullWord + 1);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    count.fill(0);
    for (const { targets, sources, slots: block } of layout) {
      for (let x = 0; x < targets; x++) {
        let norm = 0;
        for (let y = 0; y < sources; y++) norm += t[block[x * sources + y]!]!;
        if (norm <= 0) continue;
        for (let y = 0; y < sources; y++) count[block[x * sources + y]!]! += t[block[x * sources + y]!]! / norm;
      }
    }
    totals.fill(0);
    for (let s = 0; s < S; s++) totals[slotWord[s]!]! += count[s]! + slotPrior[s]!;
    for (let s = 0; s < S; s++) {
      const total = totals[slotWord[s]!]!;
      t[s] = total > 0 ? (count[s]! + slotPrior[s]!) / total : 0;
    }
  }
  const learned = new Map<string, number[]>();
  for (let s = 0; s < S; s++) {
    const z = slotWord[s]!;
    if (z === nullWord || slotPrior[s]! > 0 || t[s]! < options.minProbability || count[s]! < options.minCount) continue;
    const word = src.wordVocab[z]!;
    const list = learned.get(word);
    if (list) list.push(slotTarget[s]!);
    else learned.set(word, [slotTarget[s]!]);
  }
  return learned;
}

/**
 * (source word, target word) → a non-negative number, by open addressing with
 * linear probing (Knuth, TAOCP vol. 3, §6.4). A `Map` keyed by z·V + e was
 * most of Model 1's set-up: a book's keys pass 2^30, where V8 stores and
 * hashes them as doubles. A bucket is four integers side by side (a, b,
 * value, stamp), so a probe reads one cache line; `clear` is O(1): a bucket
 * holds a key only when its stamp is the table's current one.
 */
class PairTable {
  private buckets = new Int32Array(4 << 10);
  private stamp = 1;
  private size = 0;

  /** The value of (a, b), or −1. */
  get(a: number, b: number): number {
    const { buckets, stamp } = this;
    const mask = (buckets.length >> 2) - 1;
    for (let h = hashPair(a, b) & mask; buckets[4 * h + 3] === stamp; h = (h + 1) & mask) {
      if (buckets[4 * h] === a && buckets[4 * h + 1] === b) return buckets[4 * h + 2]!;
    }
    return -1;
  }

  set(a: number, b: number, value: number): void {
    const { buckets, stamp } = this;
    const mask = (buckets.length >> 2) - 1;
    let h = hashPair(a, b) & mask;
    for (; buckets[4 * h + 3] === stamp; h = (h + 1) & mask) {
      if (buckets[4 * h] === a && buckets[4 * h + 1] === b) {
        buckets[4 * h + 2] = value;
        return;
      }
    }
    buckets[4 * h] = a;
    buckets[4 * h + 1] = b;
    buckets[4 * h + 2] = value;
    buckets[4 * h + 3] = stamp;
    // At most half full, so probes stay short.
    if (++this.size * 4 > buckets.length >> 1) this.grow();
  }

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  private grow(): void {
    const { buckets, stamp } = this;
    this.buckets = new Int32Array(2 * buckets.length);
    this.stamp = 1;
    this.size = 0;
    for (let at = 0; at < buckets.length; at += 4) if (buckets[at + 3] === stamp) this.set(buckets[at]!, buckets[at + 1]!, buckets[at + 2]!);
  }
}

function hashPair(a: number, b: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77);
  return (h ^ (h >>> 16)) >>> 0;
}
