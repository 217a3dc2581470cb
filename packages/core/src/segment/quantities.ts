/**
 * Quantities of a sentence: numbers, years, dates, percentages and money,
 * each with its offsets in the text and a value that does not depend on how
 * it was written, so 三千, 3,000, 3千 and three thousand are one value, and
 * 2014年6月6日, June 6, 2014 and 2014-06-06 one date. Both the aligner (as
 * anchors) and compare (as facts a version must not change) read them here.
 *
 * Chinese numerals are words inside running text, and 一 is also an article
 * (一个人 = a man) and part of many words (一样, 万一, 一五一十): a lone
 * numeral character counts only before a counter (三个, 两年), a longer run
 * only when it reads as one numeral, and never after 第 (an ordinal).
 */

import { measureOf } from './measures.js';
import { findQuantityCandidates, type QuantityCandidate } from './quantity-patterns.js';

/** What a quantity is. A year alone is a `year`; a month or day with or without one is a `date`. */
export type QuantityKind = 'number' | 'year' | 'date' | 'percent' | 'money';

/** Parts of a date; a part the text leaves out is absent. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export interface Quantity {
  kind: QuantityKind;
  /** UTF-16 offsets into the text given, and the text between them. */
  start: number;
  end: number;
  text: string;
  /** The value, or a range (五六个 = 5–6). A date's `low`/`high` is its year, or 0 without one. */
  low: number;
  high: number;
  /** Said loosely: 两百多, 约, about, more than, -odd. */
  approx: boolean;
  /** The counter or word after a number (人, 年, people), a currency (CNY, USD) for money, else ''. */
  unit: string;
  date?: DateParts;
}

/**
 * Full-width digits, ％ and ． as ASCII, one code unit for one, so offsets in
 * the normalised text are offsets in the original.
 */
export function toHalfWidthDigits(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTHS, toHalfWidth) : text;
}

const FULL_WIDTH = /[\uff10-\uff19\uff05\uff0e\uff04]/u;
const FULL_WIDTHS = new RegExp(FULL_WIDTH.source, 'gu');
const toHalfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Candidates in text order, the longer first where two start together. (Not a closure in findQuantities: tsx names each closure it makes, per sentence.) */
const byStartThenLonger = (a: QuantityCandidate, b: QuantityCandidate): number => a.start - b.start || b.end - a.end;

/**
 * Every quantity in `text`, in order, none overlapping: where two readings
 * overlap the longer wins (2014年6月6日 is one date, not a year and two numbers).
 */
export function findQuantities(text: string): Quantity[] {
  return resolveQuantities(text, true);
}

/**
 * `findQuantities` without what only compare reads: every quantity exact
 * (`approx` false) and without a unit (''). The aligner's anchors read only
 * kinds, values and dates, and reading the words around each quantity was
 * most of its cost there.
 */
export function findBareQuantities(text: string): Quantity[] {
  return resolveQuantities(text, false);
}

function resolveQuantities(text: string, details: boolean): Quantity[] {
  const normal = toHalfWidthDigits(text);
  const found = findQuantityCandidates(normal, details).sort(byStartThenLonger);
  const out: Quantity[] = [];
  let reached = 0;
  for (const q of found) {
    if (q.start < reached) continue;
    out.push({ ...q, text: text.slice(q.start, q.end) });
    reached = q.end;
  }
  return out;
}

export interface QuantityOptions {
  /**
   * How far a loosely stated quantity reaches, as a factor either side of its
   * value: 十几 (10, loose) meets a dozen, more than a dozen meets 十七八.
   * @default 1.5
   */
  looseFactor?: number;
}

const isDateLike = (q: Quantity): boolean => q.kind === 'date' || q.kind === 'year';

/** The parts of a year or date. */
export function datePartsOf(q: Quantity): DateParts {
  return q.kind === 'year' ? { year: q.low } : (q.date ?? {});
}

/**
 * Whether two quantities state the same thing: dates agree on every part
 * both give (June 6 and 2014年6月6日 agree); a year and a bare number agree
 * when equal; values agree when equal, or, when either is loose, when their
 * ranges meet once the loose one is widened by `looseFactor` (五六个 and
 * five, 两百多 and more than two hundred).
 */
export function isSameQuantity(a: Quantity, b: Quantity, options: QuantityOptions = {}): boolean {
  if (isDateLike(a) && isDateLike(b)) {
    const x = datePartsOf(a);
    const y = datePartsOf(b);
    let shared = 0;
    for (const part of ['year', 'month', 'day'] as const) {
      if (x[part] === undefined || y[part] === undefined) continue;
      if (x[part] !== y[part]) return false;
      shared++;
    }
    return shared > 0;
  }
  if (a.kind === 'date' || b.kind === 'date') return false;
  // Loose wording (十几, about, more than a dozen) meets any value near its range; exact ranges (2 到 3 倍) must be the same range.
  if (!a.approx && !b.approx) return (a.low === b.low && a.high === b.high) || isRoundingOf(a, b) || isRoundingOf(b, a);
  const f = options.looseFactor ?? 1.5;
  const [aLow, aHigh] = a.approx ? [a.low / f, a.high * f] : [a.low, a.high];
  const [bLow, bHigh] = b.approx ? [b.low / f, b.high * f] : [b.low, b.high];
  return aLow <= bHigh && bLow <= aHigh;
}

/** The decimals of a quantity written as a plain decimal number (2.726, 1,234.5), whose value is that number; else undefined. */
function decimalsOf(q: Quantity): number | undefined {
  const m = /^\d[\d,]*\.(\d+)$/u.exec(toHalfWidthDigits(q.text));
  return m && q.low === q.high && Number(q.text.replace(/,/g, '')) === q.low ? m[1]!.length : undefined;
}

/**
 * Whether `rounded` is `precise` rounded to fewer decimals (2.726 of 2.7255,
 * 3.1 of 3.14): one measurement stated at two precisions, as translations
 * and summaries round. Both must be written as decimals, so 3 is never taken
 * for a rounding of 2.7.
 */
function isRoundingOf(rounded: Quantity, precise: Quantity): boolean {
  const [r, p] = [decimalsOf(rounded), decimalsOf(precise)];
  if (r === undefined || p === undefined || r >= p) return false;
  // Half a step of the rounded number's last decimal, in integer units of the precise one's, so 2.7255 → 2.726 is exact.
  const scale = 10 ** p;
  const gap = Math.abs(Math.round(precise.low * scale) - Math.round(rounded.low * scale));
  return gap * 2 <= 10 ** (p - r);
}

/**
 * Whether two quantities can be compared at all: dates or years that give a
 * common part (a year says nothing about June 6), or two values, which, when
 * either is a measurement, must be in the same unit.
 */
export function isComparable(a: Quantity, b: Quantity): boolean {
  // A measurement against another unit, or against a bare number, may be a conversion (二十英尺 / six metres).
  const [ma, mb] = [measureOf(a.unit), measureOf(b.unit)];
  if ((ma !== undefined || mb !== undefined) && ma !== mb) return false;
  if (isDateLike(a) && isDateLike(b)) {
    const x = datePartsOf(a);
    const y = datePartsOf(b);
    return (['year', 'month', 'day'] as const).some((part) => x[part] !== undefined && y[part] !== undefined);
  }
  return a.kind !== 'date' && b.kind !== 'date';
}
