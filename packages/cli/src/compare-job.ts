/**
 * The main job's comparison: every version of the corpus compared with every
 * other (verdict with its evidence, coverage, omissions, additions, moves,
 * changed facts, Traditional/Simplified diffs), as text, Markdown and JSON.
 */
import { join } from 'node:path';
import { CompareReport, renderCompareText } from '@duizhao/core';
import { compareAll } from './pipeline.js';
import type { RunJob } from './run-jobs.js';

export const compareJob: RunJob = {
  name: 'compare',
  async run(context) {
    const entries = [...context.versions.values()];
    const versions = entries.map((e) => e.version);
    const compared = await compareAll(versions);
    context.compare = compared;
    const report = CompareReport.parse(compared);
    const base = join(context.outDir, 'compare', context.corpus.manifest.name);
    context.write([
      { path: `${base}.txt`, content: renderCompareText(report) },
      { path: `${base}.md`, content: renderCompareText(report, { markdown: true }) },
      { path: `${base}.json`, content: `${JSON.stringify(report, null, 2)}\n` },
    ]);
    context.log(`compared ${report.pairs.length} pairs (${base}.txt, .md, .json):`);
    for (const pair of report.pairs) {
      const a = entries[pair.source]!.entry.id;
      const b = entries[pair.target]!.entry.id;
      const e = pair.evidence;
      const detail =
        e.via !== undefined
          ? `through ${entries[e.via]!.entry.id} (own lift ${e.lift.toFixed(2)})`
          : pair.verdict === 'unrelated'
            ? `lift ${e.lift.toFixed(2)}`
            : `lift ${e.lift.toFixed(2)}, ${Math.round(e.coverage * 100)} % covered`;
      context.log(`  ${a.padEnd(20)} ${b.padEnd(20)} ${pair.verdict.padEnd(9)} ${detail}`);
    }
  },
};
