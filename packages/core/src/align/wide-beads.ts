/**
 * Wide beads (one sentence rendered as five to ten): where the search looks
 * at them. A wide bead is costed only where its lengths pass a gate
 * (`beadCost`), tested first on δ² against a squared z (`wideGate`), and in
 * most rows none can: one sentence is far shorter than the shortest five on
 * the other side. Half of pass 2's shapes are wide, so the search asks once
 * per row (`wideRowFilter`) and skips those shapes in every cell of it.
 *
 * The row test is the gate's own on δ², at the row's most favourable lengths
 * and with a 1 % stricter edge: past the expected length r·la, δ²/variance
 * grows with lb, and below it falls, so a shape that fails at the row's
 * shortest span of five (1-k) or longest single sentence (k-1) fails in
 * every cell.
 */

import type { Band } from './band.js';
import type { BeadShape } from './beads.js';
import { zAbove, type LengthModel } from './score-length.js';

/**
 * Where the search looks at wide beads (one sentence rendered as five to ten):
 * only where Gale & Church's length cost of the bead, before its weight, is
 * at most `maxLengthCost` nats, so the beads that lengths do not call for
 * are dropped before their lexical evidence is counted. Searched everywhere,
 * shapes up to 1-10 doubled pass 2's time on a 10k pair; gated at 6 nats
 * (|δ| ≈ 3) they cost 0.1 s per 10k sentences and find the same beads on
 * MAC-Dev (`pnpm bench align`). Without a length model they are not searched.
 */
export interface WideBeads {
  /** Beads with more sentences than this on a side are wide. @default 4 */
  from: number;
  /** Largest unweighted length cost (−log P(match | δ), nats) of a wide bead. @default 6 */
  maxLengthCost: number;
}

/** `WideBeads` with the square of the z past which a bead's length cost is surely above `maxLengthCost`. */
export interface WideGate extends WideBeads {
  beyond2: number;
}

/** The gate of wide beads: `wide` and the squared z (a hair above it, for rounding) past which they are not costed. */
export function wideGate(wide: WideBeads): WideGate {
  const z = zAbove(wide.maxLengthCost);
  return { ...wide, beyond2: z * z * (1 + 1e-9) };
}

/** Margin on the gate's squared z: the row test skips only what the cell test surely rejects. */
const STRICTER = 1.01;

/** δ² beyond `beyond2` times the length variance of (la, lb): the gate's test, in `beadCost` and, stricter, for a whole row here. */
export function beyondGate(la: number, lb: number, model: LengthModel, beyond2: number): boolean {
  const delta = lb - model.ratio * la;
  return delta * delta > beyond2 * model.variance * Math.max((la + lb / model.ratio) / 2, 1);
}

/**
 * A function for `searchBand`'s `shapesAt`: it marks in `active` the shapes
 * that may fit in row i (1) and the wide ones that cannot (0). `lengthA` and
 * `lengthB` are prefix sums of sentence lengths.
 */
export function wideRowFilter(band: Band, shapes: readonly BeadShape[], lengthA: Float64Array, lengthB: Float64Array, model: LengthModel, gate: WideGate): (i: number, active: Uint8Array) => void {
  const strict = gate.beyond2 * STRICTER;
  return (i, active) => {
    const lo = band.lo[i]!;
    const hi = band.hi[i]!;
    // The row's shortest span of `from + 1` sentences and longest single sentence on side b, over the cells of the row.
    const span = gate.from + 1;
    let shortest = Infinity;
    let longest = 0;
    for (let j = Math.max(lo, 1); j <= hi; j++) {
      longest = Math.max(longest, lengthB[j]! - lengthB[j - 1]!);
      if (j >= span) shortest = Math.min(shortest, lengthB[j]! - lengthB[j - span]!);
    }
    for (let s = 0; s < shapes.length; s++) {
      const { a, b } = shapes[s]!;
      active[s] = 1;
      if (b > gate.from && a === 1 && i >= 1) {
        const la = lengthA[i]! - lengthA[i - 1]!;
        // Every 1-b bead of the row is at least `shortest` long on side b.
        if (shortest > model.ratio * la && beyondGate(la, shortest, model, strict)) active[s] = 0;
      } else if (a > gate.from && b === 1 && i >= a) {
        const la = lengthA[i]! - lengthA[i - a]!;
        // Every a-1 bead of the row is at most `longest` long on side b.
        if (longest < model.ratio * la && beyondGate(la, longest, model, strict)) active[s] = 0;
      }
    }
  };
}
