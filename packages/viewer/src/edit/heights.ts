/**
 * Row heights for a table that renders only the rows near the screen
 * (virtual scrolling): the measured height of every row that has been on
 * screen, and for the others an estimate, the mean of those measured so far.
 * Offsets are prefix sums, rebuilt lazily after a change: a query after any
 * number of edits and measurements costs one pass over the rows at most
 * (10,000 additions, well under a millisecond).
 */
export interface Heights {
  /** Per row, its measured height in pixels, or NaN while unmeasured. */
  measured: number[];
  /** What an unmeasured row is taken to be before any row is measured. */
  fallback: number;
  sum: number;
  count: number;
  /** `offsets[i]`: the top of row i, the first row's top being 0; `offsets[n]` the total. */
  offsets: Float64Array;
  /** Whether `offsets` are up to date: any measurement moves the estimate, and with it every unmeasured row, so a change makes them all stale. */
  fresh: boolean;
}

export function createHeights(rows: number, fallback: number): Heights {
  return { measured: Array<number>(rows).fill(Number.NaN), fallback, sum: 0, count: 0, offsets: new Float64Array(rows + 1), fresh: false };
}

/** The height an unmeasured row is taken to have. */
export const estimate = (h: Heights): number => (h.count > 0 ? h.sum / h.count : h.fallback);

/** Records row `i`'s height as measured on screen. */
export function measureRow(h: Heights, i: number, px: number): void {
  const before = h.measured[i]!;
  if (before === px) return;
  if (Number.isNaN(before)) h.count++;
  else h.sum -= before;
  h.sum += px;
  h.measured[i] = px;
  h.fresh = false;
}

/** Forgets every measurement (the column widths changed, so every row may wrap differently). */
export function forgetHeights(h: Heights): void {
  h.measured.fill(Number.NaN);
  h.sum = 0;
  h.count = 0;
  h.fresh = false;
}

/** Rows `at`…`at + remove` replaced by `insert` unmeasured rows (an edit's change to the beads). */
export function spliceHeights(h: Heights, at: number, remove: number, insert: number): void {
  const gone = h.measured.splice(at, remove, ...Array<number>(insert).fill(Number.NaN));
  for (const px of gone) {
    if (Number.isNaN(px)) continue;
    h.sum -= px;
    h.count--;
  }
  if (h.offsets.length !== h.measured.length + 1) h.offsets = new Float64Array(h.measured.length + 1);
  h.fresh = false;
}

function refresh(h: Heights): void {
  if (h.fresh) return;
  const n = h.measured.length;
  const guess = estimate(h);
  let y = 0;
  for (let i = 0; i < n; i++) {
    const px = h.measured[i]!;
    y += Number.isNaN(px) ? guess : px;
    h.offsets[i + 1] = y;
  }
  h.fresh = true;
}

/** The top of row `i` (`i` = the row count gives the total height). */
export function offsetOf(h: Heights, i: number): number {
  refresh(h);
  return h.offsets[Math.max(0, Math.min(i, h.measured.length))]!;
}

/** The row at height `y` from the top of the first (clamped to the rows there are). */
export function rowAtOffset(h: Heights, y: number): number {
  refresh(h);
  const n = h.measured.length;
  if (n === 0) return 0;
  let lo = 0;
  let hi = n - 1;
  // The last row whose top is at or above y.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (h.offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
