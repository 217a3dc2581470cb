/**
 * `pnpm bench dictionary [--gold DIR]`: what the dictionary alone tells about
 * MAC-Dev's gold 1-1 pairs, with CC-CEDICT and with ECDICT's stems added
 * (`loadDictionary({ ecdict: true })`), per split (tuned on 001-003, held out
 * 004-006), as issue 10 measured ECDICT before it was built in:
 *
 * - zero evidence: the share of pairs where no Chinese unit's dictionary stems
 *   (score-lexical.ts `chineseUnits`) meet a token of the English sentence;
 * - AUC vs the next sentence: how often the share of the Chinese sentence's
 *   units met by its own translation is above the share met by the English
 *   sentence after it (before it, for the last), ties counted half.
 *
 * The gold texts are read at run time from outside the repository.
 */
import { parseArgs } from 'node:util';
import { loadDictionary, toComparable, tokenizeEnglish, type Dictionary } from '@duizhao/core';
import { chineseUnits } from '../packages/core/src/align/score-lexical.js';
import { hasGoldSet, macDevDir, readGoldSet, type GoldDocument } from './gold.js';

const SPLITS = [
  ['tuned on 001-003', ['001', '002', '003']],
  ['held out 004-006', ['004', '005', '006']],
  ['all', ['001', '002', '003', '004', '005', '006']],
] as const;

/** Zero-evidence share and AUC against the next sentence over the gold 1-1 pairs of some documents. */
function measure(docs: readonly GoldDocument[], dictionary: Dictionary): { pairs: number; zero: number; auc: number } {
  let pairs = 0;
  let zero = 0;
  let wins = 0;
  for (const doc of docs) {
    const units = doc.src.map((text) => chineseUnits(toComparable(text).text, dictionary));
    const english = doc.tgt.map((text) => new Set(tokenizeEnglish(text)));
    const met = (i: number, j: number) => units[i]!.filter((unit) => [...unit.candidates].some((stem) => english[j]!.has(stem))).length / Math.max(1, units[i]!.length);
    for (const { a, b } of doc.gold) {
      if (a.length !== 1 || b.length !== 1) continue;
      const [i, j] = [a[0]!, b[0]!];
      const own = met(i, j);
      const other = met(i, j + 1 < doc.tgt.length ? j + 1 : j - 1);
      pairs++;
      if (own === 0) zero++;
      wins += own > other ? 1 : own === other ? 0.5 : 0;
    }
  }
  return { pairs, zero: zero / pairs, auc: wins / pairs };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' } } });
  const dir = values.gold ?? macDevDir();
  if (!hasGoldSet(dir)) {
    process.stdout.write(`dictionary: no gold set at ${dir}; skipped\n`);
    return;
  }
  const docs = readGoldSet(dir);
  process.stdout.write('dictionary evidence on gold 1-1 pairs   split             pairs  zero evidence  AUC vs next sentence\n');
  for (const [name, ecdict] of [['CC-CEDICT', false], ['CC-CEDICT + ECDICT', true]] as const) {
    const dictionary = await loadDictionary({ ecdict });
    for (const [split, ids] of SPLITS) {
      const { pairs, zero, auc } = measure(docs.filter((doc) => (ids as readonly string[]).includes(doc.id)), dictionary);
      process.stdout.write(`  ${name.padEnd(37)} ${split.padEnd(17)} ${String(pairs).padStart(5)}  ${(100 * zero).toFixed(1).padStart(11)} %  ${auc.toFixed(3).padStart(20)}\n`);
    }
  }
}
