/**
 * Word translation probabilities learned from the document pair itself, as in
 * Moore (2002): the beads a first pass is confident about are the training
 * data of IBM Model 1 (Brown et al. 1993), t(target word | source word), by
 * EM. The dictionary acts as a prior (pseudo-counts for its pairs), so EM
 * explains the words the dictionary covers and spends the rest of its mass on
 * what it does not: names (韦小宝 → Trinket), idioms, the translator's habits.
 * Confident learned pairs extend the dictionary for the second pass.
 */

import { PairTable } from './pair-table.js';
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
  const { blocks, cells, targetCount } = layOutBlocks(src, tgt, beads);
  const pairOf = groupPairs(blocks, tgt, cells, targetCount, nullWord);
  // Slots are numbered in the order their pairs are first met; from here `slotOf[cell]` is the cell's slot.
  const slotOf = pairOf.pair;
  const slotOfPair = new Int32Array(pairOf.count);
  const slotWord = new Int32Array(pairOf.count);
  const slotTarget = new Int32Array(pairOf.count);
  // Whether the dictionary gives the slot's pair (its pseudo-count is `options.prior`): a byte, not a double, per slot.
  const slotKnown = new Uint8Array(pairOf.count);
  const dictionary = new PairTable();
  let S = 0;
  blocks.forEach(({ targets, sources, cell, words, from }, b) => {
    let filled = false;
    for (let x = 0; x < targets; x++) {
      for (let y = 0; y < sources; y++) {
        const c = cell + x * sources + y;
        if (pairOf.first[c] === 1) {
          if (!filled) fillDictionary(dictionary, src, beads[b]!);
          filled = true;
          const z = words[y]!;
          const e = tgt.ids[from + x]!;
          slotOfPair[slotOf[c]!] = S;
          slotWord[S] = z;
          slotTarget[S] = e;
          slotKnown[S++] = dictionary.get(z, e) >= 0 ? 1 : 0;
        }
        slotOf[c] = slotOfPair[slotOf[c]!]!;
      }
    }
  });
  const { prior } = options;
  const t = new Float64Array(S).fill(1);
  const count = new Float64Array(S);
  const totals = new Float64Array(nullWord + 1);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    count.fill(0);
    for (const { targets, sources, cell } of blocks) {
      for (let row = cell; row < cell + targets * sources; row += sources) {
        let norm = 0;
        for (let c = row; c < row + sources; c++) norm += t[slotOf[c]!]!;
        if (norm <= 0) continue;
        for (let c = row; c < row + sources; c++) count[slotOf[c]!]! += t[slotOf[c]!]! / norm;
      }
    }
    totals.fill(0);
    for (let s = 0; s < S; s++) totals[slotWord[s]!]! += count[s]! + (slotKnown[s] === 1 ? prior : 0);
    for (let s = 0; s < S; s++) {
      const total = totals[slotWord[s]!]!;
      t[s] = total > 0 ? (count[s]! + (slotKnown[s] === 1 ? prior : 0)) / total : 0;
    }
  }
  const learned = new Map<string, number[]>();
  for (let s = 0; s < S; s++) {
    const z = slotWord[s]!;
    if (z === nullWord || (slotKnown[s] === 1 && prior > 0) || t[s]! < options.minProbability || count[s]! < options.minCount) continue;
    const word = src.wordVocab[z]!;
    const list = learned.get(word);
    if (list) list.push(slotTarget[s]!);
    else learned.set(word, [slotTarget[s]!]);
  }
  return learned;
}

/** A bead's cells, `[cell, cell + targets · sources)`: for each target token (`tgt.ids[from + x]`), its source words then NULL. */
interface Block {
  targets: number;
  sources: number;
  cell: number;
  words: Int32Array;
  from: number;
}

function layOutBlocks(src: SourceUnits, tgt: TargetUnits, beads: readonly TrainingBead[]): { blocks: Block[]; cells: number; targetCount: number } {
  const blocks: Block[] = [];
  let cells = 0;
  let targetCount = 1;
  for (const bead of beads) {
    const first = src.wordStart[bead.i0]!;
    const last = src.wordStart[bead.i0 + bead.a]!;
    const words = new Int32Array(last - first + 1);
    words.set(src.words.subarray(first, last));
    words[last - first] = src.wordVocab.length;
    const from = tgt.start[bead.j0]!;
    const targets = tgt.start[bead.j0 + bead.b]! - from;
    for (let k = from; k < from + targets; k++) targetCount = Math.max(targetCount, tgt.ids[k]! + 1);
    blocks.push({ targets, sources: words.length, cell: cells, words, from });
    cells += targets * words.length;
  }
  return { blocks, cells, targetCount };
}

/**
 * Numbers the distinct (source word, target word) pairs of the cells: the
 * rows (a target token of a bead, with its source words) sorted by target
 * word (a stable counting sort), then within one target a mark per source
 * word finds each pair's first cell. A hash table of the pairs (a `Map` keyed
 * by z·V + e) outgrows the caches at a book's length, so every lookup of 1.2
 * million missed; these passes read and write in runs. Rows, not cells, are
 * sorted: a sixteenth of the memory to touch (fresh pages cost, about 10 µs
 * each on a virtual machine), in the same order, since a row's cells are
 * consecutive.
 */
function groupPairs(blocks: readonly Block[], tgt: TargetUnits, cells: number, targetCount: number, nullWord: number): { pair: Int32Array; first: Uint8Array; count: number } {
  let rows = 0;
  for (const { targets } of blocks) rows += targets;
  const start = new Int32Array(targetCount + 1);
  for (const { targets, from } of blocks) for (let x = 0; x < targets; x++) start[tgt.ids[from + x]! + 1]!++;
  for (let e = 0; e < targetCount; e++) start[e + 1]! += start[e]!;
  // Per sorted row: its bead and its first cell.
  const rowBlock = new Int32Array(rows);
  const rowCell = new Int32Array(rows);
  const next = start.slice(0, targetCount);
  blocks.forEach(({ targets, sources, cell, from }, b) => {
    for (let x = 0; x < targets; x++) {
      const at = next[tgt.ids[from + x]!]!++;
      rowBlock[at] = b;
      rowCell[at] = cell + x * sources;
    }
  });
  const pair = new Int32Array(cells);
  const first = new Uint8Array(cells);
  const mark = new Int32Array(nullWord + 1).fill(-1);
  const pairOfWord = new Int32Array(nullWord + 1);
  let count = 0;
  for (let e = 0; e < targetCount; e++) {
    for (let k = start[e]!; k < start[e + 1]!; k++) {
      const { sources, words } = blocks[rowBlock[k]!]!;
      const row = rowCell[k]!;
      for (let y = 0; y < sources; y++) {
        const z = words[y]!;
        if (mark[z] !== e) {
          mark[z] = e;
          pairOfWord[z] = count++;
          first[row + y] = 1;
        }
        pair[row + y] = pairOfWord[z]!;
      }
    }
  }
  return { pair, first, count };
}

/** The (word, target) pairs the dictionary gives within a bead. */
function fillDictionary(dictionary: PairTable, src: SourceUnits, bead: TrainingBead): void {
  dictionary.clear();
  for (let i = bead.i0; i < bead.i0 + bead.a; i++) {
    const first = src.wordStart[i]!;
    for (let p = src.pairStart[i]!; p < src.pairStart[i + 1]!; p++) {
      // Unit u's bit is u mod 32: a set bit u is the first unit it stands for.
      for (let mask = src.pairMask[p]!; mask !== 0; mask &= mask - 1) {
        const u = 31 - Math.clz32(mask & -mask);
        dictionary.set(src.words[first + u]!, src.pairTarget[p]!, 1);
      }
    }
  }
}
