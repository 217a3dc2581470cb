/**
 * The spellings of Chinese words as name keys (names.ts), worked out once per
 * word and kept across sentences.
 */

import type { Readings } from './readings.js';

/** Prefix of a name key: no English or Chinese token starts with it. */
export const NAME_PREFIX = '~';

/** What `findChineseNames` reads of a word, whatever its place: worked out once per word. */
export interface SpelledWord {
  /** The readings of each of its characters; undefined when one has none (then it spells nothing). */
  chars: readonly (readonly string[])[] | undefined;
  /** Its spellings at the start of a span: `extend` of `[NAME_PREFIX]`. */
  spellings: string[];
  /** The keys of its first character's surname readings, those on the prefixes when given. */
  surnameKeys: readonly string[];
}

/** `SpelledWord`s by word, for one set of readings, limit of spellings and prefixes. */
export interface SpelledWords {
  readings: Readings;
  max: number;
  prefixes: ReadonlySet<string> | undefined;
  words: Map<string, SpelledWord>;
  /**
   * By code unit, what a word that starts with it can begin (`startOf`; 0: not yet asked).
   * With the other side's prefixes most characters cannot (的, 了, 说): their words are passed over without being
   * made into strings and looked up (issue 13).
   */
  starts: Uint8Array;
  /** `pairSpellsNothing` by pair of code units (`c1 · 0x10000 + c2`). */
  pairs: Map<number, boolean>;
}

/**
 * Words already spelled, kept across sentences: every token starts a span, and a
 * book repeats a few thousand words (的, 他, 说), most of which start no key of the
 * other side, so reading each once is most of the work saved (issue 13).
 */
const SPELLED = new WeakMap<ReadonlySet<string> | Readings, SpelledWords>();

export function spelledWords(readings: Readings, max: number, prefixes: ReadonlySet<string> | undefined): SpelledWords {
  const key = prefixes ?? readings;
  let found = SPELLED.get(key);
  if (!found || found.readings !== readings || found.max !== max || found.prefixes !== prefixes) {
    found = { readings, max, prefixes, words: new Map(), starts: new Uint8Array(0x10000), pairs: new Map() };
    SPELLED.set(key, found);
  }
  return found;
}

/** The `SpelledWord` of `word` (callers only read its lists). */
export function spell(word: string, spelled: SpelledWords): SpelledWord {
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

/** What a word that starts with a code unit can begin (`startOf`): nothing, spellings only, or a surname key too. */
export const STARTS_NOTHING = 2;
export const STARTS_SPELLING = 1;
export const STARTS_SURNAME = 3;

/**
 * What a word that starts with the code unit `c` can begin, exactly as `spell` would find: nothing when its first
 * character spells none of the prefixes and has no surname key (then no span starts with it); a surname key, or spellings only.
 */
export function startOf(c: number, spelled: SpelledWords): number {
  let known = spelled.starts[c]!;
  if (known === 0) {
    // Half of a supplementary-plane character: its word is spelled as usual.
    const word = c >= 0xd800 && c <= 0xdfff ? undefined : spell(String.fromCharCode(c), spelled);
    known = !word || word.surnameKeys.length > 0 ? STARTS_SURNAME : word.spellings.length > 0 ? STARTS_SPELLING : STARTS_NOTHING;
    spelled.starts[c] = known;
  }
  return known;
}

/**
 * Whether a span whose first two characters are the code units `c1` `c2` spells nothing: no reading of c2 extends
 * a spelling of c1 along the prefixes (`extend` gives none), so neither do the longer spans. Most pairs a book
 * holds are such (的人, 他说), and its spans are not spelled further (issue 13).
 */
export function pairSpellsNothing(c1: number, c2: number, spelled: SpelledWords): boolean {
  const key = c1 * 0x10000 + c2;
  let known = spelled.pairs.get(key);
  if (known === undefined) {
    const list = c2 >= 0xd800 && c2 <= 0xdfff ? [] : spelled.readings.of(String.fromCharCode(c2));
    const surrogate = (c1 >= 0xd800 && c1 <= 0xdfff) || (c2 >= 0xd800 && c2 <= 0xdfff);
    known = !surrogate && (!list || extend(spell(String.fromCharCode(c1), spelled).spellings, [list], spelled.max, spelled.prefixes).length === 0);
    if (spelled.pairs.size < 250_000) spelled.pairs.set(key, known);
  }
  return known;
}

/** `spellings` extended by every reading of each character (`chars`); none when a character has none or there are too many; only those on `prefixes` when given. */
export function extend(spellings: string[], chars: readonly (readonly string[])[] | undefined, max: number, prefixes?: ReadonlySet<string>): string[] {
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

