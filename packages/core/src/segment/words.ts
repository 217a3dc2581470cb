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

/**
 * One run per match: 1 Han, 2 whitespace, 3 a word of letters and digits
 * (with inner `'`, `’`, `.`, and `,` between digits), 4 a repeated
 * punctuation or symbol character (`……`, `——`, `...`) or any other single one.
 */
const RUN =
  /(\p{Script=Han}+)|(\s+)|((?:(?!\p{Script=Han})[\p{L}\p{M}\p{Nd}_])+(?:(?:['’.]|(?<=\p{Nd}),(?=\p{Nd}))(?:(?!\p{Script=Han})[\p{L}\p{M}\p{Nd}_])+)*)|((.)\5*)/gsu;

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
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const run = match[0];
    if (match[1] !== undefined) {
      let from = 0;
      let ends: number[];
      if (whole) {
        ends = [];
        while (next < whole.length && whole[next]! <= start) next++;
        while (next < whole.length && whole[next]! < start + run.length) ends.push(whole[next++]! - start);
        ends.push(run.length);
      } else {
        ends = splitHan(run);
      }
      for (const end of ends) {
        if (end <= from || end > run.length) continue;
        const word = run.slice(from, end);
        tokens.push({ text: word, norm: word, start: start + from, end: start + end, kind: 'han' });
        from = end;
      }
    } else if (match[3] !== undefined) {
      const kind = NUMBER.test(run) ? 'number' : LATIN.test(run) ? 'latin' : 'other';
      // Full-width forms fold to ASCII (ＡＩ → ai, ２０１８ → 2018), ’ to ', and 1,000 to 1000, so versions match.
      const folded = run.normalize('NFKC').replace(/’/g, "'");
      const norm = kind === 'number' ? folded.replace(/,/g, '') : kind === 'latin' ? folded.toLowerCase() : folded;
      tokens.push({ text: run, norm, start, end: start + run.length, kind });
    } else if (match[4] !== undefined) {
      tokens.push({ text: run, norm: run, start, end: start + run.length, kind: PUNCT.test(run) ? 'punct' : 'other' });
    }
  }
  return tokens;
}
