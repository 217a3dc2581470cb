/**
 * Length score of Gale & Church (1993): the length of a translation is
 * roughly proportional to the length of its source, with a variance that
 * grows with length. Unlike their hard-coded c = 1, s² = 6.8 (for European
 * language pairs), both are estimated from the document pair itself: c as
 * the ratio of total lengths, s² from the beads of a first alignment pass.
 */

import { isWhitespace } from '../ingest/text.js';
import { sum } from '../statistics.js';

/** Expected target characters per source character, and variance per source character. */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * Characters that count for length: code points, everything but whitespace (what `\s` matches). Read by code unit:
 * a string and a regular expression test per character cost the aligner 0.04 GB of garbage on a 10k pair.
 */
export function countLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
      const next = text.charCodeAt(k + 1);
      // A surrogate pair is one code point (never whitespace).
      if (next >= 0xdc00 && next <= 0xdfff) k++;
      n++;
    } else if (!isWhitespace(c)) n++;
  }
  return n;
}

/**
 * A first length model: c from the document totals, s² from pairs of
 * sentences at the same relative position. Those are mostly not
 * translations, so s² comes out generous, which is what a first pass wants.
 */
export function estimateLengthModel(a: Float64Array, b: Float64Array): LengthModel {
  const sumA = sum(a);
  const sumB = sum(b);
  const ratio = sumA > 0 && sumB > 0 ? sumB / sumA : 1;
  const pairs: [number, number][] = [];
  for (let i = 0; i < a.length && b.length > 0; i++) pairs.push([a[i]!, b[Math.min(b.length - 1, Math.round((i * b.length) / a.length))]!]);
  return { ratio, variance: estimateVariance(pairs, ratio) };
}

/** s² from beads believed correct: the mean of (lb − c·la)² / la, Gale & Church's estimator. */
export function estimateVariance(pairs: readonly (readonly [number, number])[], ratio: number): number {
  let sum = 0;
  let count = 0;
  for (const [la, lb] of pairs) {
    const mean = (la + lb / ratio) / 2;
    if (mean <= 0) continue;
    sum += (lb - ratio * la) ** 2 / mean;
    count++;
  }
  // Guard against a degenerate document (all pairs identical): keep a floor of one character per character.
  return count > 0 ? Math.max(sum / count, ratio) : 6.8 * ratio;
}

/** Standard normal upper tail, Abramowitz & Stegun 26.2.17 (error < 7.5e-8). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 0.3989422804014327 * Math.exp((-z * z) / 2) * poly;
}

/** Table steps per unit of z (a power of two, so z · STEPS is exact and rounds as z / (1 / STEPS) would). */
const STEPS = 64;
const STEP = 1 / STEPS;
/** −log(2·(1 − Φ(z))) for z = 0, 1/64, 2/64, … 8: the search looks the tail up instead of calling exp. */
const TAIL = Float64Array.from({ length: 8 / STEP + 1 }, (_, k) => -Math.log(2 * upperTail(k * STEP)));

/** The tail's logarithm at z = 8, where it is least past the table: 32 + log(8·√(2π)) − log 2 ≈ 34.3. */
const BEYOND_TAIL = 34.3;

/** `lengthCost`'s cap, where it does not name one. */
export const LENGTH_CAP = 12;

/** Gale & Church's −log P(match | δ), capped so one wild bead cannot dominate. */
export function lengthCost(la: number, lb: number, model: LengthModel, cap = LENGTH_CAP): number {
  if (la === 0 && lb === 0) return 0;
  const mean = (la + lb / model.ratio) / 2;
  const z = Math.abs((lb - model.ratio * la) / Math.sqrt(model.variance * Math.max(mean, 1)));
  if (z < 8) return Math.min(cap, TAIL[Math.round(z * STEPS)]!);
  // Past z = 8 the tail underflows; its logarithm is then δ²/2 + log(z·√(2π)) − log 2 to within 2%: at least
  // BEYOND_TAIL, above any usual cap, so the logarithm is taken only for a cap above it
  // (the search's wide beads are mostly past z = 8: pass 1 + pass 2 of the 20k pair, one thread, 1.93 → 1.88 s, same beads).
  return cap <= BEYOND_TAIL ? cap : Math.min(cap, (z * z) / 2 + Math.log(z * 2.5066282746) - Math.LN2);
}

/**
 * A z past which `lengthCost` is above `most` (Infinity when its cap is not): the least z that rounds onto the table's
 * first entry above it. The search tests wide beads against it on δ² (no square root, no division) before costing them.
 */
export function zAbove(most: number, cap = LENGTH_CAP): number {
  if (most >= cap) return Infinity;
  let k = 0;
  while (k < TAIL.length && TAIL[k]! <= most) k++;
  // lengthCost's index Math.round(z · STEPS) ≥ k once z · STEPS ≥ k − 0.5 (z · STEPS is exact); past the table, z ≥ 8.
  return k < TAIL.length ? (k - 0.5) * STEP : 8;
}
