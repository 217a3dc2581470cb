/**
 * Names across languages: a transliterated name in English (Wei Xiaobao,
 * Bao-yu, Granny Liu) meets the Han characters whose CC-CEDICT readings spell
 * it (韦小宝, 宝玉, 刘), as one more key on both sides, `~` and the toneless
 * letters (`~weixiaobao`), the way quantity anchors meet values
 * (quantity-anchors.ts). Names CC-CEDICT itself translates (北京 Beijing,
 * 北京大学 Peking University) already meet through its definitions.
 *
 * Romanised names are short strings over 420 syllables, so most guards are
 * against chance spellings, after transliteration-mining practice (Knight &
 * Graehl 1998 score a name by its whole syllable sequence, never one syllable):
 * - English: only capitalised words (not ALL CAPS) that split wholly into
 *   pinyin syllables and are not function words (He, An); a one-syllable word
 *   only when it is not the first of its sentence or stands in a run of
 *   capitalised words (Granny Liu, Wang Miao), so "Long ago" is no name.
 * - Chinese: only whole words or runs of up to three whole words of the
 *   segmentation, two to four characters long, so 吃|那个 never spells "China".
 *   One syllable stands for a name only as a surname (CC-CEDICT's `surname X`)
 *   that begins a name: alone before a word of two or more characters that it
 *   does not form a word with (刘|老老, 王|夫人; not 也|是 "also is", 也|没有),
 *   or at the start of a word the dictionary does not know (刘老老); 李子 "plum" is a word, not Li.
 */

import type { Token } from '../segment/words.js';
import type { Readings } from './readings.js';

/** Prefix of a name key: no English or Chinese token starts with it. */
export const NAME_PREFIX = '~';

export interface NameOptions {
  /** Most characters of a Chinese name spelled as one key. @default 4 */
  maxChars?: number;
  /** Most words (of the segmentation, or capitalised English words) joined into one key. @default 3 */
  maxWords?: number;
  /** Most spellings of one Chinese span (product of its characters' readings); a span with more spells nothing. @default 32 */
  maxSpellings?: number;
  /**
   * Aligning: a name key found in more than this share of a document's English sentences is dropped
   * (`keepRareNames`). Chosen on MAC-Dev: exact F1 0.860 at 0.05, 0.861 at 0.1, 0.859 at 0.2 and with no cut. @default 0.1
   */
  maxShare?: number;
}

/** The defaults of `NameOptions`. */
export const DEFAULT_NAME_OPTIONS: Required<NameOptions> = { maxChars: 4, maxWords: 3, maxSpellings: 32, maxShare: 0.1 };

const LONGEST_SYLLABLE = 6; // zhuang, chuang, shuang

/** Fewest pinyin syllables that spell `letters` wholly, or 0 when they cannot. */
export function countSyllables(letters: string, syllables: ReadonlySet<string>): number {
  const best = new Array<number>(letters.length + 1).fill(Infinity);
  best[0] = 0;
  for (let end = 1; end <= letters.length; end++) {
    for (let len = 1; len <= LONGEST_SYLLABLE && len <= end; len++) {
      if (best[end - len]! + 1 < best[end]! && syllables.has(letters.slice(end - len, end))) best[end] = best[end - len]! + 1;
    }
  }
  return Number.isFinite(best[letters.length]) ? best[letters.length]! : 0;
}

/**
 * Name keys of a Chinese sentence (Simplified, segmented by `segmentWords`),
 * per token: the keys of every name span the token is part of. `isWord` tells
 * a dictionary headword (for the surname rule); `prefixes` (`namePrefixes` of
 * the other side's keys), when given, keeps only the keys the other side can
 * meet, and stops spelling a span as soon as no key starts that way.
 */
export function findChineseNames(
  text: string, tokens: readonly Token[], readings: Readings, isWord: (word: string) => boolean, options: NameOptions = {}, prefixes?: ReadonlySet<string>,
): (string[] | undefined)[] {
  const { maxChars, maxWords, maxSpellings } = { ...DEFAULT_NAME_OPTIONS, ...options };
  const out: (string[] | undefined)[] = new Array<string[] | undefined>(tokens.length);
  const spelled = spelledWords(readings, maxSpellings, prefixes);
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!;
    if (first.kind !== 'han') continue;
    const word = spell(first.text, spelled);
    if (word.surnameKeys.length > 0) {
      const next = tokens[k + 1];
      // Before a word of two characters or more that it does not form a word with (刘|老老, 王|夫人, not 也|是 or 山|上).
      const named = first.text.length === 1 ? next?.kind === 'han' && next.start === first.end && next.text.length >= 2 && !isWord(first.text + next.text) : !isWord(first.text);
      if (named) for (const key of word.surnameKeys) addKey(out, k, key);
    }
    // The spellings of tokens k … l, grown a token at a time, given up once no key starts that way.
    let spellings = [NAME_PREFIX];
    for (let l = k; l < tokens.length && l - k < maxWords && spellings.length > 0; l++) {
      const last = tokens[l]!;
      if (last.kind !== 'han' || (l > k && last.start !== tokens[l - 1]!.end) || last.end - first.start > maxChars) break;
      spellings = l === k ? word.spellings : extend(spellings, spell(last.text, spelled).chars, maxSpellings, prefixes);
      if (last.end - first.start < 2) continue;
      for (const spelling of spellings) if (!prefixes || prefixes.has(spelling)) for (let t = k; t <= l; t++) addKey(out, t, spelling);
    }
  }
  return out;
}

/** Adds `key` to the keys of token `k` once. (Not a closure in findChineseNames: tsx names each closure it makes, per sentence.) */
function addKey(out: (string[] | undefined)[], k: number, key: string): void {
  const list = (out[k] ??= []);
  if (!list.includes(key)) list.push(key);
}

/** What `findChineseNames` reads of a word, whatever its place: worked out once per word. */
interface SpelledWord {
  /** The readings of each of its characters; undefined when one has none (then it spells nothing). */
  chars: readonly (readonly string[])[] | undefined;
  /** Its spellings at the start of a span: `extend` of `[NAME_PREFIX]`. */
  spellings: string[];
  /** The keys of its first character's surname readings, those on the prefixes when given. */
  surnameKeys: readonly string[];
}

/** `SpelledWord`s by word, for one set of readings, limit of spellings and prefixes. */
interface SpelledWords {
  readings: Readings;
  max: number;
  prefixes: ReadonlySet<string> | undefined;
  words: Map<string, SpelledWord>;
}

/**
 * Words already spelled, kept across sentences: every token starts a span, and a
 * book repeats a few thousand words (的, 他, 说), most of which start no key of the
 * other side, so reading each once is most of the work saved (issue 13).
 */
const SPELLED = new WeakMap<ReadonlySet<string> | Readings, SpelledWords>();

function spelledWords(readings: Readings, max: number, prefixes: ReadonlySet<string> | undefined): SpelledWords {
  const key = prefixes ?? readings;
  let found = SPELLED.get(key);
  if (!found || found.readings !== readings || found.max !== max || found.prefixes !== prefixes) {
    found = { readings, max, prefixes, words: new Map() };
    SPELLED.set(key, found);
  }
  return found;
}

/** The `SpelledWord` of `word` (callers only read its lists). */
function spell(word: string, spelled: SpelledWords): SpelledWord {
  let found = spelled.words.get(word);
  if (found === undefined) {
    const { readings, max, prefixes } = spelled;
    let chars: (readonly string[])[] | undefined = [];
    for (const char of word) {
      const list = readings.of(char);
      if (!list) {
        chars = undefined;
        break;
      }
      chars.push(list);
    }
    const surnameKeys: string[] = [];
    for (const s of readings.surnamesOf(word.charAt(0)) ?? []) if (!prefixes || prefixes.has(NAME_PREFIX + s)) surnameKeys.push(NAME_PREFIX + s);
    found = { chars, spellings: extend([NAME_PREFIX], chars, max, prefixes), surnameKeys };
    if (spelled.words.size < 100_000) spelled.words.set(word, found);
  }
  return found;
}

/** `spellings` extended by every reading of each character (`chars`); none when a character has none or there are too many; only those on `prefixes` when given. */
function extend(spellings: string[], chars: readonly (readonly string[])[] | undefined, max: number, prefixes?: ReadonlySet<string>): string[] {
  if (!chars) return [];
  for (const list of chars) {
    if (spellings.length * list.length > max) return [];
    const next: string[] = [];
    for (const s of spellings) for (const r of list) if (!prefixes || prefixes.has(s + r)) next.push(s + r);
    spellings = next;
    if (spellings.length === 0) return spellings;
  }
  return spellings;
}

/** Every prefix of the name keys among `tokens` (`~`, `~w`, `~we` … `~weixiaobao`), for `findChineseNames`. */
export function namePrefixes(tokens: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const token of tokens) {
    if (!token.startsWith(NAME_PREFIX)) continue;
    for (let end = token.length; end > 0 && !out.has(token.slice(0, end)); end--) out.add(token.slice(0, end));
  }
  return out;
}
