/**
 * `pnpm bench compare --scale [--sizes N,…] [--runs R]`: compare's time per
 * stage on growing parallel pairs, so the part that grows faster than the
 * text shows. The pair is `pnpm bench align --scale`'s (MAC-Dev documents
 * concatenated, zh-Hans → en, buildLongPair in gold.ts), read as lines. The
 * stages are those of `compareVersionPair` for a translation (report.ts),
 * called one by one in its order with its options, each on its own clock;
 * the four ways of pairing moves are timed inside `pairMoves` through
 * `onMoveStage`. Each size prints a hash of the report's items and facts, so
 * a change meant for speed only can be checked to find the same things.
 */
import { createHash } from 'node:crypto';
import { compareVersionPair, loadDictionary, readDocument, type Dictionary, type Version } from '@duizhao/core';
import { buildCoverageScorer, type SupportOptions } from '../packages/core/src/align/coverage.js';
import { buildPartners } from '../packages/core/src/align/partners.js';
import { learnWordPairs } from '../packages/core/src/align/learned-pairs.js';
import { DEFAULT_WEIGHTS } from '../packages/core/src/align/options.js';
import { alignPair, type AlignOptions } from '../packages/core/src/align/pairwise.js';
import { compareFacts } from '../packages/core/src/compare/facts.js';
import { chooseFindingModel, NUMBER_FACT_CONFIDENCE } from '../packages/core/src/compare/finding-model.js';
import type { MoveStage } from '../packages/core/src/compare/moves.js';
import { analyzeAlignment, weighAlignment } from '../packages/core/src/compare/parallel.js';
import { maskSpeakers } from '../packages/core/src/compare/regions.js';
import { measureTextLength } from '../packages/core/src/compare/verdict.js';
import { COMPARE_ALIGN_OPTIONS } from '../packages/core/src/compare/report.js';
import { buildLongPair, type GoldDocument } from './gold.js';

/** The stages printed, in the order compare runs them. */
const STAGES = ['ingest', 'align', 'learn word pairs', 'coverage scorer', 'retrieval (learned)', 'strict alignment', 'analyze', '  evidence', '  pair by coverage', '  pair by odds', '  pair absorbed', '  pair by support', 'facts'] as const;
type Stage = (typeof STAGES)[number];

/** The sizes timed by default: MAC-Dev once (its six documents joined), then about 3.5, 7 and 14 times that. */
export const COMPARE_SCALE_SIZES = [1444, 5000, 10000, 20000];

interface SizeResult {
  src: number;
  tgt: number;
  seconds: Map<Stage, number>;
  total: number;
  hash: string;
}

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;
const hashOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Compares one long pair stage by stage, as `compareVersionPair` does a translation. */
function timeCompare(doc: GoldDocument, dictionary: Dictionary): SizeResult {
  const seconds = new Map<Stage, number>();
  let clock = performance.now();
  const lap = (stage: Stage): void => {
    const now = performance.now();
    seconds.set(stage, (seconds.get(stage) ?? 0) + (now - clock) / 1000);
    clock = now;
  };
  const start = clock;
  const [zh, en] = [version(doc.src, `${doc.id}.zh`), version(doc.tgt, `${doc.id}.en`)];
  lap('ingest');
  // The longer text is the source, as report.ts chooses (for MAC-Dev, the English).
  const [source, target] = measureTextLength(zh) >= measureTextLength(en) ? [zh, en] : [en, zh];
  const [sourceSide, targetSide] = [maskSpeakers(source), maskSpeakers(target)];
  const alignOptions: AlignOptions = { ...COMPARE_ALIGN_OPTIONS, dictionary };
  const alignment = alignPair(source, target, alignOptions);
  lap('align');
  const learned = learnWordPairs(source, target, alignment.beads, dictionary);
  lap('learn word pairs');
  const sharper: SupportOptions = { dictionary, learned };
  const scorer = buildCoverageScorer(sourceSide, targetSide, sharper);
  lap('coverage scorer');
  const support = buildPartners(targetSide, sourceSide, sharper);
  lap('retrieval (learned)');
  const strict = alignPair(source, target, { ...alignOptions, weights: { ...alignOptions.weights, unaligned: DEFAULT_WEIGHTS.unaligned } });
  lap('strict alignment');
  const weighed = weighAlignment(source, target, alignment, scorer);
  lap('  evidence');
  const analyzeStart = performance.now();
  let moveTime = 0;
  const analysis = analyzeAlignment(source, target, alignment, scorer, {
    model: chooseFindingModel('lexical'),
    onMoveStage: (stage: MoveStage) => {
      const before = clock;
      lap(`  ${stage}`);
      moveTime += clock - before;
    },
  }, support, strict, weighed);
  const now = performance.now();
  seconds.set('analyze', (now - analyzeStart - moveTime) / 1000);
  clock = now;
  const facts = compareFacts(source, target, analysis.factItems ?? analysis.items);
  for (const fact of facts) if (fact.kind === 'different-number') fact.confidence = NUMBER_FACT_CONFIDENCE;
  lap('facts');
  return { src: doc.src.length, tgt: doc.tgt.length, seconds, total: (performance.now() - start) / 1000, hash: hashOf({ items: analysis.items, facts }) };
}

/**
 * Times each size `runs` times and prints a table: seconds per stage (one
 * column per run), the total, and the hash of what was found (the same
 * in every run). `check` also runs `compareVersionPair` itself on each pair
 * and prints the hash of its whole report, the identity check of a
 * speed-only change.
 */
export async function runCompareScale(docs: readonly GoldDocument[], sizes: readonly number[], runs: number, check: boolean, out: (text: string) => void): Promise<void> {
  const dictionary = await loadDictionary();
  out(`compare --scale: MAC-Dev documents concatenated (zh-Hans and en, as lines; the longer text is the source), compareVersionPair's stages of a translation; seconds per run\n\n`);
  const results: SizeResult[][] = [];
  for (const n of sizes) {
    const doc = buildLongPair(docs, n);
    const perSize: SizeResult[] = [];
    for (let r = 0; r < runs; r++) perSize.push(timeCompare(doc, dictionary));
    results.push(perSize);
    const cells = (f: (x: SizeResult) => number): string => perSize.map((x) => f(x).toFixed(2)).join(' / ');
    out(`${perSize[0]!.src} × ${perSize[0]!.tgt}: total ${cells((x) => x.total)} s, items and facts ${[...new Set(perSize.map((x) => x.hash))].join(' ')}\n`);
    if (check) {
      const t = performance.now();
      const report = compareVersionPair([version(doc.src, `${doc.id}.zh`), version(doc.tgt, `${doc.id}.en`)], 0, 1, { dictionary });
      const same = hashOf({ items: report.items, facts: report.facts }) === perSize[0]!.hash ? 'the same items and facts as the stages' : 'OTHER items or facts than the stages';
      out(`  compareVersionPair ${((performance.now() - t) / 1000).toFixed(2)} s, report ${hashOf(report)} (source ${report.source === 0 ? 'zh' : 'en'}, ${report.verdict}, ${report.items.length} items, ${report.facts.length} facts: ${same})\n`);
    }
  }
  const header = ['stage', ...results.map((rs) => `${rs[0]!.src} × ${rs[0]!.tgt}`)];
  const rows = STAGES.map((stage) => [stage, ...results.map((rs) => rs.map((x) => (x.seconds.get(stage) ?? 0).toFixed(2)).join(' / '))]);
  rows.push(['total', ...results.map((rs) => rs.map((x) => x.total.toFixed(2)).join(' / '))]);
  const widths = header.map((_, k) => Math.max(...[header, ...rows].map((row) => row[k]!.length)));
  for (const row of [header, ...rows]) out(`${row.map((cell, k) => (k === 0 ? cell.padEnd(widths[k]!) : cell.padStart(widths[k]!))).join('  ')}\n`);
}
