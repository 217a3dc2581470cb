/**
 * The written forms of quantities, as patterns over a text whose full-width
 * digits are already ASCII (`quantities.ts` picks among overlapping readings).
 * One function per form: dates, percentages and money here, then plain
 * numbers in digits, Chinese numerals and English words (`quantity-numbers.ts`).
 */

import { ENGLISH_MONTHS, readChineseNumeral } from './numerals.js';
import type { DateParts } from './quantities.js';
import { Candidates, HAN_NUMERAL, NUM, readValue, WORDS, type QuantityCandidate } from './quantity-candidates.js';
import { findNumbers } from './quantity-numbers.js';

export type { QuantityCandidate } from './quantity-candidates.js';

const MONTH = `(?:${Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\.?`;
const CN_DAY = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

const CN_YEAR_PART = '(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年(?!代|级|級)';
const CN_DATE = new RegExp(`(?<![\\d〇零一二三四五六七八九十])(?:${CN_YEAR_PART}\\s*)?${CN_DAY}\\s*月(?!份?[之的])(?:\\s*${CN_DAY}\\s*[日号號])?`, 'gu');
const CN_YEAR = new RegExp(`(?<![\\d〇零一二三四五六七八九十])${CN_YEAR_PART}`, 'gu');
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4})\\b)?`, 'gu');
const MONTH_YEAR = new RegExp(`\\b(${MONTH}),?\\s+(\\d{4})\\b`, 'gu');
const VALUE = `(${NUM}(?:\\s*(?:[万亿千]|hundred|thousand|million|billion)\\b)?|${HAN_NUMERAL}+|${WORDS})`;
const PERCENT = new RegExp(`(?<![\\w.])${VALUE}\\s*(?:%|per\\s?cent\\b)`, 'giu');
const CN_PERCENT = new RegExp(`百分之(${NUM}|${HAN_NUMERAL}+)`, 'gu');
const CURRENCY_HINT = /[$¥￥€£元圆圓镑鎊]|RMB|dollar|yuan|pound|euro/iu;
const MONEY_BEFORE = new RegExp(`(US\\$|\\$|¥|￥|€|£|RMB\\s?)\\s*(${NUM}(?:\\s*(?:[万亿千]|hundred|thousand|million|billion)\\b)?)`, 'giu');
const MONEY_AFTER = new RegExp(`(?<![\\w.])${VALUE}\\s*(?:多|余|餘)?\\s*(美元|美金|元|块钱|塊錢|圆|圓|英镑|英鎊|欧元|歐元|dollars?\\b|yuan\\b|pounds?\\b|euros?\\b|RMB\\b)`, 'giu');
function chineseValue(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text);
  const v = readChineseNumeral(text);
  return v && v.low === v.high ? v.low : undefined;
}

const money = (unit: string): string =>
  /^(?:\$|US\$|美元|美金|dollars?)$/iu.test(unit) ? 'USD' : /^(?:£|英镑|英鎊|pounds?)$/iu.test(unit) ? 'GBP' : /^(?:€|欧元|歐元|euros?)$/iu.test(unit) ? 'EUR' : 'CNY';

/** Adds a date or year found by `m`, unless a part is no number or out of range. */
function addDate(found: Candidates, m: RegExpMatchArray, date: DateParts): void {
  const parts = [date.year, date.month, date.day].filter((x) => x !== undefined);
  if (parts.some((x) => Number.isNaN(x)) || (date.month !== undefined && (date.month < 1 || date.month > 12)) || (date.day !== undefined && (date.day < 1 || date.day > 31))) return;
  const year = date.year ?? 0;
  found.add(m.index!, m.index! + m[0].length, date.month === undefined ? 'year' : 'date', { low: year, high: year }, '', date.month === undefined ? undefined : date);
}

/** The parts of a date as matched; NaN for a part that reads as no number. */
function dateParts(y?: string, mo?: number | string, d?: string): DateParts {
  const date: DateParts = {};
  if (y) date.year = chineseValue(y) ?? NaN;
  if (mo !== undefined) date.month = typeof mo === 'number' ? mo : (chineseValue(mo) ?? NaN);
  if (d) date.day = chineseValue(d) ?? NaN;
  return date;
}

const monthOf = (name: string): number => ENGLISH_MONTHS[name.toLowerCase().replace('.', '')]!;

// Helpers at module level, not closures inside: tsx (keepNames) names every closure it creates, a cost per sentence.
function findDates(found: Candidates): void {
  const text = found.text;
  if (text.includes('-')) for (const m of text.matchAll(/(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu)) addDate(found, m, dateParts(m[1], m[2], m[3]));
  if (/[年月]/u.test(text)) {
    for (const m of text.matchAll(CN_DATE)) addDate(found, m, dateParts(m[1], m[2], m[3]));
    for (const m of text.matchAll(CN_YEAR)) addDate(found, m, dateParts(m[1]));
  }
  if (!/\d/.test(text)) return;
  for (const m of text.matchAll(MONTH_DAY)) addDate(found, m, dateParts(m[3], monthOf(m[1]!), m[2]));
  for (const m of text.matchAll(DAY_MONTH)) addDate(found, m, dateParts(m[3], monthOf(m[2]!), m[1]));
  for (const m of text.matchAll(MONTH_YEAR)) addDate(found, m, dateParts(m[2], monthOf(m[1]!)));
}

function findPercentsAndMoney(found: Candidates): void {
  const text = found.text;
  if (/%|per\s?cent|百分之/iu.test(text)) for (const m of text.matchAll(PERCENT)) {
    const v = readValue(m[1]!);
    if (v) found.add(m.index, m.index + m[0].length, 'percent', v, '%');
  }
  if (text.includes('百分之')) for (const m of text.matchAll(CN_PERCENT)) {
    const v = readValue(m[1]!);
    if (v) found.add(m.index, m.index + m[0].length, 'percent', v, '%');
  }
  if (!CURRENCY_HINT.test(text)) return;
  for (const m of text.matchAll(MONEY_BEFORE)) {
    const v = readValue(m[2]!);
    if (v) found.add(m.index, m.index + m[0].length, 'money', v, money(m[1]!.trim()));
  }
  for (const m of text.matchAll(MONEY_AFTER)) {
    const v = readValue(m[1]!);
    if (v) found.add(m.index, m.index + m[0].length, 'money', v, money(m[2]!));
  }
}

/** Every reading of every quantity in `text` (full-width digits already ASCII), overlapping readings included; `details` as in `Candidates`. */
export function findQuantityCandidates(text: string, details = true): QuantityCandidate[] {
  const found = new Candidates(text, details);
  findDates(found);
  findPercentsAndMoney(found);
  findNumbers(found);
  return found.list;
}
