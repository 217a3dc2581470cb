/**
 * The compact form of a `Dictionary`, made once at install or build time
 * (`packages/core/scripts/dictionary.ts`) so that loading costs milliseconds,
 * not the second that parsing and stemming 16 MB of CC-CEDICT JSON takes.
 *
 * The headwords are sorted by UTF-16 code unit, with their stems already
 * computed, and a lookup binary-searches them (Knuth, TAOCP vol. 3, §6.2.1).
 * Loading decodes only the headword string; a headword's stems are decoded on
 * its first lookup, so a pair pays only for the words it contains.
 *
 * Layout, all integers unsigned 32-bit little-endian:
 * ```
 * magic "DZCD" · version · count · maxLength · headBytes · stemBytes · readingBytes
 * headStart[count + 1]   UTF-16 offsets of each headword in the decoded headword string
 * stemStart[count + 1]   byte offsets of each headword's stems in the stem bytes
 * headBytes bytes        the headwords, concatenated, UTF-8
 * stemBytes bytes        each headword's stems joined by one space, UTF-8 (none: empty); then, when a
 *                        second source adds stems (ECDICT), a tab and those joined by one space
 * readingBytes bytes     the characters' pinyin readings (readings.ts), decoded on first use
 * ```
 *
 * The second source's stems follow a tab so that a reader takes them or leaves
 * them (`decodeDictionary(bytes, { ecdict: true })`) from the same file.
 */

import type { Dictionary, HeadwordIndex } from './dictionary.js';
import { decodeReadings, type Readings } from './readings.js';

const MAGIC = 0x44435a44; // "DZCD" read little-endian
const VERSION = 3;
const HEADER_BYTES = 28;

/**
 * One headword and its stems (null: only cross-references, so `get()` gives undefined), and optionally the stems a
 * second source (ECDICT) adds, which `get()` gives after the first ones unless the reader leaves them out.
 */
export type PackedEntry = readonly [headword: string, stems: readonly string[] | null, added?: readonly string[]];

/** How to read the compact form. */
export interface LoadDictionaryOptions {
  /**
   * Whether the stems ECDICT adds (its two-character-plus translations and its lemma table's forms, packages/core/scripts/ecdict.ts)
   * are read too. Off by default: on MAC-Dev they lower alignment's exact F1 (0.865 → 0.859) and change compare's
   * omission/addition/move precision for the worse; see the README's ablation rows. @default false
   */
  ecdict?: boolean;
}

/**
 * Packs headwords and their stems into the compact form; `maxLength` is the
 * longest headword the builder kept, `readings` the characters' readings (`encodeReadings`), if any.
 */
export function encodeDictionary(entries: Iterable<PackedEntry>, maxLength: number, readings: Uint8Array = new Uint8Array(0)): Uint8Array {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const encoder = new TextEncoder();
  const count = sorted.length;
  const headStart = new Uint32Array(count + 1);
  const stemStart = new Uint32Array(count + 1);
  let heads = '';
  const stemParts: Uint8Array[] = [];
  let stemBytes = 0;
  for (let i = 0; i < count; i++) {
    const [headword, stems, added = []] = sorted[i]!;
    if (i > 0 && sorted[i - 1]![0] === headword) throw new Error(`encodeDictionary: headword ${headword} given twice`);
    for (const stem of [...(stems ?? []), ...added]) {
      if (stem === '' || /\s/.test(stem)) throw new Error(`encodeDictionary: stem ${JSON.stringify(stem)} of ${headword} is empty or holds a space`);
    }
    headStart[i] = heads.length;
    heads += headword;
    stemStart[i] = stemBytes;
    const part = encoder.encode((stems ?? []).join(' ') + (added.length > 0 ? `\t${added.join(' ')}` : ''));
    stemParts.push(part);
    stemBytes += part.length;
  }
  headStart[count] = heads.length;
  stemStart[count] = stemBytes;
  const headUtf8 = encoder.encode(heads);
  const tableBytes = 2 * 4 * (count + 1);
  const bytes = new Uint8Array(HEADER_BYTES + tableBytes + headUtf8.length + stemBytes + readings.length);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, count, maxLength, headUtf8.length, stemBytes, readings.length].forEach((value, i) => view.setUint32(4 * i, value, true));
  let at = HEADER_BYTES;
  for (const table of [headStart, stemStart]) {
    for (const value of table) {
      view.setUint32(at, value, true);
      at += 4;
    }
  }
  bytes.set(headUtf8, at);
  at += headUtf8.length;
  for (const part of stemParts) {
    bytes.set(part, at);
    at += part.length;
  }
  bytes.set(readings, at);
  return bytes;
}

/**
 * A `Dictionary` over the compact form. Pure: give it the bytes of
 * `packages/core/data/cedict.bin`, however they were read or fetched.
 * Throws when the bytes are not that form (wrong magic, version or length).
 * `size` counts every headword of the file, those only ECDICT gives too.
 */
export function decodeDictionary(bytes: Uint8Array, options: LoadDictionaryOptions = {}): Dictionary {
  const withAdded = options.ecdict ?? false;
  if (bytes.length < HEADER_BYTES) throw new Error(`not a duizhao compact dictionary: ${bytes.length} bytes is shorter than its header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, version, count, maxLength, headBytes, stemBytes, readingBytes] = [0, 1, 2, 3, 4, 5, 6].map((i) => view.getUint32(4 * i, true)) as [number, number, number, number, number, number, number];
  if (magic !== MAGIC) throw new Error('not a duizhao compact dictionary: wrong magic number');
  if (version !== VERSION) throw new Error(`compact dictionary version ${version}, this code reads version ${VERSION}: regenerate it (pnpm dictionary)`);
  const headTable = HEADER_BYTES;
  const stemTable = headTable + 4 * (count + 1);
  const headAt = stemTable + 4 * (count + 1);
  const stemAt = headAt + headBytes;
  const readingAt = stemAt + stemBytes;
  if (readingAt + readingBytes !== bytes.length) throw new Error(`compact dictionary truncated or padded: ${bytes.length} bytes, header says ${readingAt + readingBytes}`);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const heads = decoder.decode(bytes.subarray(headAt, stemAt));
  const headStarts = new Uint32Array(count + 1);
  for (let i = 0; i <= count; i++) headStarts[i] = view.getUint32(headTable + 4 * i, true);
  const stemStart = (i: number) => view.getUint32(stemTable + 4 * i, true);

  /** Index of the headword, or -1. */
  function find(headword: string): number {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const probe = heads.slice(headStarts[mid], headStarts[mid + 1]);
      if (probe === headword) return mid;
      if (probe < headword) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  const decoded: (readonly string[] | null | undefined)[] = new Array<readonly string[] | null | undefined>(count);
  function stemsOf(entry: number): readonly string[] | undefined {
    let found = decoded[entry];
    if (found === undefined) {
      const text = decoder.decode(bytes.subarray(stemAt + stemStart(entry), stemAt + stemStart(entry + 1)));
      const tab = text.indexOf('\t');
      const own = tab < 0 ? text : text.slice(0, tab);
      const list = own === '' ? [] : own.split(' ');
      if (withAdded && tab >= 0) list.push(...text.slice(tab + 1).split(' '));
      decoded[entry] = found = list.length === 0 ? null : list;
    }
    return found ?? undefined;
  }

  const stems = new Map<string, readonly string[] | null>();
  let readings: Readings | undefined;
  return {
    size: count,
    maxLength,
    get(headword) {
      let found = stems.get(headword);
      if (found === undefined) {
        const i = headword.length > maxLength ? -1 : find(headword);
        found = i < 0 ? null : (stemsOf(i) ?? null);
        stems.set(headword, found);
      }
      return found ?? undefined;
    },
    index: packedIndex(heads, headStarts, maxLength, stemsOf),
    // Decoded on first use: only Chinese↔English pairs spell names.
    get readings() {
      if (readingBytes > 0) readings ??= decodeReadings(bytes.subarray(readingAt, readingAt + readingBytes));
      return readings;
    },
  };
}

/**
 * The headwords sorted by code unit are a trie laid flat: those that share a
 * prefix are one run of entries, and the run of a longer prefix lies inside
 * it. `matchAt` narrows the run one character at a time by binary search,
 * starting from a table of runs by first code unit; a run's first entry is the
 * prefix itself when that is a headword (a prefix sorts before its extensions).
 */
function packedIndex(heads: string, headStarts: Uint32Array, maxLength: number, stemsOf: (entry: number) => readonly string[] | undefined): HeadwordIndex {
  const count = headStarts.length - 1;
  const firstLo = new Int32Array(0x10000);
  const firstHi = new Int32Array(0x10000);
  for (let i = 0; i < count; i++) {
    const c = heads.charCodeAt(headStarts[i]!);
    if (firstHi[c] === 0) firstLo[c] = i;
    firstHi[c] = i + 1;
  }
  const length = (i: number): number => headStarts[i + 1]! - headStarts[i]!;
  /** First entry in [lo, hi) whose code unit at `depth` is ≥ c (entries in the run all have one past depth). */
  const lowerBound = (lo: number, hi: number, depth: number, c: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (heads.charCodeAt(headStarts[mid]! + depth) < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    matchAt(text, from, found) {
      found.fill(-1);
      if (from >= text.length) return;
      const c0 = text.charCodeAt(from);
      let lo = firstLo[c0]!;
      let hi = firstHi[c0]!;
      const last = Math.min(found.length, maxLength, text.length - from);
      for (let depth = 0; lo < hi; depth++) {
        // [lo, hi): the headwords that start with text[from .. from + depth].
        const exact = length(lo) === depth + 1;
        if (exact) found[depth] = lo;
        if (depth + 1 >= last) return;
        const c = text.charCodeAt(from + depth + 1);
        const start = exact ? lo + 1 : lo;
        lo = lowerBound(start, hi, depth + 1, c);
        hi = lowerBound(lo, hi, depth + 1, c + 1);
      }
    },
    stemsOf,
  };
}
