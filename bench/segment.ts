/**
 * `pnpm bench segment`: throughput of T→S conversion and of ingest+segment on
 * ≥ 5 MB inputs built from the corpus. Targets: convert ≥ 20 MB/s,
 * ingest+segment ≥ 5 MB/s.
 */
import { readDocument, toSimplified } from '@duizhao/core';
import { bestOf, corpusFile, corpusFiles, megabytes, repeatTo } from './corpus-input.js';

const SIZE = 5.5e6;

export function run(): void {
  const hant = repeatTo(corpusFile('summary-outline.zh-Hant.txt') + corpusFile('summary-article.zh-Hant.txt'), SIZE);
  const rows: string[][] = [['input', 'MB', 'best s', 'MB/s', 'target']];
  for (const from of ['twp', 'tw', 'hk', 't'] as const) {
    const s = bestOf(3, () => toSimplified(hant, { from }));
    rows.push([`convert --from ${from} (zh-Hant)`, megabytes(hant).toFixed(1), s.toFixed(3), (megabytes(hant) / s).toFixed(1), '≥ 20']);
  }
  for (const file of corpusFiles()) {
    const text = repeatTo(corpusFile(file), SIZE);
    const s = bestOf(3, () => readDocument(text, { source: file }));
    rows.push([`ingest+segment ${file}`, megabytes(text).toFixed(1), s.toFixed(3), (megabytes(text) / s).toFixed(1), '≥ 5']);
  }
  const noPunct = '算力并非唯一瓶颈而是方法'.repeat(Math.ceil(5e6 / 36));
  const s = bestOf(1, () => readDocument(noPunct, { source: 'no-punctuation', format: 'plain' }));
  rows.push(['ingest+segment 5 MB paragraph, no punctuation', megabytes(noPunct).toFixed(1), s.toFixed(3), (megabytes(noPunct) / s).toFixed(1), '≥ 5']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`);
  process.stdout.write(`node ${process.version}, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB RSS at the end\n`);
}
