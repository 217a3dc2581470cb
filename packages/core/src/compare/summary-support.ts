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
import type { Version } from '../schema.js';

export interface SummarySupportOptions {
  /** Share of the support threshold that a candidate between the neighbours' sources must reach. @default 0.5 */
  windowShare?: number;
  /** Source sentences before the previous neighbour's source and after the next one's that the window also reaches. @default 6 */
  windowMargin?: number;
  /** A further candidate in the window must score this share of the best one to count too. @default 0.7 */
  windowRelative?: number;
  /** Longest label (`工作日常:`, `- Work Routine:`), in Han characters, a Latin word counting two: a longer heading (a title) says enough to be supported on its own words. @default 24 */
  maxLabelLength?: number;
}

/** Per target sentence: its supporting source sentences (best first), whether they were found only through the order prior, and whether it is a label. */
export interface SummarySupport {
  partners: SupportPair[][];
  byPrior: boolean[];
  /** Headings and label lines: structure, supported by what they label, never additions. */
  labels: boolean[];
}

/**
 * Completes `support` (`scoreSupport(target, source)`, side a the target)
 * with the order prior: anchors are the sentences whose strong support lies
 * on the longest in-order run; every other content sentence without support
 * takes its best candidates between the anchors around it.
 */
export function findSummarySupport(target: Version, support: Support, sourceLength: number, options: SummarySupportOptions = {}): SummarySupport {
  const share = options.windowShare ?? 0.5;
  const margin = options.windowMargin ?? 6;
  const relative = options.windowRelative ?? 0.7;
  const labels = findLabels(target, options.maxLabelLength ?? 24);
  // A label's own words ("工作日常:") match by chance as often as not: it is supported through its section below.
  const partners = support.a.map((row, t) => (labels[t] ? [] : [...row]));
  const byPrior = partners.map(() => false);
  const strong = partners.flatMap((row, t) => (row.length > 0 && support.contentA[t] ? [{ t, at: row[0]!.b }] : []));
  const anchors = findIncreasingRun(strong.map((s) => s.at)).map((k) => strong[k]!);
  let next = 0;
  for (let t = 0; t < partners.length; t++) {
    while (next < anchors.length && anchors[next]!.t < t) next++;
    if (!support.contentA[t] || labels[t] || partners[t]!.length > 0) continue;
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
  supportLabels(support, labels, partners, { share, margin, relative });
  return { partners, byPrior, labels };
}

/**
 * Headings, and lines that stand alone as a label: short, ending in a colon,
 * or numbered without a sentence's final punctuation (`1. AI Development…`).
 */
export function findLabels(version: Version, maxLength: number): boolean[] {
  const perBlock = new Map<number, number>();
  for (const s of version.sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  const size = (text: string): number => (text.match(/\p{Script=Han}/gu)?.length ?? 0) + 2 * (text.match(/[A-Za-z][A-Za-z0-9'’-]*/g)?.length ?? 0);
  return version.sentences.map((s) => {
    const text = s.text.trim();
    if (size(text) > maxLength) return false;
    if (version.blocks[s.block]?.type === 'heading') return true;
    if (perBlock.get(s.block) !== 1) return false;
    return /[:：]$/u.test(text) || (/^(?:[-*•]\s*)?(?:\d+[.、]|[一二三四五六七八九十]+、)/u.test(text) && !/[。.!?！？]$/u.test(text));
  });
}

/**
 * A label is supported by what it labels: its own candidates that lie where
 * the lines of its section (up to the next label) rest, with the window's
 * lower bar. A label whose section has no support gets none.
 */
function supportLabels(support: Support, labels: readonly boolean[], partners: SupportPair[][], bar: { share: number; margin: number; relative: number }): void {
  labels.forEach((isLabel, t) => {
    if (!isLabel) return;
    const under: number[] = [];
    for (let u = t + 1; u < labels.length && !labels[u]; u++) for (const p of partners[u]!) under.push(p.b);
    if (under.length === 0) return;
    const [lo, hi] = [Math.min(...under) - bar.margin, Math.max(...under) + bar.margin];
    const inSpan = (support.rankedA[t] ?? []).filter((p) => p.b >= lo && p.b <= hi && p.score >= bar.share * support.thresholdA);
    const top = inSpan[0]?.score ?? 0;
    partners[t] = inSpan.filter((p) => p.score >= bar.relative * top);
  });
}
