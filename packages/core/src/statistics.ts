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
