/**
 * Word segmentation, with offsets into the text.
 *
 * The text is first cut into runs by script, the way UAX #29 word breaks
 * treat letters, digits and punctuation: Latin (and other alphabetic) words
 * with their inner apostrophes and dots (`Tinker’s`, `e.g`, `v1.2`), numbers
 * (`3.5`, `1,000`), punctuation, whitespace, and runs of Han characters. A
 * change of script is always a word boundary (`2018年` is `2018` + `年`), so a
 * number in Chinese text stays a number token that can be matched against
 * the English version. Only the Han runs go to a word segmentation engine,
 * which is where Chinese needs a dictionary.
 */

import type { Lang, Token } from '../schema.js';
import { splitHanWithIntl, splitTextWithIntl } from './engines/intl.js';
import { splitHanWithSegmentit } from './engines/segmentit.js';
import { findRuns, HAN_RUN, unitString, WORD_RUN } from './runs.js';

export type { Token } from '../schema.js';

/** A Chinese word segmentation engine. */
export type WordEngine = 'segmentit' | 'intl';

export interface WordOptions {
  /**
   * Engine for runs of Han characters: `intl` (ICU's dictionary via
   * `Intl.Segmenter`) or `segmentit` (node-segment's Pangu dictionary; its
   * first use loads the dictionary, about 0.25 s). On the PKU-style gold
   * standard `test/fixtures/segment/words-gold.txt` the two tie (word F1
   * 87.8 vs 87.7, Han-boundary F1 93.3 vs 92.9, `pnpm bench words`), so the
   * default is the one that is ten times faster and needs no loading.
   * @default 'intl'
   */
  engine?: WordEngine;
  /**
   * Language of the text. Not needed for splitting, which goes by script;
   * accepted so callers can pass a block's language through.
   */
  lang?: Lang;
  /**
   * Splits runs of Han characters instead of `engine` (the ends of a run's
   * words, the last one the run's length): the aligner passes the dictionary's
   * own segmenter (align/dictionary-words.ts).
   */
  splitHan?: (run: string) => number[];
}

/** The engine `segmentWords` uses when none is named. */
export const DEFAULT_WORD_ENGINE: WordEngine = 'intl';

const ENGINES: Record<WordEngine, (run: string) => number[]> = {
  segmentit: splitHanWithSegmentit,
  intl: splitHanWithIntl,
};

const NUMBER = /^\p{Nd}[\p{Nd}.,]*$/u;
const LATIN = /\p{Script=Latin}/u;
const PUNCT = /^[\p{P}\p{S}]/u;

/** The words of `text`, in order, with `[start, end)` offsets into it; whitespace is not a token. */
export function segmentWords(text: string, options: WordOptions = {}): Token[] {
  const engine = options.engine ?? DEFAULT_WORD_ENGINE;
  const splitHan = options.splitHan ?? ENGINES[engine];
  if (!splitHan) throw new TypeError(`segmentWords: unknown engine ${JSON.stringify(engine)} (expected segmentit or intl)`);
  const tokens: Token[] = [];
  // Intl divides the Han runs of a whole sentence in one pass, as it would each run alone (see splitTextWithIntl).
  const whole = engine === 'intl' && !options.splitHan ? splitTextWithIntl(text) : undefined;
  let next = 0;
  const runs = findRuns(text);
  for (let r = 0; r < runs.length; r += 3) {
    const kind = runs[r]!;
    const start = runs[r + 1]!;
    const end = runs[r + 2]!;
    const run = end - start === 1 ? unitString(text.charCodeAt(start)) : text.slice(start, end);
    if (kind === HAN_RUN) {
      let from = 0;
      let ends: number[];
      if (whole) {
        ends = [];
        while (next < whole.length && whole[next]! <= start) next++;
        while (next < whole.length && whole[next]! < end) ends.push(whole[next++]! - start);
        ends.push(run.length);
      } else {
        ends = splitHan(run);
      }
      for (const wordEnd of ends) {
        if (wordEnd <= from || wordEnd > run.length) continue;
        const word = wordEnd - from === 1 ? unitString(run.charCodeAt(from)) : run.slice(from, wordEnd);
        tokens.push({ text: word, norm: word, start: start + from, end: start + wordEnd, kind: 'han' });
        from = wordEnd;
      }
    } else if (kind === WORD_RUN) {
      tokens.push(wordToken(run, start));
    } else {
      tokens.push({ text: run, norm: run, start, end, kind: PUNCT.test(run) ? 'punct' : 'other' });
    }
  }
  return tokens;
}

/** A word of letters and digits as a token: its kind, and the form versions are matched by. */
function wordToken(run: string, start: number): Token {
  const end = start + run.length;
  let ascii = true;
  let letter = false;
  let numeric = true;
  for (let k = 0; k < run.length; k++) {
    const c = run.charCodeAt(k);
    if (c >= 0x80) ascii = false;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letter = true;
    if (!(c >= 0x30 && c <= 0x39) && (k === 0 || (c !== 0x2e && c !== 0x2c))) numeric = false;
  }
  // ASCII needs no folding: the same result as below, without NFKC and three regular expressions.
  if (ascii) {
    if (numeric) return { text: run, norm: run.includes(',') ? run.replace(/,/g, '') : run, start, end, kind: 'number' };
    return letter ? { text: run, norm: run.toLowerCase(), start, end, kind: 'latin' } : { text: run, norm: run, start, end, kind: 'other' };
  }
  const kind = NUMBER.test(run) ? 'number' : LATIN.test(run) ? 'latin' : 'other';
  // Full-width forms fold to ASCII (ＡＩ → ai, ２０１８ → 2018), ’ to ', and 1,000 to 1000, so versions match.
  const folded = run.normalize('NFKC').replace(/’/g, "'");
  const norm = kind === 'number' ? folded.replace(/,/g, '') : kind === 'latin' ? folded.toLowerCase() : folded;
  return { text: run, norm, start, end, kind };
}
