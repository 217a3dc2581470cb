/**
 * Plain numbers as quantities: in digits (3,000, 1.5万, 2 to 3), in Chinese
 * numerals (三千, 两百多, 五六个) and in English words (twenty-five, a dozen,
 * two or three). Dates, percentages and money are `quantity-patterns.ts`.
 */

import { CHINESE_DIGITS, ENGLISH_ONES, ENGLISH_SCALES, readChineseNumeral, readEnglishNumber } from './numerals.js';
import { HAN_NUMERAL, NUM, readValue, WORD, WORDS, type Candidates } from './quantity-candidates.js';

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

/** Adds the numbers of `found`'s text: digits, Chinese numerals, English number words. */
export function findNumbers(found: Candidates): void {
  const text = found.text;
  if (/\d/.test(text)) for (const m of text.matchAll(DIGITS_RUN)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    // Digits inside a term (GPT-3.5, V100, H100) belong to the term.
    if (/[A-Za-z0-9][-.]$/.test(before)) continue;
    const scale = m[3] ? `${m[3]}` : '';
    const low = readValue(`${m[1]!}${scale}`)!;
    const high = m[2] ? readValue(`${m[2]}${scale}`)! : low;
    const end = m.index + m[0].length;
    const year = !m[3] && !m[1]!.includes(',') && /^\d{4}$/.test(m[1]!) && Number(m[1]) >= 1000 && Number(m[1]) <= 2100;
    found.add(m.index, end, year ? 'year' : 'number', { low: low.low, high: high.high }, found.unitAfter(end));
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
    found.add(start, end, year ? 'year' : 'number', value, found.unitAfter(end), undefined, value.low !== value.high);
  }
  // The long pattern only where a number word is (most sentences have none).
  if (!/[A-Za-z]/.test(text) || !NUMBER_WORD.test(text)) return;
  for (const m of text.matchAll(ENGLISH_RUN)) {
    // Words that make no one number together (two three-inch) are read one by one.
    if (!addEnglish(found, m.index, m[0])) for (const w of m[0].matchAll(/[A-Za-z]+(?:-[A-Za-z]+)*/gu)) addEnglish(found, m.index + w.index, w[0]);
  }
}

/** Adds the English number of the words at `at`; false when they do not read as one. */
function addEnglish(found: Candidates, at: number, run: string): boolean {
  const text = found.text;
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
  found.add(start, end, 'number', { low: low * factor, high: high * factor }, years ? 'year' : found.unitAfter(end), undefined, low !== high);
  return true;
}
