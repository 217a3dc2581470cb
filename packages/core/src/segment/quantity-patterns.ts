/**
 * The written forms of quantities, as patterns over a text whose full-width
 * digits are already ASCII (`quantities.ts` picks among overlapping readings).
 * One function per form: dates, percentages, money, then plain numbers in
 * digits, Chinese numerals and English words.
 */

import { CHINESE_DIGITS, CHINESE_PLACES, CHINESE_SECTIONS, ENGLISH_MONTHS, ENGLISH_ONES, ENGLISH_SCALES, readChineseNumeral, readEnglishNumber, type NumeralValue } from './numerals.js';
import type { DateParts, Quantity } from './quantities.js';
import { readUnitAfter } from './measures.js';

export type QuantityCandidate = Omit<Quantity, 'text'>;

const NUM = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const HAN_NUMERAL = '[〇零一二两三四五六七八九十百千万亿壹贰貳兩叁參肆伍陆陸柒捌玖拾佰仟萬億]';
const WORD = `(?:${[...Object.keys(ENGLISH_ONES), ...Object.keys(ENGLISH_SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
const WORDS = String.raw`(?:(?:an?\s+)?${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*)`;
const MONTH = `(?:${Object.keys(ENGLISH_MONTHS).sort((a, b) => b.length - a.length).map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\.?`;
const CN_DAY = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

const SCALED_DIGITS = new RegExp(`^(${NUM})\\s*([十百千万亿萬億]|hundred|thousand|million|billion)?$`, 'iu');
const ALL_HAN_NUMERAL = new RegExp(`^${HAN_NUMERAL}+$`, 'u');
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
const DIGITS_RUN = new RegExp(`(?<![\\w.])(${NUM})(?:(?:\\s*(?:-|–|—|~|到|至)\\s*|\\s+to\\s+)(${NUM}))?(?:\\s*([十百千万亿萬億]|(?:hundred|thousand|million|billion)\\b))?`, 'giu');
const HAN_RUN = new RegExp(`${HAN_NUMERAL}+`, 'gu');
/** Whether a text has a Chinese numeral at all: a test cheaper than starting `HAN_RUN` (most English has none). */
const HAS_HAN_NUMERAL = new RegExp(HAN_NUMERAL, 'u');
/** Not inside a word (well-one, one's) nor before an ordinal (twenty-first); before a unit it counts (three-inch). */
const ENGLISH_RUN = new RegExp(`(?<!\\p{L}[-'’])\\b${WORDS}(?:\\s+(?:or|to)\\s+${WORD})?\\b(?!['’]\\p{L}|-(?:first|second|third|\\p{L}+th)\\b)`, 'giu');
/** Decades and centuries after a number are years (four decades = 四十年). */
const YEARS_OF = /^[\s-]+(decades?|centur(?:y|ies))\b/iu;
const ARTICLE_SCALE = new RegExp(`^an?\\s+(?:${Object.keys(ENGLISH_SCALES).join('|')})`, 'iu');
/**
 * Whether a text has a number word: a whole run of ASCII letters, in any case, that is one
 * (ASCII-only case folding without the u flag), tested without a list of the text's words.
 */
const NUMBER_WORD = new RegExp(`(?<![A-Za-z])(?:${[...Object.keys(ENGLISH_ONES), ...Object.keys(ENGLISH_SCALES)].join('|')})(?![A-Za-z])`, 'i');

/** Counters after which a lone numeral character is a number (三个, 两年), not part of a word (一样, 三心二意). */
const COUNTERS = new Set(
  '个個人位名口只隻条條头頭匹本点點张張块塊件间間座栋棟所家辆輛架艘枝支根把双雙对對套次回遍趟年岁歲月日天号號周週分秒元角毛钱錢两兩斤克吨噸里米尺寸丈亩畝倍成层層级級章节節页頁篇首句段步声聲碗杯瓶盒箱桌封份种種颗顆粒片'.split(''),
);
/** Words that make a quantity loose: before it (约, about) and after it (多, odd). */
const APPROX_BEFORE = /(?:约|大约|大概|近|将近|將近|超过|超過|几|幾|\babout|\baround|\bnearly|\balmost|\bover|\bmore than|\bless than|\broughly|\bapproximately|\bsome|\bfew|\bseveral|\bmany|\bor)\s*$/iu;
/**
 * The last characters of `APPROX_BEFORE`'s words in either case (no other character folds to one of them):
 * before a quantity whose last character (spaces aside) is none of these the pattern cannot match,
 * and testing it is most of the cost of a quantity.
 */
const APPROX_BEFORE_ENDS = new Set([...'约概近过過几幾tdyrnewlTDYRNEWL'].map((c) => c.charCodeAt(0)));
const APPROX_AFTER = /^(?:多|余|餘|来|來|几|幾|左右|上下|-odd|\s+odd|\s+or\b)/u;

/** Magnitudes written after digits: 3千, 1.5万, 3 million. */
const MAGNITUDES: Readonly<Record<string, number>> = { ...CHINESE_PLACES, ...CHINESE_SECTIONS, ...ENGLISH_SCALES };

function chineseValue(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text);
  const v = readChineseNumeral(text);
  return v && v.low === v.high ? v.low : undefined;
}

const money = (unit: string): string =>
  /^(?:\$|US\$|美元|美金|dollars?)$/iu.test(unit) ? 'USD' : /^(?:£|英镑|英鎊|pounds?)$/iu.test(unit) ? 'GBP' : /^(?:€|欧元|歐元|euros?)$/iu.test(unit) ? 'EUR' : 'CNY';

/** A number in digits, Chinese numerals or English words, with a magnitude after it (3千, 1.5万, 3 million). */
function readValue(text: string): NumeralValue | undefined {
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

/** Whether the text before a quantity makes it loose (`APPROX_BEFORE`). */
function isApproxBefore(before: string): boolean {
  // \s*$ in the pattern is what trimEnd removes.
  const trimmed = before.trimEnd();
  return APPROX_BEFORE_ENDS.has(trimmed.charCodeAt(trimmed.length - 1)) && APPROX_BEFORE.test(before);
}

/** Adds a quantity; `loose` when its own wording is loose (五六个, two or three), not only the words around it. */
function push(out: QuantityCandidate[], text: string, start: number, end: number, kind: Quantity['kind'], value: NumeralValue, unit: string, date?: DateParts, loose = false): void {
  const approx = loose || isApproxBefore(text.slice(Math.max(0, start - 20), start)) || APPROX_AFTER.test(text.slice(end, end + 8));
  out.push(date ? { kind, start, end, low: value.low, high: value.high, approx, unit, date } : { kind, start, end, low: value.low, high: value.high, approx, unit });
}

/** Adds a date or year found by `m`, unless a part is no number or out of range. */
function addDate(text: string, out: QuantityCandidate[], m: RegExpMatchArray, date: DateParts): void {
  const parts = [date.year, date.month, date.day].filter((x) => x !== undefined);
  if (parts.some((x) => Number.isNaN(x)) || (date.month !== undefined && (date.month < 1 || date.month > 12)) || (date.day !== undefined && (date.day < 1 || date.day > 31))) return;
  const year = date.year ?? 0;
  push(out, text, m.index!, m.index! + m[0].length, date.month === undefined ? 'year' : 'date', { low: year, high: year }, '', date.month === undefined ? undefined : date);
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
function findDates(text: string, out: QuantityCandidate[]): void {
  if (text.includes('-')) for (const m of text.matchAll(/(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu)) addDate(text, out, m, dateParts(m[1], m[2], m[3]));
  if (/[年月]/u.test(text)) {
    for (const m of text.matchAll(CN_DATE)) addDate(text, out, m, dateParts(m[1], m[2], m[3]));
    for (const m of text.matchAll(CN_YEAR)) addDate(text, out, m, dateParts(m[1]));
  }
  if (!/\d/.test(text)) return;
  for (const m of text.matchAll(MONTH_DAY)) addDate(text, out, m, dateParts(m[3], monthOf(m[1]!), m[2]));
  for (const m of text.matchAll(DAY_MONTH)) addDate(text, out, m, dateParts(m[3], monthOf(m[2]!), m[1]));
  for (const m of text.matchAll(MONTH_YEAR)) addDate(text, out, m, dateParts(m[2], monthOf(m[1]!)));
}

function findPercentsAndMoney(text: string, out: QuantityCandidate[]): void {
  if (/%|per\s?cent|百分之/iu.test(text)) for (const m of text.matchAll(PERCENT)) {
    const v = readValue(m[1]!);
    if (v) push(out, text, m.index, m.index + m[0].length, 'percent', v, '%');
  }
  if (text.includes('百分之')) for (const m of text.matchAll(CN_PERCENT)) {
    const v = readValue(m[1]!);
    if (v) push(out, text, m.index, m.index + m[0].length, 'percent', v, '%');
  }
  if (!CURRENCY_HINT.test(text)) return;
  for (const m of text.matchAll(MONEY_BEFORE)) {
    const v = readValue(m[2]!);
    if (v) push(out, text, m.index, m.index + m[0].length, 'money', v, money(m[1]!.trim()));
  }
  for (const m of text.matchAll(MONEY_AFTER)) {
    const v = readValue(m[1]!);
    if (v) push(out, text, m.index, m.index + m[0].length, 'money', v, money(m[2]!));
  }
}

function findNumbers(text: string, out: QuantityCandidate[]): void {
  if (/\d/.test(text)) for (const m of text.matchAll(DIGITS_RUN)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // Digits inside a term (GPT-3.5, V100, H100) belong to the term.
    if (/[A-Za-z0-9][-.]$/.test(before)) continue;
    const scale = m[3] ? `${m[3]}` : '';
    const low = readValue(`${m[1]!}${scale}`)!;
    const high = m[2] ? readValue(`${m[2]}${scale}`)! : low;
    const end = m.index + m[0].length;
    const year = !m[3] && !m[1]!.includes(',') && /^\d{4}$/.test(m[1]!) && Number(m[1]) >= 1000 && Number(m[1]) <= 2100;
    push(out, text, m.index, end, year ? 'year' : 'number', { low: low.low, high: high.high }, readUnitAfter(text, end));
  }
  if (HAS_HAN_NUMERAL.test(text)) for (const m of text.matchAll(HAN_RUN)) {
    let run = m[0];
    // 二十两 is twenty taels: 两 after a digit other than 一 is the counter (一两个 is one or two).
    if (run.length >= 2 && /[两兩]$/u.test(run) && !/[一壹][两兩]$/u.test(run)) run = run.slice(0, -1);
    const start = m.index;
    const end = start + run.length;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text.slice(end, end + 2);
    if (before === '第' || before === '初' || after.startsWith('分之') || !/[〇零一二两三四五六七八九壹贰貳兩叁參肆伍陆陸柒捌玖]|^[十拾]/u.test(run)) continue;
    // 十分 is "very", not ten minutes (十分钟).
    if (run === '十' && after.startsWith('分') && !/^分[钟鐘]/u.test(after)) continue;
    const lone = run.length === 1;
    // A lone numeral is a number only before a counter: 三个, 两年, 一百多 but not 一样, 三心二意.
    if (lone && !COUNTERS.has(after.replace(/^[多余餘来來几幾]/u, '')[0] ?? '') && !/^[几幾]/u.test(after)) continue;
    if (lone && (run === '一' || run === '壹') && after.startsWith('点')) continue;
    const value = readChineseNumeral(run);
    if (!value) continue;
    const year = value.low === value.high && run.length === 4 && [...run].every((c) => c in CHINESE_DIGITS) && text[end] === '年';
    push(out, text, start, end, year ? 'year' : 'number', value, readUnitAfter(text, end), undefined, value.low !== value.high);
  }
  // The long pattern only where a number word is (most sentences have none).
  if (!/[A-Za-z]/.test(text) || !NUMBER_WORD.test(text)) return;
  for (const m of text.matchAll(ENGLISH_RUN)) {
    // Words that make no one number together (two three-inch) are read one by one.
    if (!pushEnglish(out, text, m.index, m[0])) for (const w of m[0].matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/gu)) pushEnglish(out, text, m.index + w.index, w[0]);
  }
}

/** Adds the English number of the words at `at`; false when they do not read as one. */
function pushEnglish(out: QuantityCandidate[], text: string, at: number, run: string): boolean {
  let start = at;
  let words = run;
  const range = /^(.*?)\s+(?:or|to)\s+(\S+)$/u.exec(words);
  if (/^an?\s/iu.test(words) && !ARTICLE_SCALE.test(words)) {
    const article = /^an?\s+/iu.exec(words)![0];
    start += article.length;
    words = words.slice(article.length);
  }
  const low = readEnglishNumber(range ? range[1]!.replace(/^an?\s+(?=\S+\s)/iu, '') : words);
  const high = range ? readEnglishNumber(range[2]!) : low;
  if (low === undefined || high === undefined || high < low) return false;
  // One as a pronoun (no one, the one who, one another) is not a count.
  if (/^one$/iu.test(words) && (/\b(?:no|every|any|some|the|this|that|which|each|little|only|such|another|one|single)\s+$/iu.test(text.slice(Math.max(0, start - 12), start)) || /^(?:'s|’s|\s+another|\s+by\s+one|\s+\w+\s+or\s+another)/u.test(text.slice(start + 3)))) return true;
  const end = at + run.length;
  const years = YEARS_OF.exec(text.slice(end));
  const factor = years ? (/^d/iu.test(years[1]!) ? 10 : 100) : 1;
  push(out, text, start, end, 'number', { low: low * factor, high: high * factor }, years ? 'year' : readUnitAfter(text, end), undefined, low !== high);
  return true;
}

/** Every reading of every quantity in `text` (full-width digits already ASCII), overlapping readings included. */
export function findQuantityCandidates(text: string): QuantityCandidate[] {
  const out: QuantityCandidate[] = [];
  findDates(text, out);
  findPercentsAndMoney(text, out);
  findNumbers(text, out);
  return out;
}
