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

import type { Support, SupportPair } from '../align/coverage.js';
import type { Version } from '../schema.js';
import { findTitles } from './titles.js';
import { findRegions } from './regions.js';
import { findOrderPath, type OrderPathOptions } from './order-path.js';

export interface SummarySupportOptions {
  /** Share of the support threshold that a candidate between the neighbours' sources must reach. @default 0.5 */
  windowShare?: number;
  /** Source sentences before the previous neighbour's source and after the next one's that the window also reaches. @default 6 */
  windowMargin?: number;
  /** A further candidate in the window must score this share of the best one to count too. @default 0.7 */
  windowRelative?: number;
  /** The best path through the source that picks each line's candidate in order. */
  path?: OrderPathOptions;
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
 * with the order prior: the best path through the source (order-path.ts)
 * picks, per content sentence, the candidate that fits the order of its
 * neighbours; a sentence without support of its own takes that candidate
 * (and those near as good between its neighbours' sources), a sentence with
 * support has the path's candidate first.
 */
export function findSummarySupport(target: Version, support: Support, source: Version, options: SummarySupportOptions = {}): SummarySupport {
  const share = options.windowShare ?? 0.5;
  const margin = options.windowMargin ?? 6;
  const relative = options.windowRelative ?? 0.7;
  const threshold = support.thresholdA;
  const labels = findLabels(target, options.maxLabelLength ?? 24);
  const titles = findTitles(source);
  // A source's section title supports headings and labels only (titles.ts): a content line is supported by what the section says.
  const ranked = support.rankedA.map((row, t) => (labels[t] ? row : row.filter((p) => !titles[p.b])));
  // A label's own words ("工作日常:") match by chance as often as not: it is supported through its section below.
  const partners = support.a.map((row, t) => (labels[t] ? [] : row.filter((p) => !titles[p.b])));
  const byPrior = partners.map(() => false);
  const active = (t: number): boolean => support.contentA[t] === true && !labels[t];
  // Anchors: the lines whose own support lies on the best path through the source, at the candidate the path picks.
  const candidates = partners.map((row, t) => (active(t) ? row.map((p) => ({ b: p.b, share: p.score / threshold })) : []));
  const path = findOrderPath(candidates, source.sentences.length, options.path);
  const anchors = path.flatMap((at, t) => (at >= 0 ? [{ t, at }] : []));
  for (const { t, at } of anchors) partners[t] = [partners[t]!.find((p) => p.b === at)!, ...partners[t]!.filter((p) => p.b !== at)];
  let next = 0;
  for (let t = 0; t < partners.length; t++) {
    while (next < anchors.length && anchors[next]!.t < t) next++;
    if (!active(t) || partners[t]!.length > 0) continue;
    const before = anchors[next - 1];
    const after = anchors[next];
    const lo = (before?.at ?? 0) - margin;
    const hi = (after?.at ?? source.sentences.length - 1) + margin;
    const inWindow = ranked[t]!.filter((p) => p.b >= lo && p.b <= hi && p.score >= share * threshold);
    if (inWindow.length === 0) continue;
    const top = inWindow[0]!.score;
    partners[t] = inWindow.filter((p) => p.score >= relative * top);
    byPrior[t] = true;
  }
  supportLabels(target, source, titles, support, labels, partners, { share, margin, relative });
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
 * Rank of a label in the summary's outline, smaller is higher: a Markdown
 * heading by its level, then a label standing as a paragraph (`**1. …：**`),
 * then labels in list items by their nesting.
 */
function labelRank(version: Version, t: number): number {
  const block = version.blocks[version.sentences[t]!.block];
  if (block?.type === 'heading') return block.depth ?? 1;
  return 7 + (block?.type === 'listItem' ? (block.depth ?? 1) : 0);
}

/**
 * The sentences a label heads: up to the next label of its rank or higher
 * that comes after some content; a label right above another
 * (`### 二、…` over `1. 草創時期：`) heads that one's section too.
 */
export function findLabelSections(version: Version, labels: readonly boolean[]): number[][] {
  return labels.map((isLabel, t) => {
    if (!isLabel) return [];
    const rank = labelRank(version, t);
    const out: number[] = [];
    for (let u = t + 1; u < labels.length; u++) {
      if (labels[u] && out.length > 0 && labelRank(version, u) <= rank) break;
      if (!labels[u]) out.push(u);
    }
    return out;
  });
}

/**
 * A label is supported by what it labels: its own candidates that lie where
 * the lines of its section rest, with the window's lower bar. A label whose
 * section has no support gets none.
 */
function supportLabels(target: Version, source: Version, titles: readonly boolean[], support: Support, labels: readonly boolean[], partners: SupportPair[][], bar: { share: number; margin: number; relative: number }): void {
  const sections = findLabelSections(target, labels);
  const regions = findRegions(source);
  const regionOf = (b: number): number => regions.findIndex((r) => b >= r.from && b < r.to);
  labels.forEach((isLabel, t) => {
    if (!isLabel) return;
    const under: number[] = [];
    for (const u of sections[t]!) if (partners[u]!.length > 0) under.push(partners[u]![0]!.b);
    if (under.length === 0) return;
    // The span reaches back over the turn before the first line's (the question an answer replies to, and the section title over it).
    const first = regionOf(Math.min(...under));
    let from = Math.min(Math.min(...under) - bar.margin, regions[Math.max(0, first - 1)]?.from ?? 0);
    if (titles[from - 1]) from--;
    const [lo, hi] = [from, Math.max(...under) + bar.margin];
    const inSpan = (support.rankedA[t] ?? []).filter((p) => p.b >= lo && p.b <= hi && p.score >= bar.share * support.thresholdA);
    const top = inSpan[0]?.score ?? 0;
    partners[t] = inSpan.filter((p) => p.score >= bar.relative * top);
  });
}
