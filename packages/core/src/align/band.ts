/**
 * The band of the alignment search: for each row i (source sentences
 * consumed) the range of columns j (target sentences consumed) the dynamic
 * program visits. Like Bertalign (Liu & Zhu 2022), a first pass searches a
 * band around the diagonal, whose slope follows the two lengths (so sides of
 * very different length need no refusal), and a second pass searches a
 * narrow band around the first pass's path. Both are linear in length.
 */

import type { BeadSpan } from './beads.js';

/** Column range per row, `lo[i]..hi[i]` inclusive, for rows `0..n`. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** Makes a band monotone and anchored at (0,0) and (n,m), so every cell stays reachable. */
function close(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.max(0, Math.min(lo[i]!, lo[i + 1]!));
  for (let i = 1; i <= n; i++) hi[i] = Math.min(m, Math.max(hi[i]!, hi[i - 1]!));
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  return { lo, hi };
}

/** A band of `halfWidth` columns on either side of the line from (0,0) to (n,m). */
export function diagonalBand(n: number, m: number, halfWidth: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const slope = n > 0 ? m / n : 0;
  const w = halfWidth + Math.ceil(slope);
  for (let i = 0; i <= n; i++) {
    const center = i * slope;
    lo[i] = Math.max(0, Math.floor(center - w));
    hi[i] = Math.min(m, Math.ceil(center + w));
  }
  return close(lo, hi, m);
}

/** A band of `halfWidth` rows and columns around the cells a bead path passes through. */
export function bandAroundPath(path: readonly BeadSpan[], n: number, m: number, halfWidth: number): Band {
  const minJ = new Int32Array(n + 1).fill(m);
  const maxJ = new Int32Array(n + 1).fill(0);
  const visit = (i: number, j: number): void => {
    for (let r = Math.max(0, i - halfWidth); r <= Math.min(n, i + halfWidth); r++) {
      if (j < minJ[r]!) minJ[r] = j;
      if (j > maxJ[r]!) maxJ[r] = j;
    }
  };
  visit(0, 0);
  for (const s of path) {
    // Every row a bead spans sees the columns it spans: a 3-1 bead must not leave holes.
    for (let r = s.i0; r <= s.i0 + s.a; r++) {
      visit(r, s.j0);
      visit(r, s.j0 + s.b);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, minJ[i]! - halfWidth);
    hi[i] = Math.min(m, maxJ[i]! + halfWidth);
  }
  return close(lo, hi, m);
}
