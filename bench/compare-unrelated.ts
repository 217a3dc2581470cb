/**
 * `pnpm bench compare --unrelated [--sizes N,…]`: how long `compare` takes to
 * tell a user that two long files are not versions of one text, the mistake
 * of picking the wrong file. The pair: MAC-Dev's Chinese of 001–003 against
 * the English of 004–006, each repeated to N sentences (the English to
 * 1.34 N, MAC-Dev's ratio), so they are of comparable length and the
 * aligner pairs them, as it pairs any two texts. Prints, per size, the
 * verdict, `compareVersionPair`'s wall time and the process's peak RSS so far.
 */
import { compareVersionPair, loadDictionary, readDocument, type Version } from '@duizhao/core';
import { HELD_OUT, TUNE } from './compare-numbers.js';
import type { GoldDocument } from './gold.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

/** The lines of `docs`' sides, cycled until there are `count`. */
function cycle(docs: readonly GoldDocument[], side: 'src' | 'tgt', count: number): string[] {
  const lines: string[] = [];
  for (let k = 0; lines.length < count; k++) lines.push(...docs[k % docs.length]![side]);
  return lines.slice(0, count);
}

export async function runUnrelatedScale(docs: readonly GoldDocument[], sizes: readonly number[], out: (text: string) => void): Promise<void> {
  const dictionary = await loadDictionary();
  out(`compare --unrelated: Chinese of ${TUNE.join(' ')} against English of ${HELD_OUT.join(' ')}, repeated to size (as lines)\n`);
  for (const n of sizes) {
    const zh = version(cycle(docs.filter((d) => TUNE.includes(d.id)), 'src', n), 'unrelated.zh');
    const en = version(cycle(docs.filter((d) => HELD_OUT.includes(d.id)), 'tgt', Math.round(n * 1.34)), 'unrelated.en');
    const start = performance.now();
    const report = compareVersionPair([zh, en], 0, 1, { dictionary });
    const seconds = (performance.now() - start) / 1000;
    const { lift, basis } = report.evidence;
    out(`${zh.sentences.length} × ${en.sentences.length}: ${report.verdict} (lift ${lift}, ${basis}) in ${seconds.toFixed(1)} s, peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`);
  }
}
