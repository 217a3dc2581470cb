/**
 * Support of a summary's sentences by source sentences, with order as a
 * prior. Retrieval alone (align/coverage.ts) keeps only pairs that beat a
 * chance null over the whole source, which a paraphrase often misses
 * (創辦人/创始人, 早產/更早做出来). Summaries mostly follow their source's
 * order, so a sentence whose neighbours rest on source sentences i and j is
 * looked for first between i and j: there, a weaker score is enough, since
 * the window is a few dozen sentences, not the whole source (the same
 * reasoning as anchored alignment: Moore 2002's high-confidence anchors
 * first, then the gaps searched with a lower bar). Strong support anywhere
 * still counts, and stays "moved" when it is out of order.
 */

import { findIncreasingRun, type Support, type SupportPair } from '../align/coverage.js';

export interface SummarySupportOptions {
  /** Share of the support threshold that a candidate between the neighbours' sources must reach. @default 0.5 */
  windowShare?: number;
  /** Source sentences before the previous neighbour's source and after the next one's that the window also reaches. @default 6 */
  windowMargin?: number;
  /** A further candidate in the window must score this share of the best one to count too. @default 0.7 */
  windowRelative?: number;
}

/** Per target sentence: its supporting source sentences (best first), and whether they were found only through the order prior. */
export interface SummarySupport {
  partners: SupportPair[][];
  byPrior: boolean[];
}

/**
 * Completes `support` (`scoreSupport(target, source)`, side a the target)
 * with the order prior: anchors are the sentences whose strong support lies
 * on the longest in-order run; every other content sentence without support
 * takes its best candidates between the anchors around it.
 */
export function findSummarySupport(support: Support, sourceLength: number, options: SummarySupportOptions = {}): SummarySupport {
  const share = options.windowShare ?? 0.5;
  const margin = options.windowMargin ?? 6;
  const relative = options.windowRelative ?? 0.7;
  const partners = support.a.map((row) => [...row]);
  const byPrior = partners.map(() => false);
  const strong = partners.flatMap((row, t) => (row.length > 0 && support.contentA[t] ? [{ t, at: row[0]!.b }] : []));
  const anchors = findIncreasingRun(strong.map((s) => s.at)).map((k) => strong[k]!);
  let next = 0;
  for (let t = 0; t < partners.length; t++) {
    while (next < anchors.length && anchors[next]!.t < t) next++;
    if (!support.contentA[t] || partners[t]!.length > 0) continue;
    const before = anchors[next - 1];
    const after = anchors[next]?.t === t ? anchors[next + 1] : anchors[next];
    const lo = (before?.at ?? 0) - margin;
    const hi = (after?.at ?? sourceLength - 1) + margin;
    const inWindow = (support.rankedA[t] ?? []).filter((p) => p.b >= lo && p.b <= hi && p.score >= share * support.thresholdA);
    if (inWindow.length === 0) continue;
    const top = inWindow[0]!.score;
    partners[t] = inWindow.filter((p) => p.score >= relative * top);
    byPrior[t] = true;
  }
  return { partners, byPrior };
}
