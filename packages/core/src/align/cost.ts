/**
 * The cost of a bead, the quantity the search minimizes: lexical evidence
 * (share of units without a translation in the bead, counted per sentence so
 * that a merge must bring its own evidence), the Gale & Church length cost,
 * anchors, and fixed per-shape penalties. Fixed shape priors, as in Gale &
 * Church, rather than priors estimated from the document: estimated ones feed
 * back into ever-larger merges.
 */

import { punctuationMismatch, structureMismatch, type AnchorFeatures } from './score-anchors.js';
import { lengthCost, type LengthModel } from './score-length.js';
import type { WideGate } from './wide-beads.js';
import type { BeadShares } from './bead-shares.js';
import { lexicalEvidence, type LexicalEvidence, type PairMasks } from './score-lexical.js';

/** Weights of the cost terms. */
export interface CostWeights {
  /** Per sentence, times the share of the bead's units left unmatched. @default 1 */
  lexical: number;
  /** Times the Gale & Church cost (−log probability, nats). @default 0.1 */
  length: number;
  /** Per unmatched ? ! or dialogue quote. @default 0.15 */
  punctuation: number;
  /** For a heading or list item paired with something else. @default 3 */
  structure: number;
  /** Per sentence beyond the second in a bead. @default 0.35 */
  merge: number;
  /** Extra for a many-to-many bead (2-2). @default 0.5 */
  manyToMany: number;
  /** Per sentence left without a counterpart, on top of the lexical weight. @default 0.6 */
  unaligned: number;
  /** Extra, times the unmatched share of each sentence on a side with two or more: merges must be earned. @default 0 (1 for character n-grams) */
  unsupported: number;
  /** Lexical cost of a sentence with no units of its own. @default 0.5 */
  empty: number;
  /**
   * Per sentence on a side with two or more that shares no unit with the bead's other side (`alignPair` sets it for
   * its second pass where the document's dictionary evidence is reliable, `AlignOptions.silentMerges`). @default 0
   */
  silent: number;
}

/** Per-side inputs of the cost. */
export interface CostInputs {
  masks: PairMasks | undefined;
  /** The masks' per-cell shares (bead-shares.ts), where the search keeps them; beads they do not cover count their masks. */
  shares?: BeadShares | undefined;
  /** Units per sentence, capped at 32 (the mask width). */
  unitsA: Int32Array;
  unitsB: Int32Array;
  /** Prefix sums of sentence lengths: `lengthA[k]` = characters of sentences before k. */
  lengthA: Float64Array;
  lengthB: Float64Array;
  lengthModel: LengthModel | undefined;
  anchorsA: AnchorFeatures | undefined;
  anchorsB: AnchorFeatures | undefined;
  /** Beads with more than `from` sentences on a side are searched only where their lengths fit (see `WideBeads`, `wideGate`). */
  wide: WideGate | undefined;
}

/** The explainable parts of a bead's cost. */
export interface CostParts {
  matched: number;
  units: number;
  lexical: number;
  length: number;
  punctuation: number;
  structure: number;
  shape: number;
  total: number;
}

function add(values: Int32Array, from: number, count: number): number {
  let s = 0;
  for (let k = from; k < from + count; k++) s += values[k]!;
  return s;
}

/** The total over `count` entries from `from` of a side's prefix sums (`CostInputs.lengthA`, `lengthB`). */
export const span = (prefix: Float64Array, from: number, count: number): number => prefix[from + count]! - prefix[from]!;

const evidence: LexicalEvidence = { matched: 0, unmatched: 0, merged: 0, silent: 0 };

/**
 * The parts of the cost of bead `[i0, i0+a) × [j0, j0+b)`, written into `out`
 * (the search calls this for every cell and shape, so it must not allocate).
 */
export function explainCost(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number, out: CostParts = emptyParts()): CostParts {
  out.units = add(x.unitsA, i0, a) + add(x.unitsB, j0, b);
  out.matched = 0;
  out.length = out.punctuation = out.structure = out.shape = 0;
  if (a === 0 || b === 0) {
    out.lexical = out.total = unpairedCost(w, a, b);
    return out;
  }
  out.lexical = 0;
  if (x.masks) {
    lexicalEvidence(x.masks, x.unitsA, x.unitsB, w.empty, i0, a, j0, b, evidence);
    out.matched = evidence.matched;
    out.lexical = w.lexical * evidence.unmatched + w.unsupported * evidence.merged + w.silent * evidence.silent;
  }
  if (x.lengthModel) out.length = w.length * lengthCost(span(x.lengthA, i0, a), span(x.lengthB, j0, b), x.lengthModel);
  if (x.anchorsA && x.anchorsB) {
    out.punctuation = w.punctuation * punctuationMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
    out.structure = w.structure * structureMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
  }
  out.shape = shapePenalty(w, a, b);
  out.total = out.lexical + out.length + out.punctuation + out.structure + out.shape;
  return out;
}

/**
 * The least cost a bead of `a` × `b` sentences can have: its whole cost for
 * 0-1 and 1-0, its shape penalty otherwise (every other term is ≥ 0, and a
 * sum of non-negative doubles is never below one of its terms). The search
 * skips a shape whose floor cannot beat the best so far. 0 when a weight is
 * negative, where no floor holds.
 */
export function costFloor(w: CostWeights, a: number, b: number): number {
  if (Object.values(w).some((value) => value < 0)) return 0;
  return a === 0 || b === 0 ? unpairedCost(w, a, b) : shapePenalty(w, a, b);
}

/** The whole cost of a one-sided bead (0-b or a-0): every sentence unaligned. */
export function unpairedCost(w: CostWeights, a: number, b: number): number {
  return (a + b) * (w.lexical + w.unaligned);
}

/** The shape term of a paired bead: a penalty per sentence beyond 1-1, and one for many-to-many. */
export function shapePenalty(w: CostWeights, a: number, b: number): number {
  return w.merge * Math.max(0, a + b - 2) + (a >= 2 && b >= 2 ? w.manyToMany : 0);
}

/** A zeroed `CostParts`. */
export function emptyParts(): CostParts {
  return { matched: 0, units: 0, lexical: 0, length: 0, punctuation: 0, structure: 0, shape: 0, total: 0 };
}
