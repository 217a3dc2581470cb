/**
 * The alignment search: a dynamic program over cells (i, j) = "first i source
 * and j target sentences aligned", minimizing the summed cost of beads
 * (Gale & Church 1993), visiting only the cells of a band. Costs and back
 * pointers live in typed arrays the size of the band, so time and memory grow
 * with length × band width, never length².
 */

import type { Band } from './band.js';
import type { BeadShape, BeadSpan } from './beads.js';

/**
 * Cost of the bead `[i0, i0+a) × [j0, j0+b)`. `before` is the path's cost up to the bead and `best` the best total
 * found so far for its end cell: a cost function may return any value ≥ `best − before` (Infinity, say) for a bead
 * whose `before` + cost cannot be below `best`, without computing it exactly.
 */
export type BeadCost = (i0: number, a: number, j0: number, b: number, before: number, best: number) => number;

export interface SearchOptions {
  /**
   * A least cost per shape (see `costFloor`): a shape whose predecessor plus
   * floor cannot beat the best so far is not costed. @default 0 for every shape
   */
  floors?: ArrayLike<number> | undefined;
  /** Called before the cells of row i (i source sentences consumed) are costed: beads ending there span rows up to i − 1. */
  onRow?: ((i: number) => void) | undefined;
  /** Called after `onRow`: sets `active[s]` to 0 for each shape s no bead of row i can be (`wideRowFilter`). @default every shape searched */
  shapesAt?: ((i: number, active: Uint8Array) => void) | undefined;
}

/** The cheapest path of beads through the band, in document order. Bead costs must be ≥ 0. */
export function searchBand(band: Band, shapes: readonly BeadShape[], cost: BeadCost, options: SearchOptions = {}): BeadSpan[] {
  const { lo, hi } = band;
  const floors = options.floors ?? [];
  const onRow = options.onRow;
  const shapesAt = options.shapesAt;
  const active = new Uint8Array(shapes.length).fill(1);
  const n = lo.length - 1;
  const count = shapes.length;
  const shapeA = Int32Array.from(shapes, (s) => s.a);
  const shapeB = Int32Array.from(shapes, (s) => s.b);
  const floor = Float64Array.from({ length: count }, (_, s) => floors[s] ?? 0);
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  // Costs are kept for the last rows a bead can reach back over (a ring of `rows` rows, `widest` cells each), back
  // pointers for every cell: a book's costs would be megabytes of fresh pages, each a fault on first write (20 ms a
  // pass on a 10k pair). Every cell of a row is written before a later cell or row reads it.
  const rows = Math.max(...shapeA) + 1;
  let widest = 0;
  for (let i = 0; i <= n; i++) widest = Math.max(widest, hi[i]! - lo[i]! + 1);
  const total = new Float64Array(rows * widest);
  // Where row i − a's cell j is in the ring: total[ring[a] + j], set at each row.
  const ring = new Int32Array(rows);
  const back = new Uint8Array(offset[n + 1]!);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    onRow?.(i);
    shapesAt?.(i, active);
    for (let a = 0; a < rows && a <= i; a++) ring[a] = ((i - a) % rows) * widest - lo[i - a]!;
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = 0;
      for (let s = 0; s < count; s++) {
        if (active[s] === 0) continue;
        const a = shapeA[s]!;
        const b = shapeB[s]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const before = total[ring[a]! + pj]!;
        // Bead costs are never below their floor (≥ 0), so a predecessor that cannot beat the best is not costed.
        if (before + floor[s]! >= best) continue;
        const value = before + cost(pi, a, pj, b, before, best);
        if (value < best) {
          best = value;
          bestShape = s + 1;
        }
      }
      total[ring[0]! + j] = best;
      back[offset[i]! + j - rowLo] = bestShape;
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
