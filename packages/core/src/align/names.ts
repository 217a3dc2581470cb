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

import { HAN, KINDS, WordList } from '../segment/word-list.js';
import { wordText, type Token } from '../segment/words.js';
import { extend, NAME_PREFIX, pairSpellsNothing, spell, spelledWords, startOf, STARTS_NOTHING, STARTS_SPELLING, type SpelledWords } from './name-spellings.js';
import type { Readings } from './readings.js';

export { NAME_PREFIX } from './name-spellings.js';

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
  const words = (scratch ??= new WordList());
  words.clear();
  for (const token of tokens) words.push(KINDS.indexOf(token.kind), token.start, token.end, token.norm);
  const finder = new ChineseNameFinder(readings, (within, start, end) => isWord(within.slice(start, end)), options, prefixes);
  const found = finder.find(text, words, 0, words.count);
  return found === NONE ? new Array<string[] | undefined>(tokens.length) : [...found];
}

let scratch: WordList | undefined;

/** No name keys, for a sentence that has none. */
const NONE: readonly (string[] | undefined)[] = [];

/**
 * `findChineseNames` for sentences whose words are in a `WordList`, its options resolved once: the aligner's
 * form. `isWordAt(text, start, end)` tells whether `text.slice(start, end)` is a headword (the aligner reads its headword table).
 */
export class ChineseNameFinder {
  private readonly spelled: SpelledWords;
  private readonly maxChars: number;
  private readonly maxWords: number;

  constructor(
    readings: Readings,
    private readonly isWordAt: (text: string, start: number, end: number) => boolean,
    options: NameOptions = {},
    private readonly prefixes?: ReadonlySet<string>,
  ) {
    const { maxChars, maxWords, maxSpellings } = { ...DEFAULT_NAME_OPTIONS, ...options };
    this.maxChars = maxChars;
    this.maxWords = maxWords;
    this.spelled = spelledWords(readings, maxSpellings, prefixes);
  }

  /** The keys of the words `from … to` (a sentence's), by word from `from`; a word with none has undefined. */
  find(text: string, words: WordList, from: number, to: number): readonly (string[] | undefined)[] {
    const { spelled, prefixes, maxChars, maxWords } = this;
    let out: (string[] | undefined)[] | undefined;
    const { kind, start, end } = words;
    for (let k = from; k < to; k++) {
      if (kind[k] !== HAN) continue;
      const firstStart = start[k]!;
      // Most words begin nothing the other side can meet: they are passed over by their first two characters.
      const c = text.charCodeAt(firstStart);
      const starts = startOf(c, spelled);
      if (starts === STARTS_NOTHING) continue;
      if (starts === STARTS_SPELLING) {
        const reachesTwo = end[k]! - firstStart >= 2 || (k + 1 < to && kind[k + 1] === HAN && start[k + 1] === end[k]);
        if (!reachesTwo || pairSpellsNothing(c, text.charCodeAt(firstStart + 1), spelled)) continue;
      }
      out ??= new Array<string[] | undefined>(to - from);
      const first = wordText(text, firstStart, end[k]!);
      const word = spell(first, spelled);
      if (word.surnameKeys.length > 0) {
        const next = k + 1;
        // Before a word of two characters or more that it does not form a word with (刘|老老, 王|夫人, not 也|是 or 山|上).
        const named =
          first.length === 1 ? next < to && kind[next] === HAN && start[next] === end[k] && end[next]! - start[next]! >= 2 && !this.isWordAt(text, firstStart, end[next]!) : !this.isWordAt(text, firstStart, end[k]!);
        if (named) for (const key of word.surnameKeys) addKey(out, k - from, key);
      }
      // The spellings of words k … l, grown a word at a time, given up once no key starts that way.
      let spellings = [NAME_PREFIX];
      for (let l = k; l < to && l - k < maxWords && spellings.length > 0; l++) {
        if (kind[l] !== HAN || (l > k && start[l] !== end[l - 1]) || end[l]! - firstStart > maxChars) break;
        spellings = l === k ? word.spellings : extend(spellings, spell(wordText(text, start[l]!, end[l]!), spelled).chars, spelled.max, prefixes);
        if (end[l]! - firstStart < 2) continue;
        for (const spelling of spellings) if (!prefixes || prefixes.has(spelling)) for (let t = k; t <= l; t++) addKey(out, t - from, spelling);
      }
    }
    return out ?? NONE;
  }
}

/** Adds `key` to the keys of token `k` once. (Not a closure in findChineseNames: tsx names each closure it makes, per sentence.) */
function addKey(out: (string[] | undefined)[], k: number, key: string): void {
  const list = (out[k] ??= []);
  if (!list.includes(key)) list.push(key);
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
