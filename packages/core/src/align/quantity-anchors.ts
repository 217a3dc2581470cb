/**
 * Quantities as anchor tokens between Chinese and English: a value or a date
 * written in one script's own way gets one more token in the form the other
 * side can meet. 三千 and 1.5万 give `3000` and `15000` (English digits
 * tokenize to these), three thousand gives `3000` (Chinese digits do), and
 * every date gives `@year-month-day` with `?` for a part not written, so
 * 2014年6月6日 meets June 6, 2014, and 6月6日 meets June 6. A value already in
 * plain digits is a token of its own (`tokenizeEnglish`, number tokens in
 * `segmentWords`) and gets nothing more.
 */

import { findBareQuantities, type Quantity } from '../segment/quantities.js';
import { isAscii } from './english.js';

const HINT_WORDS = String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b`;
/** Characters without which a sentence has no quantity to add (a cheap test before reading it). */
const HINT = new RegExp(`[\\d二两兩三四五六七八九十百千万萬亿億〇零]|${HINT_WORDS}`, 'iu');
/**
 * `HINT` for ASCII text (most English), where it answers the same: no Han
 * character, and case folds only within ASCII. Without the u flag it runs several times faster.
 */
const ASCII_HINT = new RegExp(`\\d|${HINT_WORDS}`, 'i');

const dateToken = (q: Quantity): string => {
  const d = q.kind === 'year' ? { year: q.low } : (q.date ?? {});
  return `@${d.year ?? '?'}-${d.month ?? '?'}-${d.day ?? '?'}`;
};

/** The extra anchor tokens of a sentence, in text order. */
export function findQuantityAnchors(text: string): string[] {
  if (!(isAscii(text) ? ASCII_HINT : HINT).test(text)) return [];
  const out: string[] = [];
  for (const q of findBareQuantities(text)) {
    if (q.kind === 'date' || q.kind === 'year') out.push(dateToken(q));
    // Plain digits already meet each other as tokens; only other forms need the value written out.
    if (q.kind !== 'date' && q.low === q.high && !/^[\d,.\s]+$/u.test(q.text) && !(q.kind === 'year' && /^\d{4}\s*年?$/u.test(q.text))) out.push(String(q.low));
  }
  return out;
}
