/**
 * The per-sentence shares a bead's lexical cost adds up, computed once per
 * cell as the search's mask window fills a row, instead of once per bead.
 * A bead `[i0, i0+a) × [j0, j0+b)` adds, for each of its side-b sentences j,
 * the share of j's units that rows i0…i0+a−1 leave unmatched (the union of
 * their masks at column j), and for each of its side-a sentences i, the share
 * of i's units that columns j0…j0+b−1 leave unmatched. Both depend on the
 * bead's height or width and one end, not on the whole bead, and the search
 * costs every shape at every cell: 13 million beads reach these loops on the
 * 20k pair, each ORing a·b masks per side. Here each cell computes its shares
 * for heights and widths up to four, and `beadCost` reads a + b of them
 * (`sharedLexical`, when `coversShares` says the tables hold the bead), in
 * the order its loops add them (the same doubles, the same sums).
 */

import type { CostWeights } from './cost.js';
import { popcount, type PairMasks } from './score-lexical.js';

/**
 * `1 - matched / units` for every units ≤ 32 (the mask width) and matched ≤ 32,
 * at `units * 33 + matched`: the same doubles as dividing, looked up instead
 * of divided in the search's innermost loop.
 */
const UNMATCHED = Float64Array.from({ length: 33 * 33 }, (_, k) => (k >= 33 ? 1 - (k % 33) / Math.floor(k / 33) : 0));

/** The share of a sentence's `units` (≤ 32) that `mask` leaves unmatched; `empty` for a sentence with no units. */
export function unmatchedShare(units: number, mask: number, empty: number): number {
  return units > 0 ? UNMATCHED[units * 33 + popcount(mask >>> 0)]! : empty;
}

/** Shares by cell of the mask window, `height` of them per cell. */
export interface BeadShares {
  /** Beads up to this many sentences on each side read their shares here; wider ones count their masks. */
  height: number;
  /** At `(cell of (i, j)) · height + h − 1`: the share of j's units left unmatched by rows i − h + 1 … i. */
  column: Float64Array;
  /** At `(cell of (i, j)) · height + w − 1`: the share of i's units left unmatched by columns j … j + w − 1. */
  row: Float64Array;
  /** Computes row i's shares; its masks, and those of the rows above it up to `height`, must be filled. */
  fill(i: number): void;
}

/** Share tables over the cells of `masks` (a window of at least `height` rows), for beads up to `height` sentences a side. */
export function createBeadShares(masks: PairMasks, height: number, unitsA: Int32Array, unitsB: Int32Array, empty: number): BeadShares {
  const { lo, hi, offset, target, source } = masks;
  const column = new Float64Array(target.length * height);
  const row = new Float64Array(target.length * height);
  const fill = (i: number): void => {
    const first = lo[i]!;
    const last = hi[i]!;
    for (let j = first; j <= last; j++) {
      const at = offset[i]! + j - first;
      // Rows i, i − 1, … at column j, each where its own row of masks reaches j, as beadCost's loop reads them.
      let m = 0;
      for (let h = 1; h <= height && i - h + 1 >= 0; h++) {
        const r = i - h + 1;
        if (j >= lo[r]! && j <= hi[r]!) m |= target[offset[r]! + j - lo[r]!]!;
        column[at * height + h - 1] = unmatchedShare(unitsB[j]!, m, empty);
      }
      // Columns j, j + 1, … of row i, up to the row's last.
      let q = 0;
      for (let w = 1; w <= height; w++) {
        if (j + w - 1 <= last) q |= source[at + w - 1]!;
        row[at * height + w - 1] = unmatchedShare(unitsA[i]!, q, empty);
      }
    }
  };
  return { height, column, row, fill };
}

/** Whether the share tables hold a bead: its columns within its last row's masks, its first column within every row's. */
export function coversShares(masks: PairMasks, i0: number, a: number, j0: number, b: number): boolean {
  const last = i0 + a - 1;
  if (j0 < masks.lo[last]! || j0 + b - 1 > masks.hi[last]!) return false;
  for (let i = i0; i < last; i++) if (j0 < masks.lo[i]! || j0 > masks.hi[i]!) return false;
  return true;
}

/** The lexical term of a bead the share tables hold: the same shares as `beadCost`'s loops (bead-cost.ts `fullBeadCost`), read instead of counted, added in the same order. */
export function sharedLexical(masks: PairMasks, shares: BeadShares, w: Pick<CostWeights, 'lexical' | 'unsupported' | 'silent'>, i0: number, a: number, j0: number, b: number): number {
  const { lo, offset } = masks;
  const { height, column, row } = shares;
  const last = i0 + a - 1;
  const at = (offset[last]! + j0 - lo[last]!) * height + a - 1;
  let unmatched = 0;
  let merged = 0;
  let silent = 0;
  for (let k = 0; k < b; k++) {
    const share = column[at + k * height]!;
    unmatched += share;
    if (b > 1) merged += share;
    if (b > 1 && share === 1) silent++;
  }
  for (let i = i0; i < i0 + a; i++) {
    const share = row[(offset[i]! + j0 - lo[i]!) * height + b - 1]!;
    unmatched += share;
    if (a > 1) merged += share;
    if (a > 1 && share === 1) silent++;
  }
  return w.lexical * unmatched + w.unsupported * merged + w.silent * silent;
}
