/**
 * Sentence segmentation of the visible text of one block.
 *
 * One left-to-right scan with char-code tests (no regular expressions on the
 * hot path, no backtracking), so time is linear in the length of the block.
 * Each candidate boundary is decided by the characters around it, not by the
 * block's language alone, because mixed text is normal: Chinese with inline
 * English (`rather than底层 computing power`) and Chinese written with
 * half-width punctuation (`根本弱點?需要`).
 *
 * Rules, in the spirit of rule-based splitters such as Koehn's Moses
 * `split-sentences.perl` (abbreviation lists, a lowercase next word vetoes a
 * split) and the UAX #29 sentence-break treatment of closers (STerm Close* Sp*):
 * - Full-width 。！？；｡ always end a sentence; so do half-width . ! ? ; and
 *   the ellipses … ⋯ when a Han character (or CJK punctuation) stands right
 *   before them or is the next visible character.
 * - Closing quotes and brackets (」』”’）) and further terminators (？！, ……)
 *   stay with the sentence they close; an opening 「 or “ starts the next one.
 * - Colons never end a sentence: `：` introduces what follows.
 * - In Latin text . ! ? end a sentence when followed by whitespace (or the end)
 *   and the next word does not start with a lowercase letter; `.` also not after
 *   a known abbreviation (Dr., vs., e.g., U.S.), an initial before a capital
 *   (J. R. R. Tolkien), a list marker opening a line or sentence (`1.`), or
 *   between digits (3.5, v1.2). `;` does not end an English sentence.
 * - A line that starts with a list marker (`- `, `* `, `1. `, `a) `, `一、`)
 *   starts a new sentence; a marker after a terminator on the same line
 *   (`前提条件。 - AGI时间线预测`) opens the next sentence and belongs to it.
 * - URLs are skipped whole, so `watch?v=…` never splits.
 */

import type { Lang } from '../schema.js';
import { isChinese, isHanCodeUnit } from '../lang.js';

/** A sentence as a span `[start, end)` of the block text, trimmed, never empty. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SentenceOptions {
  /**
   * Language of the block. A hint only, used where the characters cannot
   * decide: in a Chinese block `?` or `!` glued to a capital (`ChatGPT?Schulman`)
   * ends a sentence, in an English one it does not.
   */
  lang?: Lang;
  /**
   * Longest sentence in UTF-16 code units. A longer stretch without a
   * terminator is cut at its last whitespace, or at the limit (never inside a
   * surrogate pair) if it has none. The default keeps such a stretch whole.
   * @default Infinity
   */
  maxLength?: number;
}

/** Lowercased words that a `.` follows without ending the sentence: titles, `vs.`, `e.g.`, `U.S.`. */
const NON_FINAL = new Set('mr mrs ms dr prof st mt rev hon gen col lt sgt capt gov vs cf al e.g i.e viz approx incl dept u.s u.k u.n'.split(' '));

/** Lowercased words that a `.` follows without ending the sentence when a number comes next: `No. 5`, `Fig. 3`, `Jan. 5`. */
const BEFORE_NUMBER = new Set('no nos p pp fig figs eq eqs vol vols ch sec jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Abbreviations, list markers and initials are short: a longer word before `.` is none of them. */
const MAX_ABBREVIATION = 12;

/** Whitespace exactly as `String.prototype.trim` and `\s` see it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Han ideographs (BMP and, through their high surrogates, the supplementary planes), CJK punctuation, full-width forms and bopomofo. */
function isHan(c: number): boolean {
  return isHanCodeUnit(c) || (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65) || (c >= 0x3100 && c <= 0x31bf);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return c >= 0 && /\p{Ll}/u.test(String.fromCharCode(c));
}

function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /\p{Lu}/u.test(String.fromCharCode(c));
}

/** 。！？；｡ ‼ ⁇ ⁈ ⁉: end a sentence wherever they stand. */
function isStrongTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff61 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

/** . ! ? ; ． … ⋯: end a sentence depending on context. */
function isWeakTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0xff0e || c === 0x2026 || c === 0x22ef;
}

/** 」』”’）)]}〕】》〉］｝〗〙｣: closers that stay with the sentence they close. */
function isCloser(c: number): boolean {
  switch (c) {
    case 0x300d: case 0x300f: case 0x201d: case 0x2019: case 0xff09: case 0x29: case 0x5d: case 0x7d:
    case 0x3015: case 0x3011: case 0x300b: case 0x3009: case 0xff3d: case 0xff5d: case 0x3017: case 0x3019: case 0xff63:
      return true;
    default:
      return false;
  }
}

/** Openers stripped from the front of a word before it is looked up as an abbreviation. */
const OPENERS = /^[(["'“‘「『（［｛《〈【〔]+/;

/** Length of a list marker (`- `, `1. `, `a) `, `(1)`, `一、`) at `i`, or 0. */
function listMarkerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  // - * + • · ‧ – — followed by a space.
  if ((c === 0x2d || c === 0x2a || c === 0x2b || c === 0x2022 || c === 0xb7 || c === 0x2027 || c === 0x2013 || c === 0x2014) && (next === 0x20 || next === 0x09)) return 1;
  const m = /^(?:\d{1,3}[.)．）、]|[A-Za-z][.)]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/.exec(text.slice(i, i + 6));
  if (!m) return 0;
  const after = text.charCodeAt(i + m[0].length);
  const last = m[0].charCodeAt(m[0].length - 1);
  // `1.5` or `a.m.` is no marker: the ASCII forms need a space after them.
  return last === 0x2e || last === 0x29 ? (after === 0x20 || after === 0x09 ? m[0].length : 0) : m[0].length;
}

/** The `{start, end}` spans of the sentences of `text`, in order; what lies between them is whitespace. */
export function segmentSentences(text: string, options: SentenceOptions = {}): SentenceSpan[] {
  const maxLength = options.maxLength ?? Infinity;
  if (!(maxLength >= 2)) throw new RangeError(`segmentSentences: maxLength must be at least 2, got ${maxLength}`);
  const zhBlock = options.lang !== undefined && isChinese(options.lang);
  const n = text.length;
  const spans: SentenceSpan[] = [];

  let start = -1; // first character of the current sentence, -1 between sentences
  let end = 0; // just after its last non-space character
  let quotes = 0; // ASCII " seen in the current sentence: odd means one is open
  let wordStart = 0; // first character of the current word
  let newLine = true; // no word yet on the current line
  let lineFirst = true; // the current word is the first of its line
  let wasSpace = true;
  let breakEnd = -1; // content end before the last whitespace run in the sentence (for maxLength)
  let breakResume = -1; // first character after that run
  let urlEnd = 0; // end of the URL being read: no terminator before it

  const close = (to: number): void => {
    spans.push({ start, end: to });
    start = -1;
    quotes = 0;
    breakEnd = -1;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      wasSpace = true;
      if (c === 0x0a || c === 0x0d || c === 0x2028) {
        newLine = true;
        if (start >= 0) {
          let k = i + 1;
          while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
          if (listMarkerAt(text, k) > 0) close(end);
        }
      }
      continue;
    }
    if (start < 0) {
      start = i;
    } else if (wasSpace) {
      breakEnd = end;
      breakResume = i;
    }
    if (i - start >= maxLength) {
      if (breakEnd > start) {
        spans.push({ start, end: breakEnd });
        start = breakResume;
      } else {
        // No whitespace to cut at: cut at the limit, but not between the halves of a surrogate pair.
        const cut = c >= 0xdc00 && c <= 0xdfff && i - 1 > start ? i - 1 : i;
        spans.push({ start, end: cut });
        start = cut;
      }
      quotes = 0;
      breakEnd = -1;
    }
    if (wasSpace) {
      wasSpace = false;
      wordStart = i;
      lineFirst = newLine;
      newLine = false;
    }
    end = i + 1;
    if (c === 0x22) quotes++;

    if (c === 0x3a && i >= urlEnd && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) urlEnd = skipUrl(text, i + 3);
    if (i < urlEnd || (!isStrongTerminator(c) && !isWeakTerminator(c))) continue;

    // The run of terminators and closers that ends here: `？！」`, `……`, `."`, `.)`.
    let j = i + 1;
    let dots = c === 0x2e || c === 0xff0e ? 1 : 0;
    const limit = Math.min(n, start + maxLength);
    for (; j < limit; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x2e) dots++;
      else if (d === 0x22) {
        if (quotes % 2 === 1 || j + 1 >= n || isSpace(text.charCodeAt(j + 1))) quotes++;
        else break;
      } else if (d === 0x27) {
        const e = j + 1 < n ? text.charCodeAt(j + 1) : 0x20;
        if (!(isSpace(e) || isCloser(e) || isHan(e))) break;
      } else if (!isStrongTerminator(d) && !isWeakTerminator(d) && !isCloser(d)) break;
    }
    // The run is decided as a whole: a later terminator in it is no new candidate.
    if (endsSentence(text, i, j, dots, wordStart, lineFirst || wordStart === start, zhBlock)) {
      close(j);
      wasSpace = true;
    } else {
      end = j;
    }
    i = j - 1;
  }
  if (start >= 0) spans.push({ start, end });
  return spans;
}

/** Whether the terminator run `text[i, j)` ends a sentence. */
function endsSentence(text: string, i: number, j: number, dots: number, wordStart: number, markerPosition: boolean, zhBlock: boolean): boolean {
  const c = text.charCodeAt(i);
  if (isStrongTerminator(c)) return true;
  const n = text.length;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = j < n ? text.charCodeAt(j) : -1;
  const isDot = c === 0x2e || c === 0xff0e;
  // 3.5, v1.2, ３．５: a decimal point or version separator.
  if (isDot && j === i + 1 && isDigit(prev) && isDigit(next)) return false;
  if (isHan(prev)) return true;

  let k = j;
  while (k < n && isSpace(text.charCodeAt(k))) k++;
  const after = k < n ? text.charCodeAt(k) : -1;
  const spaced = next === -1 || k > j;

  if (isDot && dots === 1) {
    const len = i - wordStart;
    if (len > 0 && len <= MAX_ABBREVIATION) {
      const word = text.slice(wordStart, i).replace(OPENERS, '').toLowerCase();
      if (markerPosition && /^(?:\d{1,3}|[a-z]|[ivx]{1,4})$/.test(word)) return false;
      if (NON_FINAL.has(word) || (BEFORE_NUMBER.has(word) && isDigit(after))) return false;
      // J. R. R. Tolkien: an initial before a capital.
      if (/^\p{L}$/u.test(word) && after !== -1 && isUpper(after)) return false;
    }
  }
  if (isHan(next) || (spaced && isHan(after))) return true;
  if (c === 0x3b) return false; // `;` ends no English sentence
  if (!spaced) return zhBlock && (c === 0x3f || c === 0x21) && (isUpper(next) || isDigit(next));
  return after === -1 || !isLower(after);
}

/** End of a URL whose `//` ends just before `i`: up to whitespace, Han or a quote, less trailing punctuation. */
function skipUrl(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isSpace(c) || isHan(c) || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x201d || c === 0x2019) break;
    j++;
  }
  while (j > i && /[.,;:!?)\]}'’]/.test(text.charAt(j - 1))) j--;
  return j;
}
