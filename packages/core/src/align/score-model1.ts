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
  const slots = new Map<number, number>();
  const slotWord: number[] = [];
  const slotTarget: number[] = [];
  const slotPrior: number[] = [];
  let V = 1;
  for (const id of tgt.ids) if (id >= V) V = id + 1;
  // Each bead becomes a block of slots: for each target token, its source words then NULL.
  const layout: { targets: number; sources: number; slots: Int32Array }[] = [];
  for (const bead of beads) {
    const words: number[] = [];
    const dictionary = new Set<number>();
    for (let i = bead.i0; i < bead.i0 + bead.a; i++) {
      for (let k = src.wordStart[i]!; k < src.wordStart[i + 1]!; k++) words.push(src.words[k]!);
      for (let p = src.pairStart[i]!; p < src.pairStart[i + 1]!; p++) {
        const mask = src.pairMask[p]!;
        for (let u = 0; u < src.wordStart[i + 1]! - src.wordStart[i]! && u < 32; u++) {
          if (mask & (1 << u)) dictionary.add(src.words[src.wordStart[i]! + u]! * V + src.pairTarget[p]!);
        }
      }
    }
    words.push(nullWord);
    const targets: number[] = [];
    for (let k = tgt.start[bead.j0]!; k < tgt.start[bead.j0 + bead.b]!; k++) targets.push(tgt.ids[k]!);
    const block = new Int32Array(targets.length * words.length);
    targets.forEach((e, x) => {
      words.forEach((z, y) => {
        const key = z * V + e;
        let slot = slots.get(key);
        if (slot === undefined) {
          slot = slotWord.length;
          slots.set(key, slot);
          slotWord.push(z);
          slotTarget.push(e);
          slotPrior.push(dictionary.has(key) ? options.prior : 0);
        }
        block[x * words.length + y] = slot;
      });
    });
    layout.push({ targets: targets.length, sources: words.length, slots: block });
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
