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
import { classifyCodePoint, classifyUnit, HAN, HANS_ONLY, HANT_ONLY, HIGH_SURROGATE, LATIN, OTHER, UNSEEN, unitClasses } from './letters.js';
import { NONE, smooth } from './smooth.js';

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
  const classes = unitClasses();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let k = classes[unit]!;
    if (k === UNSEEN) k = classifyUnit(unit);
    if (k === HIGH_SURROGATE) {
      // The code point it begins (itself, unpaired), and the unit after it is done with; a surrogate that ends the text is no letter.
      k = i + 1 < text.length ? classifyCodePoint(text.codePointAt(i)!) : 0;
      i++;
    }
    // Without branches: every character takes the same path, and the optimizer has seen all of it after the first few.
    han += k & HAN;
    latin += (k & LATIN) >> 1;
    other += (k & OTHER) >> 2;
    hantOnly += (k & HANT_ONLY) >> 3;
    hansOnly += (k & HANS_ONLY) >> 4;
  }
  return { han, latin, other, hantOnly, hansOnly, weight: han + latin / latinLettersPerHan + other };
}

/**
 * Language families and Chinese scripts as small codes, {@link NONE} for
 * none, so that a book's blocks keep them in byte arrays: arrays of strings
 * the length of a book are large objects, each a fresh allocation of its own.
 */
const ZH = 1;
const EN = 2;
const OTHERS = 3;
/** The family of each code. */
const FAMILIES = [undefined, 'zh', 'en', 'other'] as const;
/** The language of each family code, Chinese as Simplified until its script is decided. */
const FAMILY_LANGS: readonly Lang[] = ['other', 'zh-Hans', 'en', 'other'];
const HANS = 1;
const HANT = 2;
/** The script of each code. */
const SCRIPTS = [undefined, 'zh-Hans', 'zh-Hant'] as const;

/** The family code of the heaviest script (ties to Chinese), {@link NONE} without letters. */
function familyOf(e: LangEvidence, latinLettersPerHan: number): number {
  const latin = e.latin / latinLettersPerHan;
  if (e.han === 0 && latin === 0 && e.other === 0) return NONE;
  if (e.other > e.han && e.other > latin) return OTHERS;
  return e.han >= latin ? ZH : EN;
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

/** Simplified or Traditional by the round-trip counts ({@link HANS}, {@link HANT}), {@link NONE} on a tie. */
function scriptOf(hansOnly: number, hantOnly: number): number {
  if (hansOnly === hantOnly) return NONE;
  return hansOnly > hantOnly ? HANS : HANT;
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
  const family = FAMILIES[familyOf(evidence, o.latinLettersPerHan)];
  const enough = leadOf(evidence, o.latinLettersPerHan) >= o.minBlockMargin;
  if (family === undefined) return { lang: 'other', confident: false, evidence };
  if (family !== 'zh') return { lang: family, confident: enough, evidence };
  const script = SCRIPTS[scriptOf(evidence.hansOnly, evidence.hantOnly)];
  const clear = Math.abs(evidence.hansOnly - evidence.hantOnly) >= o.minScriptMargin;
  return { lang: script ?? 'zh-Hans', confident: enough && clear, evidence };
}

/** Languages of a file's blocks, each decided by its own evidence or, when that is too thin, by its neighbours'. */
export interface BlockLanguages {
  langs: Lang[];
  evidence: LangEvidence[];
}

/** Decides the language of each of `texts` (a file's blocks, in order), smoothing short blocks by their neighbours. */
export function detectBlockLangs(texts: readonly string[], options: LanguageOptions = {}): BlockLanguages {
  const evidence: LangEvidence[] = [];
  const { langs } = judgeBlocks(texts, options, evidence);
  return { langs, evidence };
}

/**
 * {@link detectBlockLangs} with each block's weight instead of its evidence,
 * as reading a document needs: no object per block for the collector to copy.
 */
export function detectBlockLangWeights(texts: readonly string[], options: LanguageOptions = {}): { langs: Lang[]; weights: number[] } {
  return judgeBlocks(texts, options);
}

/** The languages and weights of the blocks, and, when asked for with `evidence`, their evidence. */
function judgeBlocks(texts: readonly string[], options: LanguageOptions, evidence?: LangEvidence[]): { langs: Lang[]; weights: number[] } {
  const o = resolve(options);
  const n = texts.length;
  // Language family first: zh, en or other, each block on its own evidence, in one pass over the blocks.
  const weights: number[] = [];
  const weakFamily = new Uint8Array(n);
  const decidedFamily = new Uint8Array(n);
  // The script counts are kept for the second step, the others only as the file's totals.
  const hansOnly = new Int32Array(n);
  const hantOnly = new Int32Array(n);
  let han = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const e = countWith(texts[i]!, o.latinLettersPerHan);
    evidence?.push(e);
    weights.push(e.weight);
    hansOnly[i] = e.hansOnly;
    hantOnly[i] = e.hantOnly;
    han += e.han;
    latin += e.latin;
    other += e.other;
    weakFamily[i] = familyOf(e, o.latinLettersPerHan);
    if (leadOf(e, o.latinLettersPerHan) >= o.minBlockMargin) decidedFamily[i] = weakFamily[i]!;
  }
  const total = { han, latin, other, hantOnly: 0, hansOnly: 0, weight: 0 };
  const families = smooth(decidedFamily, weakFamily, familyOf(total, o.latinLettersPerHan) || OTHERS);

  // Then the script of the Chinese blocks, among Chinese blocks only.
  let zhCount = 0;
  for (let i = 0; i < n; i++) if (families[i] === ZH) zhCount++;
  const zh = new Int32Array(zhCount);
  const weakScript = new Uint8Array(zhCount);
  const decidedScript = new Uint8Array(zhCount);
  let zhHansOnly = 0;
  let zhHantOnly = 0;
  for (let i = 0, k = 0; i < n; i++) {
    if (families[i] !== ZH) continue;
    zh[k] = i;
    zhHansOnly += hansOnly[i]!;
    zhHantOnly += hantOnly[i]!;
    weakScript[k] = scriptOf(hansOnly[i]!, hantOnly[i]!);
    if (Math.abs(hansOnly[i]! - hantOnly[i]!) >= o.minScriptMargin) decidedScript[k] = weakScript[k]!;
    k++;
  }
  const scripts = smooth(decidedScript, weakScript, scriptOf(zhHansOnly, zhHantOnly) || HANS);

  const langs: Lang[] = new Array<Lang>(n);
  for (let i = 0; i < n; i++) langs[i] = FAMILY_LANGS[families[i]!]!;
  zh.forEach((blockIndex, k) => (langs[blockIndex] = SCRIPTS[scripts[k]!]!));
  return { langs, weights };
}
