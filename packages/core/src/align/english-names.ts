/**
 * Names in English text, for names across languages (names.ts): capitalised
 * words that split wholly into pinyin syllables, joined into runs (Wang Qiyao
 * → `~wangqiyao`), and the English tokens with those runs as one key.
 */

import { isAscii, isStopword, tokenizeEnglish } from './english.js';
import { countSyllables, DEFAULT_NAME_OPTIONS, NAME_PREFIX, type NameOptions } from './names.js';

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
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
  // NFKC only when needed, as tokenizeEnglish does: most text is ASCII.
  if (isAscii(text)) return readAsciiWords(text, syllables);
  const words: Readonly<NameWord>[] = [];
  const plain = text.normalize('NFKC');
  let end = 0;
  // match() and indexOf() rather than matchAll(): no object per word. A word ends before a non-letter and no letter
  // stands between two words, so the next word is the first place its text occurs after the last word.
  for (const found of plain.match(WORD) ?? []) {
    const from = plain.indexOf(found, end);
    // Only capitalised words need their context read: the rest only end a run.
    words.push(startsUpper(found) ? readCapitalised(found, from, words.length === 0 ? undefined : plain.slice(end, from), syllables) : LOWERCASE_WORD);
    end = from + found.length;
  }
  return words;
}

/**
 * The words of ASCII text (`isAscii`) that start with a capital, as `WORD` (here `[A-Za-z]+(?:['’-][A-Za-z]+)*`)
 * would find them: a capital with no letter before it, nor a letter and ', ’ or - that join it to the word before.
 */
const ASCII_CAPITALISED = /[A-Z](?<!(?:[A-Za-z]|[A-Za-z]['’-])[A-Z])[A-Za-z]*(?:['’-][A-Za-z]+)*/g;

/** Whether the code unit at `k` is an ASCII letter. */
function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * `readWords` of ASCII text, reading only the words that start with a capital: the others
 * only end a run, so one `LOWERCASE_WORD` stands for those between two capitalised words,
 * and none is needed after the last. The list starts at the first word that spells a name:
 * `joinRuns` skips the words before it (it reads the one just before only for a word not at
 * a sentence's start, which is a name wherever it stands), so most sentences give an empty list.
 */
function readAsciiWords(text: string, syllables: ReadonlySet<string>): Readonly<NameWord>[] {
  let words: Readonly<NameWord>[] | undefined;
  let last = -1;
  ASCII_CAPITALISED.lastIndex = 0;
  for (let m = ASCII_CAPITALISED.exec(text); m !== null; m = ASCII_CAPITALISED.exec(text)) {
    const from = m.index;
    // The end of the word before: no letter stands between two words.
    let end = from;
    while (end > 0 && !isLetterAt(text, end - 1)) end--;
    const lowercaseBefore = end > 0 && end !== last;
    last = from + m[0].length;
    if (words === undefined) {
      if (spell(m[0], syllables).count === 0) continue;
      words = [];
    } else if (lowercaseBefore) words.push(LOWERCASE_WORD);
    words.push(readCapitalised(m[0], from, end === 0 ? undefined : text.slice(end, from), syllables));
  }
  return words ?? [];
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
 * The tokens of an English sentence (`tokenizeEnglish`) with the words of its
 * names `keep` replaced by their keys: Wang Qiyao is one token, `~wangqiyao`,
 * not three (wang, qiyao and the key), so a name weighs what a word weighs.
 */
export function tokenizeWithNames(text: string, names: readonly EnglishName[], keep: readonly string[] = names.map((n) => n.key)): string[] {
  if (keep.length === 0) return tokenizeEnglish(text);
  // NFKC leaves ASCII as it is (as in locateEnglishNames, whose offsets these are).
  let plain = isAscii(text) ? text : text.normalize('NFKC');
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
