/**
 * The alignment search: a dynamic program over cells (i, j) = "first i source
 * and j target sentences aligned", minimizing the summed cost of beads
 * (Gale & Church 1993), visiting only the cells of a band. Costs and back
 * pointers live in typed arrays the size of the band, so time and memory grow
 * with length × band width, never length².
 */

import type { Band } from './band.js';
import type { BeadShape, BeadSpan } from './beads.js';

/** Cost of the bead `[i0, i0+a) × [j0, j0+b)`. */
export type BeadCost = (i0: number, a: number, j0: number, b: number) => number;

/** The cheapest path of beads through the band, in document order. */
export function searchBand(band: Band, shapes: readonly BeadShape[], cost: BeadCost): BeadSpan[] {
  const { lo, hi } = band;
  const n = lo.length - 1;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  const total = new Float64Array(offset[n + 1]!).fill(Infinity);
  const back = new Uint8Array(offset[n + 1]!);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = offset[i]! + j - lo[i]!;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < shapes.length; s++) {
        const { a, b } = shapes[s]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const before = total[offset[pi]! + pj - lo[pi]!]!;
        // Bead costs are never negative, so a predecessor already worse than the best cannot win.
        if (before >= best) continue;
        const value = before + cost(pi, a, pj, b);
        if (value < best) {
          best = value;
          bestShape = s + 1;
        }
      }
      total[here] = best;
      back[here] = bestShape;
    }
  }
  const path: BeadSpan[] = [];
  let i = n;
  let j = hi[n]!;
  while (i > 0 || j > 0) {
    const s = back[offset[i]! + j - lo[i]!]!;
    if (s === 0) throw new Error(`searchBand: cell (${i}, ${j}) is unreachable; the band is not connected`);
    const { a, b } = shapes[s - 1]!;
    i -= a;
    j -= b;
    path.push({ i0: i, a, j0: j, b });
  }
  return path.reverse();
}
