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
import { beyondGate, type WideGate } from './wide-beads.js';
import { coversShares, sharedLexical, unmatchedShare, type BeadShares } from './bead-shares.js';
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

const span = (prefix: Float64Array, from: number, count: number): number => prefix[from + count]! - prefix[from]!;

const evidence: LexicalEvidence = { matched: 0, unmatched: 0, merged: 0 };

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
    out.lexical = w.lexical * evidence.unmatched + w.unsupported * evidence.merged;
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
 * `explainCost(...).total` alone, for the search's inner loop: the same terms
 * summed in the same order (so the same bits and the same path), without the
 * explanation's unit counts and without writing parts into objects.
 *
 * With `before` and `best` (the search's cost up to the bead's first cell and
 * the best total found so far for its last cell), the lexical share is summed
 * first, and when `before` plus it and the shape penalty already reaches
 * `best`, `Infinity` is returned without the length and punctuation terms:
 * the bead cannot win. Every term is ≥ 0 and floating-point addition is
 * monotone, so leaving terms out never makes the sum larger, and the search
 * picks the same bead. Most beads away from the path stop there.
 *
 * The beads the share tables hold take the short way here, small enough for
 * the compiler to inline into the search (no call, and no boxed doubles for
 * `before`, `best` and the result: 0.5 GB of garbage on a 10k pair when it was
 * one large function); the others, and the terms after the test, are out of line.
 */
export function beadCost(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number, before = 0, best = Infinity): number {
  if (a === 0 || b === 0) return unpairedCost(w, a, b);
  if (!inShares(x, a, b) || !coversShares(x.masks!, i0, a, j0, b)) return outsideGate(x, i0, a, j0, b) ? Infinity : fullBeadCost(x, w, i0, a, j0, b, before, best);
  const lexical = sharedLexical(x.masks!, x.shares!, w, i0, a, j0, b);
  const shape = shapePenalty(w, a, b);
  if (before + (lexical + shape) >= best && w.length >= 0 && w.punctuation >= 0 && w.structure >= 0) return Infinity;
  costRest(x, w, i0, a, j0, b);
  return lexical + TERMS[0]! + TERMS[1]! + TERMS[2]! + shape;
}

/**
 * Whether a bead is wide (more than `wide.from` sentences on a side) and fails the gate on its lengths: tested here,
 * inlined into the search, so that pass 2's wide beads (most of them fail) make no call (a third of a million on a 10k pair).
 */
function outsideGate(x: CostInputs, i0: number, a: number, j0: number, b: number): boolean {
  const { wide, lengthModel } = x;
  return wide !== undefined && (a > wide.from || b > wide.from) && (!lengthModel || beyondGate(span(x.lengthA, i0, a), span(x.lengthB, j0, b), lengthModel, wide.beyond2));
}

/** Whether a bead of `a` × `b` sentences is of a shape the share tables hold (a narrow one, where the search keeps tables). */
function inShares(x: CostInputs, a: number, b: number): boolean {
  const { masks, shares, wide } = x;
  return masks !== undefined && shares !== undefined && a <= shares.height && b <= shares.height && !(wide && (a > wide.from || b > wide.from));
}

/** `beadCost` of a bead the share tables do not hold (wide, at the band's edge, or with no tables): its masks counted. */
function fullBeadCost(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number, before: number, best: number): number {
  const model = x.lengthModel;
  const wide = x.wide !== undefined && (a > x.wide.from || b > x.wide.from);
  if (wide) {
    // Half of pass 2's shapes are wide, and nearly all fail their gate: δ² against the gate's z² rejects them
    // before lengthCost (pass 2 of the 20k pair on one thread: 0.2 s of 0.95 s were wide beads' gates).
    if (!model || beyondGate(span(x.lengthA, i0, a), span(x.lengthB, j0, b), model, x.wide!.beyond2)) return Infinity;
  }
  const shape = shapePenalty(w, a, b);
  let lexical = 0;
  const masks = x.masks;
  if (masks) {
    // lexicalEvidence's two loops written out here (no matched count, no object written): calling it
    // instead cost 0.4 s of 7.6 s on the 20k pair (pnpm bench align --scale --sizes 20000 --runs 3).
    const { lo, hi, offset, target, source } = masks;
    let unmatched = 0;
    let merged = 0;
    for (let j = j0; j < j0 + b; j++) {
      let m = 0;
      for (let i = i0; i < i0 + a; i++) if (j >= lo[i]! && j <= hi[i]!) m |= target[offset[i]! + j - lo[i]!]!;
      const share = unmatchedShare(x.unitsB[j]!, m, w.empty);
      unmatched += share;
      if (b > 1) merged += share;
    }
    for (let i = i0; i < i0 + a; i++) {
      let m = 0;
      for (let j = j0; j < j0 + b; j++) if (j >= lo[i]! && j <= hi[i]!) m |= source[offset[i]! + j - lo[i]!]!;
      const share = unmatchedShare(x.unitsA[i]!, m, w.empty);
      unmatched += share;
      if (a > 1) merged += share;
    }
    lexical = w.lexical * unmatched + w.unsupported * merged;
  }
  if (before + (lexical + shape) >= best && w.length >= 0 && w.punctuation >= 0 && w.structure >= 0) return Infinity;
  if (wide && x.lengthModel && lengthCost(span(x.lengthA, i0, a), span(x.lengthB, j0, b), x.lengthModel) > x.wide!.maxLengthCost) return Infinity;
  costRest(x, w, i0, a, j0, b);
  return lexical + TERMS[0]! + TERMS[1]! + TERMS[2]! + shape;
}

/** `costRest`'s terms: length, punctuation, structure. */
const TERMS = new Float64Array(3);

/**
 * The length, punctuation and structure terms of a paired bead, written to `TERMS` in that order: the caller adds
 * them between its lexical and shape terms, in `explainCost`'s order. Written, not returned, so that no double is
 * boxed on its way out of a call the search makes millions of times (two million beads of a 10k pair reach it).
 */
function costRest(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number): void {
  const model = x.lengthModel;
  TERMS[0] = w.length * (model ? lengthCost(span(x.lengthA, i0, a), span(x.lengthB, j0, b), model) : 0);
  TERMS[1] = 0;
  TERMS[2] = 0;
  if (x.anchorsA && x.anchorsB) {
    TERMS[1] = w.punctuation * punctuationMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
    TERMS[2] = w.structure * structureMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
  }
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
function unpairedCost(w: CostWeights, a: number, b: number): number {
  return (a + b) * (w.lexical + w.unaligned);
}

/** The shape term of a paired bead: a penalty per sentence beyond 1-1, and one for many-to-many. */
function shapePenalty(w: CostWeights, a: number, b: number): number {
  return w.merge * Math.max(0, a + b - 2) + (a >= 2 && b >= 2 ? w.manyToMany : 0);
}

/** A zeroed `CostParts`. */
export function emptyParts(): CostParts {
  return { matched: 0, units: 0, lexical: 0, length: 0, punctuation: 0, structure: 0, shape: 0, total: 0 };
}
