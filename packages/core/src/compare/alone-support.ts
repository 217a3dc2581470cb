/**
 * Support of a summary's lines by source sentences in the other language,
 * for the summary analysis (omissions.ts, with its order prior) when no
 * translation of the summary is at hand (relations.ts takes the detail
 * through one when there is). Each line is scored against every source
 * sentence (alone-scorer.ts), and its own null decides what counts: the best
 * it scores against the source with its words dealt at random into sentences
 * of the same sizes, over several deals. A long line covers some of any
 * sentence, a short one little of most, so one threshold for all lines (as
 * retrieval's pooled null, align/coverage.ts) either drowns the short lines
 * or lets the long ones through. Scores are given as shares of the line's own
 * threshold, so the order prior's bars (shares of `thresholdA` = 1) read the
 * same for every line.
 */

import type { Support, SupportPair } from '../align/coverage.js';
import { quantile } from '../statistics.js';
import { buildAloneScorer, dealAloneScorer, type AloneUnits } from './alone-scorer.js';

export interface AloneSupportOptions {
  /** Random deals of the source that make each line's null. @default 20 */
  deals?: number;
  /** Quantile of a line's null bests that its support must reach (retrieval's own, align/coverage.ts). @default 0.95 */
  nullQuantile?: number;
  /** Best-scoring partners kept per line. @default 8 */
  topK?: number;
  /** Partners ranked per line whatever their score, for the order prior's windows. @default 32 */
  rankedK?: number;
  /** A partner must score at least this share of the line's best partner to count. @default 0.5 */
  relative?: number;
  /** An item found in more than this share of the source's sentences carries no evidence. @default 0.25 */
  maxDocumentFrequency?: number;
}

/**
 * `Support` (side a the summary, b the source) from each line's coverage over its own null. `real` is the pair's scorer
 * when the caller has built it (compare/alone.ts has, for the anchors' test), with the same `maxDocumentFrequency`.
 */
export function scoreAloneSupport(units: AloneUnits, options: AloneSupportOptions = {}, real = buildAloneScorer(units, { maxDocumentFrequency: options.maxDocumentFrequency ?? 0.25 })): Support {
  const deals = options.deals ?? 20;
  const q = options.nullQuantile ?? 0.95;
  const topK = options.topK ?? 8;
  const rankedK = options.rankedK ?? 32;
  const relative = options.relative ?? 0.5;
  const lines = real.items.length;
  const nulls = Array.from({ length: lines }, () => new Float64Array(deals));
  for (let d = 0; d < deals; d++) {
    const dealt = dealAloneScorer(real, units, d + 1);
    for (let t = 0; t < lines; t++) nulls[t]![d] = largest(dealt.coverEach(t));
  }
  const thresholds = nulls.map((row) => Math.max(1e-9, quantile(row, q)));
  const rankedA: SupportPair[][] = [];
  const bestB = new Float64Array(real.sources);
  for (let t = 0; t < lines; t++) {
    const threshold = thresholds[t]!;
    const row: SupportPair[] = [];
    real.coverEach(t).forEach((s, b) => {
      if (s > 0) row.push({ a: t, b, score: s / threshold });
    });
    row.sort((x, y) => y.score - x.score || x.b - y.b);
    rankedA.push(row.slice(0, Math.max(topK, rankedK)));
    for (const p of row) bestB[p.b] = Math.max(bestB[p.b]!, p.score);
  }
  const a = rankedA.map((row) => row.slice(0, topK).filter((p) => p.score > 1 && p.score >= relative * (row[0]?.score ?? 0)));
  const contentB = Array.from({ length: real.sources }, () => false);
  for (const list of real.postings.values()) for (const b of list) contentB[b] = true;
  return {
    method: 'lexical',
    a,
    b: Array.from({ length: real.sources }, () => []),
    rankedA,
    bestA: Float64Array.from(rankedA, (row) => row[0]?.score ?? 0),
    bestB,
    // Each line's mean chance best, as a share of its threshold.
    nullA: Float64Array.from(nulls, (row, t) => row.reduce((x, y) => x + y, 0) / Math.max(1, row.length) / thresholds[t]!),
    nullB: new Float64Array(real.sources),
    thresholdA: 1,
    thresholdB: 1,
    contentA: Array.from(real.total, (w) => w > 0),
    contentB,
  };
}

function largest(values: Float64Array): number {
  let out = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! > out) out = values[k]!;
  return out;
}
