/**
 * What the quantity patterns share (`quantity-patterns.ts` for dates,
 * percentages and money, `quantity-numbers.ts` for plain numbers): the
 * pieces of their patterns, reading a value however it is written, and the
 * list the readings are collected in, with whether each is said loosely.
 */

import { CHINESE_PLACES, CHINESE_SECTIONS, ENGLISH_ONES, ENGLISH_SCALES, readChineseNumeral, readEnglishNumber, type NumeralValue } from './numerals.js';
import type { DateParts, Quantity } from './quantities.js';
import { readUnitAfter } from './measures.js';

export type QuantityCandidate = Omit<Quantity, 'text'>;

export const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
export const HAN_NUMERAL = '[〇零一二两三四五六七八九十百千万亿壹贰貳兩叁參肆伍陆陸柒捌玖拾佰仟萬億]';
export const WORD = `(?:${[...Object.keys(ENGLISH_ONES), ...Object.keys(ENGLISH_SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
export const WORDS = String.raw`(?:(?:an?\s+)?${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*)`;

const SCALED_DIGITS = new RegExp(`^(${NUM})\\s*([十百千万亿萬億]|hundred|thousand|million|billion)?$`, 'iu');
const ALL_HAN_NUMERAL = new RegExp(`^${HAN_NUMERAL}+$`, 'u');
/** Magnitudes written after digits: 3千, 1.5万, 3 million. */
const MAGNITUDES: Readonly<Record<string, number>> = { ...CHINESE_PLACES, ...CHINESE_SECTIONS, ...ENGLISH_SCALES };

/** A number in digits, Chinese numerals or English words, with a magnitude after it (3千, 1.5万, 3 million). */
export function readValue(text: string): NumeralValue | undefined {
  const t = text.trim();
  const digits = SCALED_DIGITS.exec(t);
  if (digits) {
    const scale = digits[2] ? (MAGNITUDES[digits[2].toLowerCase()] ?? 1) : 1;
    const v = Math.round(Number(digits[1]!.replace(/,/g, '')) * scale * 1e6) / 1e6;
    return { low: v, high: v };
  }
  if (ALL_HAN_NUMERAL.test(t)) return readChineseNumeral(t);
  const english = readEnglishNumber(t.replace(/^an?\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)/iu, ''));
  return english === undefined ? undefined : { low: english, high: english };
}

/** Words that make a quantity loose: before it (约, about) and after it (多, odd). */
const APPROX_BEFORE = /(?:约|大约|大概|近|将近|將近|超过|超過|几|幾|\babout|\baround|\bnearly|\balmost|\bover|\bmore than|\bless than|\broughly|\bapproximately|\bsome|\bfew|\bseveral|\bmany|\bor)\s*$/iu;
/**
 * The last characters of `APPROX_BEFORE`'s words in either case (no other character folds to one of them):
 * before a quantity whose last character (spaces aside) is none of these the pattern cannot match,
 * and testing it is most of the cost of a quantity.
 */
const APPROX_BEFORE_ENDS = new Set([...'约概近过過几幾tdyrnewlTDYRNEWL'].map((c) => c.charCodeAt(0)));
const APPROX_AFTER = /^(?:多|余|餘|来|來|几|幾|左右|上下|-odd|\s+odd|\s+or\b)/u;
/** After a year or date only 左右/上下 (around) make it loose: in 1998年来到 and 1998年来 (since 1998) 来 is a word of its own. */
const DATE_APPROX_AFTER = /^(?:左右|上下)/u;

/** Whether the text before a quantity makes it loose (`APPROX_BEFORE`). */
function isApproxBefore(before: string): boolean {
  // \s*$ in the pattern is what trimEnd removes.
  const trimmed = before.trimEnd();
  return APPROX_BEFORE_ENDS.has(trimmed.charCodeAt(trimmed.length - 1)) && APPROX_BEFORE.test(before);
}

/**
 * The readings of one text (full-width digits already ASCII). With `details`
 * false, every reading is exact and has no unit: the anchors read only kinds,
 * values and dates, and the words around a quantity cost more to read than the
 * quantity itself.
 */
export class Candidates {
  readonly list: QuantityCandidate[] = [];

  constructor(
    readonly text: string,
    readonly details: boolean,
  ) {}

  /** The unit written after `end` (`readUnitAfter`), or '' without details. */
  unitAfter(end: number): string {
    return this.details ? readUnitAfter(this.text, end) : '';
  }

  /** Adds a reading; `loose` when its own wording is loose (五六个, two or three), not only the words around it. */
  add(start: number, end: number, kind: Quantity['kind'], value: NumeralValue, unit: string, date?: DateParts, loose = false): void {
    const text = this.text;
    const approx = this.details && (loose || isApproxBefore(text.slice(Math.max(0, start - 20), start)) || (kind === 'year' || kind === 'date' ? DATE_APPROX_AFTER : APPROX_AFTER).test(text.slice(end, end + 8)));
    this.list.push(date ? { kind, start, end, low: value.low, high: value.high, approx, unit, date } : { kind, start, end, low: value.low, high: value.high, approx, unit });
  }
}
