/**
 * The bead cost as the search's inner loop computes it: `explainCost`'s total
 * (cost.ts), to the bit, without its parts, and stopping early where a bead
 * cannot beat the best path to its cell. The search costs millions of beads a
 * pass, so the common bead's path is kept small enough for V8 to inline into
 * the search (no call, no boxed doubles), and the rare ones are out of line.
 */

import { shapePenalty, span, unpairedCost, type CostInputs, type CostWeights } from './cost.js';
import { coversShares, sharedLexical, unmatchedShare } from './bead-shares.js';
import { punctuationMismatch, structureMismatch } from './score-anchors.js';
import { lengthCost } from './score-length.js';
import { beyondGate } from './wide-beads.js';

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
  if (cannotWin(w, before, lexical, shape, best) || !costRest(x, w, i0, a, j0, b)) return Infinity;
  return lexical + TERMS[0]! + TERMS[1]! + TERMS[2]! + shape;
}

/**
 * Whether a paired bead cannot beat `best` whatever its length and punctuation terms: `before` plus its lexical and
 * shape terms already reach it. Those terms are ≥ 0 (with their weights) and floating-point addition is monotone.
 */
function cannotWin(w: CostWeights, before: number, lexical: number, shape: number, best: number): boolean {
  return before + (lexical + shape) >= best && w.length >= 0 && w.punctuation >= 0 && w.structure >= 0;
}

/** Whether a bead has more than `wide.from` sentences on a side, so that it is searched only where its lengths fit (wide-beads.ts). */
function isWide(x: CostInputs, a: number, b: number): boolean {
  return x.wide !== undefined && (a > x.wide.from || b > x.wide.from);
}

/**
 * Whether a bead is wide (more than `wide.from` sentences on a side) and fails the gate on its lengths: tested here,
 * inlined into the search, so that pass 2's wide beads (most of them fail) make no call (a third of a million on a 10k pair).
 */
function outsideGate(x: CostInputs, i0: number, a: number, j0: number, b: number): boolean {
  const model = x.lengthModel;
  return isWide(x, a, b) && (!model || beyondGate(span(x.lengthA, i0, a), span(x.lengthB, j0, b), model, x.wide!.beyond2));
}

/** Whether a bead of `a` × `b` sentences is of a shape the share tables hold (a narrow one, where the search keeps tables). */
function inShares(x: CostInputs, a: number, b: number): boolean {
  const { masks, shares } = x;
  return masks !== undefined && shares !== undefined && a <= shares.height && b <= shares.height && !isWide(x, a, b);
}

/**
 * `beadCost` of a bead the share tables do not hold (wide, at the band's edge, or with no tables): its masks counted.
 * A wide bead has passed `outsideGate` already (half of pass 2's shapes are wide, and nearly all fail it).
 */
function fullBeadCost(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number, before: number, best: number): number {
  const shape = shapePenalty(w, a, b);
  let lexical = 0;
  const masks = x.masks;
  if (masks) {
    // lexicalEvidence's two loops written out here (no matched count, no object written): calling it
    // instead cost 0.4 s of 7.6 s on the 20k pair (pnpm bench align --scale --sizes 20000 --runs 3).
    const { lo, hi, offset, target, source } = masks;
    let unmatched = 0;
    let merged = 0;
    let silent = 0;
    for (let j = j0; j < j0 + b; j++) {
      let m = 0;
      for (let i = i0; i < i0 + a; i++) if (j >= lo[i]! && j <= hi[i]!) m |= target[offset[i]! + j - lo[i]!]!;
      const share = unmatchedShare(x.unitsB[j]!, m, w.empty);
      unmatched += share;
      if (b > 1) merged += share;
      if (b > 1 && share === 1) silent++;
    }
    for (let i = i0; i < i0 + a; i++) {
      let m = 0;
      for (let j = j0; j < j0 + b; j++) if (j >= lo[i]! && j <= hi[i]!) m |= source[offset[i]! + j - lo[i]!]!;
      const share = unmatchedShare(x.unitsA[i]!, m, w.empty);
      unmatched += share;
      if (a > 1) merged += share;
      if (a > 1 && share === 1) silent++;
    }
    lexical = w.lexical * unmatched + w.unsupported * merged + w.silent * silent;
  }
  if (cannotWin(w, before, lexical, shape, best) || !costRest(x, w, i0, a, j0, b)) return Infinity;
  return lexical + TERMS[0]! + TERMS[1]! + TERMS[2]! + shape;
}

/** `costRest`'s terms: length, punctuation, structure. */
const TERMS = new Float64Array(3);

/**
 * The length, punctuation and structure terms of a paired bead, written to `TERMS` in that order: the caller adds
 * them between its lexical and shape terms, in `explainCost`'s order. Written, not returned, so that no double is
 * boxed on its way out of a call the search makes millions of times (two million beads of a 10k pair reach it).
 * False, and nothing written, for a wide bead whose length cost is above the gate's most (`WideGate.maxLengthCost`).
 */
function costRest(x: CostInputs, w: CostWeights, i0: number, a: number, j0: number, b: number): boolean {
  const model = x.lengthModel;
  const raw = model ? lengthCost(span(x.lengthA, i0, a), span(x.lengthB, j0, b), model) : 0;
  if (isWide(x, a, b) && raw > x.wide!.maxLengthCost) return false;
  TERMS[0] = w.length * raw;
  TERMS[1] = 0;
  TERMS[2] = 0;
  if (x.anchorsA && x.anchorsB) {
    TERMS[1] = w.punctuation * punctuationMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
    TERMS[2] = w.structure * structureMismatch(x.anchorsA, i0, a, x.anchorsB, j0, b);
  }
  return true;
}
