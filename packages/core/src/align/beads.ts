/**
 * Bead shapes and bead-list helpers. A bead pairs `a` consecutive sentences of
 * one side with `b` consecutive sentences of the other (Gale & Church 1993's
 * "beads"); 0-1 and 1-0 beads hold a sentence with no counterpart.
 */

/** A bead shape: how many sentences it takes from each side. */
export interface BeadShape {
  a: number;
  b: number;
}

/**
 * The shapes searched for a largest bead of `maxBead` sentences on one side:
 * 0-1, 1-0, 1-1, 1-k and k-1 up to `maxBead`, 2-2 when `maxBead` ≥ 2, and
 * 2-3 and 3-2 when `maxBead` ≥ 4 (so not in the first pass, which searches
 * up to 3 and only has to find the path): MAC-Dev's gold has 19 of them
 * against 21 2-2, and they took exact F1 0.864 → 0.865 there and 0.854 →
 * 0.861 on the 20k scale pair, in the same CPU time within the noise
 * (`pnpm bench align`). Larger many-to-many shapes are rarer (7 on MAC-Dev)
 * and cost search time.
 */
export function listBeadShapes(maxBead: number): BeadShape[] {
  if (!Number.isInteger(maxBead) || maxBead < 1) throw new RangeError(`maxBead must be an integer ≥ 1, got ${maxBead}`);
  const shapes: BeadShape[] = [{ a: 0, b: 1 }, { a: 1, b: 0 }, { a: 1, b: 1 }];
  for (let k = 2; k <= maxBead; k++) shapes.push({ a: 1, b: k }, { a: k, b: 1 });
  if (maxBead >= 2) shapes.push({ a: 2, b: 2 });
  if (maxBead >= 4) shapes.push({ a: 2, b: 3 }, { a: 3, b: 2 });
  return shapes;
}

/** A bead as sentence index spans: `[i0, i0 + a)` and `[j0, j0 + b)`. */
export interface BeadSpan {
  i0: number;
  a: number;
  j0: number;
  b: number;
}

/** Sentence indices `[from, from + count)`. */
export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/** Throws unless the beads cover `[0, n)` and `[0, m)` exactly once each, in order. */
export function checkCoverage(beads: readonly { a: readonly number[]; b: readonly number[] }[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  beads.forEach((bead, k) => {
    for (const x of bead.a) if (x !== i++) throw new Error(`bead ${k}: side a sentence ${x} out of order (expected ${i - 1})`);
    for (const y of bead.b) if (y !== j++) throw new Error(`bead ${k}: side b sentence ${y} out of order (expected ${j - 1})`);
  });
  if (i !== n || j !== m) throw new Error(`beads cover ${i}/${n} and ${j}/${m} sentences`);
}
