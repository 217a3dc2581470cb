/**
 * The runs of a text by script, for word segmentation (words.ts): runs of Han
 * characters, words of letters and digits with their inner apostrophes and
 * dots, and runs of one punctuation mark or symbol; whitespace between them.
 * Found by a loop over UTF-16 code units, with the regular expression `RUN`
 * for text outside the Basic Multilingual Plane.
 */

/**
 * One run per match: 1 Han, 2 whitespace, 3 a word of letters and digits
 * (with inner `'`, `’`, `.`, and `,` between digits), 4 a repeated
 * punctuation or symbol character (`……`, `——`, `...`) or any other single one.
 */
const RUN =
  /(\p{Script=Han}+)|(\s+)|((?:(?!\p{Script=Han})[\p{L}\p{M}\p{Nd}_])+(?:(?:['’.]|(?<=\p{Nd}),(?=\p{Nd}))(?:(?!\p{Script=Han})[\p{L}\p{M}\p{Nd}_])+)*)|((.)\5*)/gsu;

/** The kinds of run, as `findRuns` lists them: Han, a word of letters and digits, punctuation (or another symbol). */
export const HAN_RUN = 0;
export const WORD_RUN = 1;
export const MARK_RUN = 2;

/** The runs of `text` but whitespace, as (kind, start, end) triples. */
export function findRuns(text: string): number[] {
  const runs: number[] = [];
  if (scanRuns(text, runs)) return runs;
  // A character outside the Basic Multilingual Plane: the regular expression reads code points.
  runs.length = 0;
  for (const match of text.matchAll(RUN)) {
    const kind = match[1] !== undefined ? HAN_RUN : match[3] !== undefined ? WORD_RUN : match[4] !== undefined ? MARK_RUN : -1;
    if (kind >= 0) runs.push(kind, match.index, match.index + match[0].length);
  }
  return runs;
}

/**
 * The string of one UTF-16 code unit, made once: a book has hundreds of
 * thousands of one-character words and punctuation marks (的, 。), and V8
 * shares only the strings of Latin-1 characters. Fewer strings, less
 * garbage collection while a block's tokens are alive.
 */
export function unitString(c: number): string {
  unitStrings ??= new Array<string | undefined>(0x10000);
  return (unitStrings[c] ??= String.fromCharCode(c));
}

let unitStrings: (string | undefined)[] | undefined;

/** Classes of UTF-16 code units for `scanRuns`; a word character is WORD or DIGIT. */
const HAN = 1;
const SPACE = 2;
const WORD = 3;
const DIGIT = 4;
const MARK = 5;
const SURROGATE = 6;

/** Code unit → class, filled as characters are first met (0: not yet), by the same properties as `RUN`. */
const classes = new Uint8Array(0x10000);

/** `RUN`'s classes of one character, in its order of preference. */
const CLASS = /(\p{Script=Han})|(\s)|(\p{Nd})|[\p{L}\p{M}_]/u;

function classOf(c: number): number {
  let found = classes[c]!;
  if (found === 0) {
    if (c >= 0xd800 && c <= 0xdfff) {
      found = SURROGATE;
    } else {
      const match = CLASS.exec(String.fromCharCode(c));
      found = !match ? MARK : match[1] ? HAN : match[2] ? SPACE : match[3] ? DIGIT : WORD;
    }
    classes[c] = found;
  }
  return found;
}

/**
 * The runs `RUN` matches, found by a loop over code units instead of the
 * regular expression, which allocates a match array and strings per run.
 * Returns false, having perhaps listed some runs, at the first surrogate:
 * then the caller starts over with `RUN`.
 */
function scanRuns(text: string, runs: number[]): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const type = classOf(c);
    let j = i + 1;
    if (type === SURROGATE) return false;
    if (type === HAN) {
      while (j < n && classOf(text.charCodeAt(j)) === HAN) j++;
      runs.push(HAN_RUN, i, j);
    } else if (type === SPACE) {
      while (j < n && classOf(text.charCodeAt(j)) === SPACE) j++;
    } else if (type === WORD || type === DIGIT) {
      for (;;) {
        while (isWordAt(text, j)) j++;
        // Inner ' ’ . join words (Tinker’s, e.g), and a comma joins digits (1,000).
        const d = j < n ? text.charCodeAt(j) : -1;
        const joins = d === 0x27 || d === 0x2019 || d === 0x2e || (d === 0x2c && classOf(text.charCodeAt(j - 1)) === DIGIT && j + 1 < n && classOf(text.charCodeAt(j + 1)) === DIGIT);
        if (!joins || !isWordAt(text, j + 1)) break;
        j += 2;
      }
      runs.push(WORD_RUN, i, j);
    } else {
      while (j < n && text.charCodeAt(j) === c) j++;
      runs.push(MARK_RUN, i, j);
    }
    i = j;
  }
  return true;
}

/** Whether `text[j]` is a character of a word (`RUN`'s third group). */
function isWordAt(text: string, j: number): boolean {
  if (j >= text.length) return false;
  const type = classOf(text.charCodeAt(j));
  return type === WORD || type === DIGIT;
}
