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
import { HAN, KINDS, LATIN, NUMBER, OTHER, PUNCT, WordList } from './word-list.js';

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

const NUMBER_WORD = /^\p{Nd}[\p{Nd}.,]*$/u;
const LATIN_WORD = /\p{Script=Latin}/u;
const PUNCT_MARK = /^[\p{P}\p{S}]/u;

/** The words of `text`, in order, with `[start, end)` offsets into it; whitespace is not a token. */
export function segmentWords(text: string, options: WordOptions = {}): Token[] {
  const list = (scratch ??= new WordList());
  list.clear();
  segmentWordsInto(text, list, hanSplitter(text, options));
  return toTokens(text, list, 0, list.count);
}

/** How `segmentWords` splits the Han runs of `text` with these options. */
export function hanSplitter(text: string, options: WordOptions = {}): RunSplitter {
  const engine = options.engine ?? DEFAULT_WORD_ENGINE;
  const splitHan = options.splitHan ?? ENGINES[engine];
  if (!splitHan) throw new TypeError(`segmentWords: unknown engine ${JSON.stringify(engine)} (expected segmentit or intl)`);
  // Intl divides the Han runs of a whole sentence in one pass, as it would each run alone (see splitTextWithIntl).
  const whole = engine === 'intl' && !options.splitHan ? splitTextWithIntl(text) : undefined;
  return whole ? splitByEnds(whole) : splitEachRun(splitHan);
}

let scratch: WordList | undefined;

/** Pushes onto a `WordList` the Han words of `text[start, end)`, a run of Han characters. */
export type RunSplitter = (text: string, start: number, end: number, list: WordList) => void;

/**
 * The words of `text` pushed onto `list`, as one sentence (`endSentence`): what
 * `segmentWords` gives, without a `Token` per word; Han runs split by `splitRun`.
 */
export function segmentWordsInto(text: string, list: WordList, splitRun: RunSplitter): void {
  const runs = findRuns(text);
  for (let r = 0; r < runs.length; r += 3) {
    const kind = runs[r]!;
    const start = runs[r + 1]!;
    const end = runs[r + 2]!;
    if (kind === HAN_RUN) {
      splitRun(text, start, end, list);
    } else {
      const run = end - start === 1 ? unitString(text.charCodeAt(start)) : text.slice(start, end);
      if (kind === WORD_RUN) pushWord(list, run, start);
      else list.push(PUNCT_MARK.test(run) ? PUNCT : OTHER, start, end, run);
    }
  }
  list.endSentence();
}

/** A Han splitter of `segmentWords`' options, called on each run alone. */
function splitEachRun(splitHan: (run: string) => number[]): RunSplitter {
  return (text, start, end, list) => pushEnds(list, start, end, splitHan(text.slice(start, end)), start);
}

/** The runs of a text divided by the word ends of the whole text (`splitTextWithIntl`), read in order. */
function splitByEnds(whole: readonly number[]): RunSplitter {
  let next = 0;
  return (_text, start, end, list) => {
    const ends: number[] = [];
    while (next < whole.length && whole[next]! <= start) next++;
    while (next < whole.length && whole[next]! < end) ends.push(whole[next++]!);
    ends.push(end);
    pushEnds(list, start, end, ends, 0);
  };
}

/** The Han words of the run `[start, end)` ending at `ends` (offsets from `origin`), skipping an end that does not move forward or lies past the run. */
function pushEnds(list: WordList, start: number, end: number, ends: readonly number[], origin: number): void {
  let from = start;
  for (const at of ends) {
    const wordEnd = origin + at;
    if (wordEnd <= from || wordEnd > end) continue;
    list.push(HAN, from, wordEnd, '');
    from = wordEnd;
  }
}

/** The text of a word: a one-character word's string made once (`unitString`). */
export function wordText(text: string, start: number, end: number): string {
  return end - start === 1 ? unitString(text.charCodeAt(start)) : text.slice(start, end);
}

/** Words `from … to` of a `WordList` filled from `text`, as `Token`s. */
export function toTokens(text: string, list: WordList, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let w = from; w < to; w++) {
    const kind = list.kind[w]!;
    const start = list.start[w]!;
    const end = list.end[w]!;
    const word = wordText(text, start, end);
    tokens.push({ text: word, norm: kind === HAN ? word : list.norm[w]!, start, end, kind: KINDS[kind]! });
  }
  return tokens;
}

/** A word of letters and digits: its kind, and the form versions are matched by. */
function pushWord(list: WordList, run: string, start: number): void {
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
    if (numeric) list.push(NUMBER, start, end, run.includes(',') ? run.replace(/,/g, '') : run);
    else if (letter) list.push(LATIN, start, end, run.toLowerCase());
    else list.push(OTHER, start, end, run);
    return;
  }
  const kind = NUMBER_WORD.test(run) ? NUMBER : LATIN_WORD.test(run) ? LATIN : OTHER;
  // Full-width forms fold to ASCII (ＡＩ → ai, ２０１８ → 2018), ’ to ', and 1,000 to 1000, so versions match.
  const folded = run.normalize('NFKC').replace(/’/g, "'");
  list.push(kind, start, end, kind === NUMBER ? folded.replace(/,/g, '') : kind === LATIN ? folded.toLowerCase() : folded);
}
