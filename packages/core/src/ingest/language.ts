/**
 * Language and script of each block, and the split of a file into versions.
 *
 * Evidence, not guesses: a block is Chinese or English by its letters — Han
 * characters against Latin letters, a Han character weighing as much as
 * `latinLettersPerHan` Latin letters (an English word averages 4.7 letters and
 * carries about what 1.5 Han characters do, so ~3 letters ≈ 1 character) — and
 * Chinese text is Simplified or Traditional by an OpenCC round trip: the Han
 * characters that Traditional→Simplified changes are Traditional-only, those
 * that Simplified→Traditional changes are Simplified-only. Only OpenCC's
 * character tables are needed for that (han-script.ts), so a block costs one
 * table lookup per character rather than two conversions of its text.
 *
 * A block too short to decide (`Summary`, `PPO 算法之父`, `主持人：`) takes
 * the language of its nearest decisive neighbours; in a file whose blocks
 * never decide, each block keeps its own weak evidence, and a block without
 * any (a script-neutral `算法`) is judged on all the file's text at once. Versions are the substantial runs
 * of one language (at least `minVersionBlocks` blocks and `minVersionShare`
 * of the text); a shorter run (image captions in English inside a Chinese
 * transcript, a code-mixed line) stays inside the version around it.
 */

import type { Lang } from '../schema.js';
import { classifyHan, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './han-script.js';

export interface LanguageOptions {
  /**
   * How many Latin letters weigh as much as one Han character.
   * @default 3
   */
  latinLettersPerHan?: number;
  /**
   * Lead a block's first script needs over its second (in weight: Han
   * characters, Latin letters / `latinLettersPerHan`, other letters) to
   * decide its language on its own. Below it, a short line (`Summary`) or a
   * line of names inside a Chinese text (`來源: Cursor Podcast`, `Thinking
   * Machines 的 Tynker`) takes the language of its neighbours.
   * @default 8
   */
  minBlockMargin?: number;
  /**
   * How many more Simplified-only than Traditional-only characters (or the
   * reverse) a block needs to decide its script on its own.
   * @default 2
   */
  minScriptMargin?: number;
}

/** Letter counts behind a language decision. */
export interface LangEvidence {
  /** Han characters. */
  han: number;
  /** Latin letters. */
  latin: number;
  /** Letters of other scripts (kana, Hangul, Cyrillic, …). */
  other: number;
  /** Han characters that Traditional→Simplified changes. */
  hantOnly: number;
  /** Han characters that Simplified→Traditional changes. */
  hansOnly: number;
  /** han + latin / latinLettersPerHan + other. */
  weight: number;
}

export interface LangDetection {
  lang: Lang;
  /** Whether the evidence decides on its own: enough letters, and for Chinese a clear script margin. */
  confident: boolean;
  evidence: LangEvidence;
}

function resolve(options: LanguageOptions) {
  return {
    latinLettersPerHan: options.latinLettersPerHan ?? 3,
    minBlockMargin: options.minBlockMargin ?? 8,
    minScriptMargin: options.minScriptMargin ?? 2,
  };
}

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af);
}

function isLatinCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

const LETTER = /\p{L}/u;

/** Counts the letters of `text` by script, in one pass. */
export function countLetters(text: string, options: LanguageOptions = {}): LangEvidence {
  return countWith(text, resolve(options).latinLettersPerHan);
}

/** {@link countLetters} with the weight resolved: a book's blocks resolve their options once, not once a block. */
function countWith(text: string, latinLettersPerHan: number): LangEvidence {
  let han = 0;
  let latin = 0;
  let other = 0;
  let hantOnly = 0;
  let hansOnly = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = text.codePointAt(i)!;
      i++;
    }
    if (isHanCode(c)) {
      han++;
      const flags = classifyHan(c);
      if (flags & TRADITIONAL_ONLY) hantOnly++;
      if (flags & SIMPLIFIED_ONLY) hansOnly++;
    } else if (isLatinCode(c)) latin++;
    else if (c >= 0x370 && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff20) && LETTER.test(String.fromCodePoint(c))) other++;
  }
  return { han, latin, other, hantOnly, hansOnly, weight: han + latin / latinLettersPerHan + other };
}

type Family = 'zh' | 'en' | 'other';

function familyOf(e: LangEvidence, latinLettersPerHan: number): Family | undefined {
  const latin = e.latin / latinLettersPerHan;
  if (e.han === 0 && latin === 0 && e.other === 0) return undefined;
  if (e.other > e.han && e.other > latin) return 'other';
  return e.han >= latin ? 'zh' : 'en';
}

/** How far the heaviest script's weight leads the next one's. */
function leadOf(e: LangEvidence, latinLettersPerHan: number): number {
  const x = e.han;
  const y = e.latin / latinLettersPerHan;
  const z = e.other;
  // The largest minus the middle one, without sorting an array per block (a book has tens of thousands).
  if (x >= y) return y >= z ? x - y : x >= z ? x - z : z - x;
  return x >= z ? y - x : y >= z ? y - z : z - y;
}

/** Simplified or Traditional by the round-trip counts, undefined on a tie. */
function scriptOfEvidence(e: LangEvidence): 'zh-Hans' | 'zh-Hant' | undefined {
  if (e.hansOnly === e.hantOnly) return undefined;
  return e.hansOnly > e.hantOnly ? 'zh-Hans' : 'zh-Hant';
}

/**
 * The language and script of `text`, with the counts that decided it. Text
 * without letters is `other`. Chinese whose characters are all the same in
 * both scripts (算法之父) cannot be told apart: it is reported as `zh-Hans`
 * with `confident: false`.
 */
export function detectLang(text: string, options: LanguageOptions = {}): LangDetection {
  return decide(countLetters(text, options), options);
}

function decide(evidence: LangEvidence, options: LanguageOptions): LangDetection {
  const o = resolve(options);
  const family = familyOf(evidence, o.latinLettersPerHan);
  const enough = leadOf(evidence, o.latinLettersPerHan) >= o.minBlockMargin;
  if (family === undefined) return { lang: 'other', confident: false, evidence };
  if (family !== 'zh') return { lang: family, confident: enough, evidence };
  const script = scriptOfEvidence(evidence);
  const clear = Math.abs(evidence.hansOnly - evidence.hantOnly) >= o.minScriptMargin;
  return { lang: script ?? 'zh-Hans', confident: enough && clear, evidence };
}

/** The evidence of blocks added up, in order, into one object (not one per block). */
function sumEvidence(list: readonly LangEvidence[]): LangEvidence {
  const sum: LangEvidence = { han: 0, latin: 0, other: 0, hantOnly: 0, hansOnly: 0, weight: 0 };
  for (const b of list) {
    sum.han += b.han;
    sum.latin += b.latin;
    sum.other += b.other;
    sum.hantOnly += b.hantOnly;
    sum.hansOnly += b.hansOnly;
    sum.weight += b.weight;
  }
  return sum;
}

/**
 * Fills the undecided entries of `decided` from their nearest decided
 * neighbours: both sides agreeing win; on disagreement the side matching the
 * entry's own weak evidence (`weak`) wins, else the earlier side; with one
 * side only, that side; with none, its own weak evidence, else `fallback`.
 */
function smooth<T>(decided: Array<T | undefined>, weak: Array<T | undefined>, fallback: T): T[] {
  const n = decided.length;
  const next: Array<T | undefined> = new Array<T | undefined>(n);
  let after: T | undefined;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = after;
    if (decided[i] !== undefined) after = decided[i];
  }
  const out: T[] = [];
  let before: T | undefined;
  for (let i = 0; i < n; i++) {
    const own = decided[i];
    if (own !== undefined) {
      out.push(own);
      before = own;
      continue;
    }
    const b = before;
    const a = next[i];
    if (b !== undefined && a !== undefined) out.push(b === a ? b : weak[i] === a ? a : b);
    else out.push(b ?? a ?? weak[i] ?? fallback);
  }
  return out;
}

/** Languages of a file's blocks, each decided by its own evidence or, when that is too thin, by its neighbours'. */
export interface BlockLanguages {
  langs: Lang[];
  evidence: LangEvidence[];
}

/** Decides the language of each of `texts` (a file's blocks, in order), smoothing short blocks by their neighbours. */
export function detectBlockLangs(texts: readonly string[], options: LanguageOptions = {}): BlockLanguages {
  const o = resolve(options);
  // Language family first: zh, en or other, each block on its own evidence, in one pass over the blocks.
  const evidence: LangEvidence[] = [];
  const weakFamily: Array<Family | undefined> = [];
  const decidedFamily: Array<Family | undefined> = [];
  for (const text of texts) {
    const e = countWith(text, o.latinLettersPerHan);
    const family = familyOf(e, o.latinLettersPerHan);
    evidence.push(e);
    weakFamily.push(family);
    decidedFamily.push(leadOf(e, o.latinLettersPerHan) >= o.minBlockMargin ? family : undefined);
  }
  const total = sumEvidence(evidence);
  const families = smooth(decidedFamily, weakFamily, familyOf(total, o.latinLettersPerHan) ?? 'other');

  // Then the script of the Chinese blocks, among Chinese blocks only.
  const zh: number[] = [];
  for (let i = 0; i < families.length; i++) if (families[i] === 'zh') zh.push(i);
  const zhTotal = sumEvidence(zh.map((i) => evidence[i]!));
  const weakScript = zh.map((i) => scriptOfEvidence(evidence[i]!));
  const decidedScript = zh.map((i) => {
    const e = evidence[i]!;
    return Math.abs(e.hansOnly - e.hantOnly) >= o.minScriptMargin ? scriptOfEvidence(e) : undefined;
  });
  const scripts = smooth(decidedScript, weakScript, scriptOfEvidence(zhTotal) ?? 'zh-Hans');

  const langs: Lang[] = families.map((f) => (f === 'zh' ? 'zh-Hans' : f));
  zh.forEach((blockIndex, k) => (langs[blockIndex] = scripts[k]!));
  return { langs, evidence };
}
