/** The `q`-quantile of `values` (nearest rank; 0 for none). */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
}

/** `x` to three decimals, as reports print scores (Infinity and NaN stay as they are). */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The sum of `values`, left to right. */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let k = 0; k < values.length; k++) total += values[k]!;
  return total;
}

/** The mean of the `values` whose `keep` is set (0 for none): a score over the sentences that have content. */
export function meanWhere(values: ArrayLike<number>, keep: readonly boolean[]): number {
  let total = 0;
  let n = 0;
  for (let k = 0; k < values.length; k++) {
    if (!keep[k]) continue;
    total += values[k]!;
    n++;
  }
  return n > 0 ? total / n : 0;
}

/**
 * `score / baseline`, smoothed so it stays finite: identical versions have a
 * baseline of 0 when nothing is shared by chance (a short text against
 * itself), and JSON has no Infinity. ε is small against real baselines
 * (0.03–0.3): it moves their lifts by under 3 %.
 */
export function measureLift(score: number, baseline: number, epsilon = LIFT_EPSILON): number {
  return (score + epsilon) / (baseline + epsilon);
}

/** Smoothing of `measureLift`. */
export const LIFT_EPSILON = 0.001;

/**
 * The offsets a third, a half and two thirds of `n` items away: where a null
 * pairs each aligned unit with others far from it (wrapping round), the same
 * for the relatedness check and compare's evidence.
 */
export function farOffsets(n: number): number[] {
  return [Math.floor(n / 3), Math.floor(n / 2), Math.floor((2 * n) / 3)];
}
