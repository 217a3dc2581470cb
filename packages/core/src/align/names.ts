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
import { isStopword, tokenizeEnglish } from './english.js';
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

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** `WORD` for ASCII text, where it matches the same: without the u flag it runs about 3 times faster (most English text is ASCII). */
const ASCII_WORD = /[A-Za-z]+(?:['-][A-Za-z]+)*/g;
const UPPER = /^\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*$/u;
/** What between two words starts a sentence or a quotation. */
const STARTS = /[.!?…:;“‘「『]|(?:^|\s)["']/u;

/** A word's letters as a name key's, lowercase, accents and apostrophes dropped (Bao-yu, Ch'ing, Lü). */
const lettersOf = (word: string): string => word.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase().replace(/[^a-z]/g, '');

/** A name found in an English sentence: its key, and where its words are in the sentence after NFKC. */
export interface EnglishName {
  key: string;
  start: number;
  end: number;
}

/** Name keys of an English sentence, in text order. */
export function findEnglishNames(text: string, syllables: ReadonlySet<string>, options: NameOptions = {}): string[] {
  return locateEnglishNames(text, syllables, options).map((name) => name.key);
}

/** A word of an English sentence as `locateEnglishNames` reads it. */
interface NameWord {
  letters: string;
  capital: boolean;
  start: boolean;
  joined: boolean;
  count: number;
  from: number;
  to: number;
}

/** Every word that does not start with a capital: it only ends a run, so one shared object stands for all (most words; no garbage). */
const LOWERCASE_WORD: Readonly<NameWord> = { letters: '', capital: false, start: false, joined: false, count: 0, from: -1, to: -1 };

/** Whether a word starts with a capital: `UPPER`, with ASCII answered without the regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(word);
}

/** What a word that starts with a capital says as a name, whatever its place. */
interface Spelled {
  letters: string;
  capital: boolean;
  count: number;
}

/**
 * `spell` of words already seen, per set of syllables: a book names the same
 * few people again and again, and starts its sentences with the same words.
 */
const SPELLED = new WeakMap<ReadonlySet<string>, Map<string, Spelled>>();

/** A word that starts with a capital, as a name: its letters and syllable count (0 when no name). */
function spell(found: string, syllables: ReadonlySet<string>): Spelled {
  let cache = SPELLED.get(syllables);
  if (!cache) SPELLED.set(syllables, (cache = new Map()));
  let spelled = cache.get(found);
  if (!spelled) {
    // A contraction's ending is no part of a name: Wang's is Wang, You're is you.
    const word = found.replace(/['’](?:s|re|ll|ve|d|t|m)$/u, '');
    const capital = CAPITALISED.test(word);
    const letters = capital ? lettersOf(word) : '';
    spelled = { letters, capital, count: capital && !isStopword(letters) ? countSyllables(letters, syllables) : 0 };
    if (cache.size < 100_000) cache.set(found, spelled);
  }
  return spelled;
}

/** A word that starts with a capital, at `from`, after `gap` (undefined for the first word). */
function readCapitalised(found: string, from: number, gap: string | undefined, syllables: ReadonlySet<string>): NameWord {
  const { letters, capital, count } = spell(found, syllables);
  // One space, the usual gap, neither starts a sentence nor parts a run.
  const start = gap === undefined || (gap !== ' ' && STARTS.test(gap));
  const joined = gap !== undefined && (gap === ' ' || /^\s+$/u.test(gap));
  return { letters, capital, start, joined, count, from, to: from + found.length };
}

/** The names of an English sentence (`findEnglishNames`) with where they are. */
export function locateEnglishNames(text: string, syllables: ReadonlySet<string>, options: NameOptions = {}): EnglishName[] {
  return joinRuns(readWords(text, syllables), options.maxWords ?? DEFAULT_NAME_OPTIONS.maxWords);
}

/** The words of an English sentence, those that start with a capital read for names. */
function readWords(text: string, syllables: ReadonlySet<string>): Readonly<NameWord>[] {
  const words: Readonly<NameWord>[] = [];
  // NFKC only when needed, as tokenizeEnglish does: most text is ASCII.
  const ascii = !/[^\x00-\x7f]/.test(text);
  const plain = ascii ? text : text.normalize('NFKC');
  let end = 0;
  // match() and indexOf() rather than matchAll(): no object per word. A word ends before a non-letter and no letter
  // stands between two words, so the next word is the first place its text occurs after the last word.
  for (const found of plain.match(ascii ? ASCII_WORD : WORD) ?? []) {
    const from = plain.indexOf(found, end);
    // Only capitalised words need their context read: the rest only end a run.
    words.push(startsUpper(found) ? readCapitalised(found, from, words.length === 0 ? undefined : plain.slice(end, from), syllables) : LOWERCASE_WORD);
    end = from + found.length;
  }
  return words;
}

/** One key per run of pinyin words, the whole run (Wang Qiyao → ~wangqiyao): a key per word as well would weigh a name three times. */
function joinRuns(words: readonly Readonly<NameWord>[], maxWords: number): EnglishName[] {
  const out: EnglishName[] = [];
  for (let k = 0; k < words.length; ) {
    const word = words[k]!;
    if (word.count === 0) {
      k++;
      continue;
    }
    let l = k + 1;
    while (l < words.length && l - k < maxWords && words[l]!.count > 0 && words[l]!.joined && !words[l]!.start) l++;
    const run = words.slice(k, l);
    // In a run of capitalised words (Granny Liu, Wang Miao) even a first word is a name.
    const inRun = run.length > 1 || (words[l]?.capital === true && words[l]!.joined) || (!word.start && word.joined && words[k - 1]?.capital === true);
    if (run.length > 1 || word.count >= 2 || !word.start || inRun) out.push({ key: NAME_PREFIX + run.map((w) => w.letters).join(''), start: word.from, end: run[run.length - 1]!.to });
    k = l;
  }
  return out;
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
  for (let k = 0; k < tokens.length; k++) {
    const first = tokens[k]!;
    if (first.kind !== 'han') continue;
    const surname = readings.surnamesOf(first.text.charAt(0));
    if (surname) {
      const next = tokens[k + 1];
      // Before a word of two characters or more that it does not form a word with (刘|老老, 王|夫人, not 也|是 or 山|上).
      const named = first.text.length === 1 ? next?.kind === 'han' && next.start === first.end && next.text.length >= 2 && !isWord(first.text + next.text) : !isWord(first.text);
      if (named) for (const s of surname) if (!prefixes || prefixes.has(NAME_PREFIX + s)) addKey(out, k, NAME_PREFIX + s);
    }
    // The spellings of tokens k … l, grown a token at a time, given up once no key starts that way.
    let spellings = [NAME_PREFIX];
    for (let l = k; l < tokens.length && l - k < maxWords && spellings.length > 0; l++) {
      const last = tokens[l]!;
      if (last.kind !== 'han' || (l > k && last.start !== tokens[l - 1]!.end) || last.end - first.start > maxChars) break;
      spellings = extend(spellings, last.text, readings, maxSpellings, prefixes);
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

/** `spellings` extended by every reading of each character of `text`; none when a character has none or there are too many; only those on `prefixes` when given. */
function extend(spellings: string[], text: string, readings: Readings, max: number, prefixes?: ReadonlySet<string>): string[] {
  for (const char of text) {
    const list = readings.of(char);
    if (!list || spellings.length * list.length > max) return [];
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

/**
 * The tokens of an English sentence (`tokenizeEnglish`) with the words of its
 * names `keep` replaced by their keys: Wang Qiyao is one token, `~wangqiyao`,
 * not three (wang, qiyao and the key), so a name weighs what a word weighs.
 */
export function tokenizeWithNames(text: string, names: readonly EnglishName[], keep: readonly string[] = names.map((n) => n.key)): string[] {
  if (keep.length === 0) return tokenizeEnglish(text);
  // NFKC leaves ASCII as it is (as in locateEnglishNames, whose offsets these are).
  let plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  for (const name of names) if (keep.includes(name.key)) plain = plain.slice(0, name.start) + ' '.repeat(name.end - name.start) + plain.slice(name.end);
  const out = tokenizeEnglish(plain);
  for (const key of keep) out.push(key);
  return out;
}

/**
 * The name keys of each sentence, without those found in more than `maxShare`
 * of the sentences (and more than two): the heroine named in every third sentence says little
 * about which sentence is which (a translator names her where the original
 * says 她), while a name met a few times pins its sentences down, as a rare
 * word does (the IDF of Salton & Buckley 1988, cut to keep or drop).
 */
export function keepRareNames(lists: readonly (readonly string[])[], maxShare: number): string[][] {
  const count = new Map<string, number>();
  for (const list of lists) for (const key of new Set(list)) count.set(key, (count.get(key) ?? 0) + 1);
  // A name met once or twice is kept however short the text: a share of five sentences says nothing.
  const limit = Math.max(2, maxShare * lists.length);
  return lists.map((list) => list.filter((key) => count.get(key)! <= limit));
}
