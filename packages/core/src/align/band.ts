/**
 * The band of the alignment search: for each row i (source sentences
 * consumed) the range of columns j (target sentences consumed) the dynamic
 * program visits. Like Bertalign (Liu & Zhu 2022), a first pass searches a
 * band around a path through confident anchors (anchor-chain.ts), falling
 * back on the diagonal only where there are none, and a second pass searches
 * a narrow band around the first pass's path. A path that drifts far from
 * the diagonal (a chapter left out on one side) stays inside the band, sides
 * of very different length need no refusal, and both passes are linear in
 * length.
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

/**
 * Column extremes per row of boxes of half-width w around cells (i, j): the
 * union of those boxes, filled to a band. Boxes, not column offsets, so a
 * steep stretch (many target sentences against one source sentence) is as
 * wide as a flat one.
 */
class BoxUnion {
  readonly minJ: Int32Array;
  readonly maxJ: Int32Array;
  constructor(
    readonly n: number,
    readonly m: number,
  ) {
    this.minJ = new Int32Array(n + 1).fill(m);
    this.maxJ = new Int32Array(n + 1).fill(0);
  }
  visit(i: number, j: number, w: number): void {
    for (let r = Math.max(0, i - w); r <= Math.min(this.n, i + w); r++) {
      if (j - w < this.minJ[r]!) this.minJ[r] = Math.max(0, j - w);
      if (j + w > this.maxJ[r]!) this.maxJ[r] = Math.min(this.m, j + w);
    }
  }
  toBand(): Band {
    return close(this.minJ, this.maxJ, this.m);
  }
}

/** A band of `halfWidth` rows and columns around the cells a bead path passes through. */
export function bandAroundPath(path: readonly BeadSpan[], n: number, m: number, halfWidth: number): Band {
  const boxes = new BoxUnion(n, m);
  boxes.visit(0, 0, halfWidth);
  for (const s of path) {
    // Every row a bead spans sees the columns it spans: a 3-1 bead must not leave holes.
    for (let r = s.i0; r <= s.i0 + s.a; r++) {
      boxes.visit(r, s.j0, halfWidth);
      boxes.visit(r, s.j0 + s.b, halfWidth);
    }
  }
  return boxes.toBand();
}

/** Half-widths of the band around an anchor path, in sentences across a 1:1 path; see `bandAroundAnchors`. */
export interface AnchorBandWidths {
  /** Smallest half-width. */
  min: number;
  /** Share of the harmonic mean of the gap between two anchors, the width that holds every monotone path between them. */
  fraction: number;
  /** Largest half-width, which bounds time where anchors are far apart. */
  max: number;
}

/**
 * A band around the piecewise-linear path through `anchors` (sentence pairs
 * strictly increasing on both sides, as `chainAnchors` returns them), from
 * (0,0) to (n,m); with no anchors, the diagonal. The band is the union of
 * boxes of radius w/2 around the cells of the path, w across a 1:1 path as
 * for `diagonalBand`. Between two anchors `di` rows and `dj` columns apart,
 * a monotone path strays at most `di·dj/(di+dj)` from the straight segment
 * in both directions, half their harmonic mean, so there
 * `w = clamp(fraction · 2·di·dj/(di+dj), min, max)`: a long omission between
 * close anchors (di large, dj small) needs little width, and a stretch
 * without anchors gets the widest band.
 */
export function bandAroundAnchors(anchors: readonly { i: number; j: number }[], n: number, m: number, widths: AnchorBandWidths): Band {
  const boxes = new BoxUnion(n, m);
  // An anchor pair (i, j) is the bead from cell (i, j) to (i+1, j+1).
  const points: [number, number][] = [[0, 0]];
  for (const a of anchors) points.push([a.i, a.j], [a.i + 1, a.j + 1]);
  points.push([n, m]);
  for (let k = 1; k < points.length; k++) {
    const [i0, j0] = points[k - 1]!;
    const [i1, j1] = points[k]!;
    const di = i1 - i0;
    const dj = j1 - j0;
    const harmonic = di + dj > 0 ? (2 * di * dj) / (di + dj) : 0;
    const w = Math.ceil(Math.min(widths.max, Math.max(widths.min, widths.fraction * harmonic)) / 2);
    const steps = Math.max(di, dj, 1);
    // Steps of at most one row and one column: the boxes of consecutive cells overlap.
    for (let s = 0; s <= steps; s++) boxes.visit(i0 + Math.round((s * di) / steps), j0 + Math.round((s * dj) / steps), w);
  }
  return boxes.toBand();
}
