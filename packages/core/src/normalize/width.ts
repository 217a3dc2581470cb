/**
 * Width normalization for comparison: the same text typed on different
 * keyboards should compare equal. Full-width Latin letters and digits
 * (Ａ１) become ASCII; half-width punctuation written inside Chinese text
 * (訪談:從, 可能,到, PPO(…)演算法) becomes the full-width form a Chinese
 * typesetter uses (，：（）？！；). Punctuation in English context (e.g.,
 * 10:30, f(x)) is kept. Every replacement is one UTF-16 code unit for one,
 * so the map is the identity.
 */

import type { OffsetMap } from '../schema.js';
import { identityMap } from './offset-map.js';
import { isHanCodeUnit } from '../lang.js';

/** A normalized text and the map from its characters back to the input. */
export interface Normalized {
  text: string;
  map: OffsetMap;
}

/** Half-width punctuation → the full-width form used in Chinese text, indexed by code unit (0 = none). */
const FULL_WIDTH = new Uint16Array(0x80);
for (const [half, full] of [
  [',', '，'],
  [':', '：'],
  ['(', '（'],
  [')', '）'],
  ['?', '？'],
  ['!', '！'],
  [';', '；'],
] as const) FULL_WIDTH[half.charCodeAt(0)] = full.charCodeAt(0);

/** The full-width form of `c` if it is one of the converted punctuation marks, else 0. */
function fullWidthOf(c: number): number {
  return c < 0x80 ? FULL_WIDTH[c]! : 0;
}

function isFullWidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Han, CJK symbols and punctuation (、。「」), or full-width punctuation (，！): marks of Chinese text. */
function isChineseMark(c: number): boolean {
  return isHanCodeUnit(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff65 && !isFullWidthAlnum(c));
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Normalizes widths for comparison. A half-width `, : ( ) ? ! ;` becomes
 * full-width when the nearest character on either side on its line
 * (skipping blanks and other such punctuation) is Chinese, when it ends a
 * line that has more Han characters than Latin words (做出 ChatGPT?), or
 * when it is the partner of a parenthesis that does.
 */
function normalizeWidthOnce(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    out[i] = isFullWidthAlnum(c) ? c - 0xfee0 : c;
  }
  // Nearest significant code unit before each position on its line (-1 at a line start), in one pass each way.
  const left = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    left[i] = last;
    const c = out[i]!;
    if (isLineBreak(c)) last = -1;
    else if (!isBlank(c) && fullWidthOf(c) === 0) last = c;
  }
  const right = new Int32Array(n);
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = last;
    const c = out[i]!;
    if (isLineBreak(c)) last = -1;
    else if (!isBlank(c) && fullWidthOf(c) === 0) last = c;
  }
  const convert = new Uint8Array(n);
  const opens: number[] = [];
  let lineStart = 0;
  let hanMajority = false;
  for (let i = 0; i < n; i++) {
    const c = out[i]!;
    if (i === lineStart) hanMajority = countsHanMajority(out, i);
    if (isLineBreak(c)) {
      lineStart = i + 1;
      continue;
    }
    if (fullWidthOf(c) === 0) continue;
    const l = left[i]!;
    const r = right[i]!;
    const chinese = (l >= 0 && isChineseMark(l)) || (r >= 0 && isChineseMark(r)) || (r < 0 && hanMajority);
    if (chinese) convert[i] = 1;
    if (c === 0x28) opens.push(i);
    else if (c === 0x29) {
      const open = opens.pop();
      if (open !== undefined && (convert[open] === 1 || chinese)) convert[open] = convert[i] = 1;
    }
  }
  for (let i = 0; i < n; i++) if (convert[i] === 1) out[i] = fullWidthOf(out[i]!);
  let result = '';
  for (let i = 0; i < n; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return result;
}

/** Whether the line starting at `start` has more Han characters than Latin words. */
function countsHanMajority(s: Uint16Array, start: number): boolean {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = start; i < s.length && !isLineBreak(s[i]!); i++) {
    const latin = isLatinLetter(s[i]!);
    if (latin && !inWord) words++;
    inWord = latin;
    if (isHanCodeUnit(s[i]!)) han++;
  }
  return han > words;
}

/**
 * Width normalization for comparison (see the module comment). A mark turned
 * full-width becomes Chinese context for its neighbours (`(?a)文`: the `（`
 * made from `(` makes the `?` beside it Chinese too), so passes repeat until
 * nothing changes; each pass only widens marks, so this ends, nearly always
 * after the second pass. The map is the identity: every change is one code
 * unit for one.
 */
export function normalizeWidth(text: string): Normalized {
  let current = text;
  for (;;) {
    const next = normalizeWidthOnce(current);
    if (next === current) return { text: next, map: identityMap(text.length) };
    current = next;
  }
}
