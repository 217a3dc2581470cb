/**
 * What a character counts for in language detection: a Han character (and
 * whether Traditional→Simplified or Simplified→Traditional changes it, see
 * han-script.ts), a Latin letter, a letter of another script, or nothing.
 *
 * A book meets a few thousand distinct characters a million times, so each
 * BMP code unit is classified once, into a table, and counting a text is one
 * table read per character: the same few operations for every character.
 * (Counting by branches, which a Chinese and an English file take in a
 * different mix, made the optimizer recompile the count five times.)
 */

import { classifyHan, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './han-script.js';

/** A Han character. */
export const HAN = 1;
/** A Latin letter. */
export const LATIN = 2;
/** A letter of another script (kana, Hangul, Cyrillic, …). */
export const OTHER = 4;
/** A Han character that Traditional→Simplified changes. */
export const HANT_ONLY = 8;
/** A Han character that Simplified→Traditional changes. */
export const HANS_ONLY = 16;
/** A high surrogate: it counts as the code point it begins ({@link classifyCodePoint}). */
export const HIGH_SURROGATE = 32;

/** Not classified yet: the entry of a BMP code unit in {@link unitClasses} until {@link classifyUnit} meets it. */
export const UNSEEN = 0xff;

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af);
}

function isLatinCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

const LETTER = /\p{L}/u;

/** The class of a code point (a lone surrogate is none): {@link HAN} with its script flags, {@link LATIN}, {@link OTHER} or 0. */
export function classifyCodePoint(c: number): number {
  if (isHanCode(c)) {
    const flags = classifyHan(c);
    return HAN | (flags & TRADITIONAL_ONLY ? HANT_ONLY : 0) | (flags & SIMPLIFIED_ONLY ? HANS_ONLY : 0);
  }
  if (isLatinCode(c)) return LATIN;
  // CJK and fullwidth punctuation are no letters, whatever \p{L} would say of them; skip the test for them.
  if (c >= 0x370 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff20) && LETTER.test(String.fromCodePoint(c))) return OTHER;
  return 0;
}

let table: Uint8Array | undefined;

/** The classes of the BMP code units met so far, {@link UNSEEN} for the others: read it, and classify an unseen unit. */
export function unitClasses(): Uint8Array {
  return (table ??= new Uint8Array(0x10000).fill(UNSEEN));
}

/** The class of BMP code unit `unit`, or {@link HIGH_SURROGATE}, recorded in {@link unitClasses}. */
export function classifyUnit(unit: number): number {
  const classes = unitClasses();
  let k = classes[unit]!;
  if (k === UNSEEN) classes[unit] = k = unit >= 0xd800 && unit <= 0xdbff ? HIGH_SURROGATE : classifyCodePoint(unit);
  return k;
}
