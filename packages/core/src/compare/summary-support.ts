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
 * still counts, and stays "moved" when it is out of order and nothing between
 * its neighbours comes near it. A source's section titles support only the
 * summary's own labels (titles.ts).
 */

import type { Support, SupportPair } from '../align/coverage.js';
import type { Version } from '../schema.js';
import { findTitles } from './titles.js';
import { findSharedTerms, type SharedTermOptions } from './shared-terms.js';
import { findLabelSections, findLabels, supportLabels } from './labels.js';
import { findOrderPath, type OrderPathOptions } from './order-path.js';
import type { ContextOptions } from './context-score.js';
import type { SummaryNullOptions } from './summary-null.js';
import { findPassages, findTurnClusters, resolveTurnCluster, type CandidateDraws, type TurnClusterOptions } from './turn-cluster.js';
import type { SourceRegion } from './regions.js';

export { findLabels } from './labels.js';

export interface SummarySupportOptions {
  /** Share of the support threshold that a candidate between the neighbours' sources must reach. @default 0.5 */
  windowShare?: number;
  /** Source sentences before the previous neighbour's source and after the next one's that the window also reaches. @default 6 */
  windowMargin?: number;
  /** A line whose own support lies off the path takes the window's candidates first when the best of them scores at least this share of its own best; otherwise it stays moved. @default 0.5 */
  movedShare?: number;
  /** A further candidate in the window must score this share of the best one to count too (on the article, 0.3-0.6 alike and better than 0.7: support R/P 0.955 against 0.932). @default 0.6 */
  windowRelative?: number;
  /**
   * Share of the support threshold that a line finding nothing between its neighbours' sources must reach across its
   * section's span instead (a summary may give an answer before its reasons). The largest at which the tuned article
   * keeps the nanoGPT turn it covers (at 0.8 it is reported omitted again); stricter than `windowShare` because the
   * span is wider than a window: at 0.5 the article's preamble found a chance source in the outline. @default 0.7
   */
  sectionShare?: number;
  /** The best path through the source that picks each line's candidate in order. */
  path?: OrderPathOptions;
  /** Rare terms shared with source sentences (shared-terms.ts). */
  terms?: SharedTermOptions;
  /** A label whose own words find nothing, over at least this many supported lines all resting in one turn of the source, is supported by their sources (labels.ts). @default 2 */
  labelTurnLines?: number;
  /** Longest label (`工作日常:`, `- Work Routine:`), in Han characters, a Latin word counting two: a longer heading (a title) says enough to be supported on its own words. @default 24 */
  maxLabelLength?: number;
  /** Source sentences on either side of a line's anchor that join its sources when they score as a window's candidate would (`windowShare`, `windowRelative`). @default 2 */
  passageReach?: number;
  /** Each candidate scored with its neighbours (context-score.ts; applied by omissions.ts before this module). */
  context?: ContextOptions;
  /** How the null of a summary's support deals the source, and how many deals it pools (summary-null.ts). */
  null?: SummaryNullOptions;
  /** A line still without support whose best candidates gather in one exchange of the source beyond chance rests there (turn-cluster.ts; off unless `alpha` is set). */
  turns?: TurnClusterOptions;
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
 * with the order prior. Anchors are the lines whose own support lies on the
 * best path through the source (order-path.ts), with the path's candidate
 * first; a line without support takes its best candidates between the
 * sources of the anchors around it, and a line whose own support is off the
 * path takes them first when they score near as well. Labels are supported
 * through their sections (labels.ts).
 */
export function findSummarySupport(target: Version, support: Support & { draws?: CandidateDraws }, source: Version, options: SummarySupportOptions = {}, regions: readonly SourceRegion[] = []): SummarySupport {
  const share = options.windowShare ?? 0.5;
  const margin = options.windowMargin ?? 6;
  const relative = options.windowRelative ?? 0.6;
  const movedShare = options.movedShare ?? 0.5;
  const threshold = support.thresholdA;
  const labels = findLabels(target, options.maxLabelLength ?? 24);
  const titles = findTitles(source);
  const terms = findSharedTerms(target, source, options.terms);
  // A source's section title supports headings and labels only (titles.ts): a content line is supported by what the section says.
  const ranked = support.rankedA.map((row, t) => (labels[t] ? row : row.filter((p) => !titles[p.b])));
  // A label's own words ("工作日常:") match by chance as often as not: it is supported through its section below.
  const partners = support.a.map((row, t) => (labels[t] ? [] : row.filter((p) => !titles[p.b])));
  const byPrior = partners.map(() => false);
  const active = (t: number): boolean => support.contentA[t] === true && !labels[t];
  // Anchors: the lines whose own support lies on the best path through the source, at the candidate the path picks.
  const candidates = partners.map((row, t) => (active(t) ? row.map((p) => ({ b: p.b, share: p.score / threshold })) : []));
  // A line opens a section when a label stands between it and the previous content line.
  let seenLabel = false;
  const opens = target.sentences.map((_, t) => {
    if (labels[t]) seenLabel = true;
    if (!active(t)) return false;
    const out = seenLabel;
    seenLabel = false;
    return out;
  });
  const path = findOrderPath(candidates, source.sentences.length, options.path, opens);
  const anchors = path.flatMap((at, t) => (at >= 0 ? [{ t, at }] : []));
  for (const { t, at } of anchors) partners[t] = [partners[t]!.find((p) => p.b === at)!, ...partners[t]!.filter((p) => p.b !== at)];
  // An anchored line condenses the passage around its anchor: the sentences next to it that score as the window's candidates would are its sources too.
  const reach = options.passageReach ?? 2;
  for (const { t, at } of anchors) {
    const top = partners[t]![0]!.score;
    const near = ranked[t]!.filter((p) => Math.abs(p.b - at) <= reach && p.score >= share * threshold && p.score >= relative * top && !partners[t]!.some((q) => q.b === p.b));
    partners[t]!.push(...near);
  }
  const inWindow = (t: number, lo: number, hi: number, bar = share): SupportPair[] => {
    const sharing = new Set(terms[t]);
    const out = ranked[t]!.filter((p) => p.b >= lo && p.b <= hi && (p.score >= bar * threshold || sharing.has(p.b)));
    // A rare shared term (H100, 2018) lets its source sentence in at the window's bar, even when it is not among the best-scored.
    for (const b of terms[t]!) if (b >= lo && b <= hi && !titles[b] && !out.some((p) => p.b === b)) out.push({ a: t, b, score: share * threshold });
    return out.sort((x, y) => y.score - x.score);
  };
  let next = 0;
  const stepBack: number[] = [];
  const unplaced: number[] = [];
  // A window no candidate can reach (`windowShare` Infinity) is the order prior switched off: anchors only.
  for (let t = 0; t < partners.length && Number.isFinite(share); t++) {
    while (next < anchors.length && anchors[next]!.t < t) next++;
    // A line whose own support lies off the path (an editor's preview restating the answer, a recap) may still rest between its neighbours' sources.
    const moved = partners[t]!.length > 0 && anchors[next]?.t !== t;
    if (!active(t) || (partners[t]!.length > 0 && !moved)) continue;
    const before = anchors[next - 1];
    const after = anchors[next]?.t === t ? anchors[next + 1] : anchors[next];
    const lo = (before?.at ?? 0) - margin;
    const hi = (after?.at ?? source.sentences.length - 1) + margin;
    // Between anchors where the path steps back there is no "between": such a line is sought in its own section's span below.
    if (lo > hi && !moved) stepBack.push(t);
    const found = inWindow(t, lo, hi);
    // Nor does a summary keep its source's order inside a section (the answer first, then its reasons): a line that finds nothing between its neighbours is sought across its section too, at `sectionShare`.
    if (found.length === 0 && !moved && lo <= hi) unplaced.push(t);
    if (found.length === 0) continue;
    const top = found[0]!.score;
    if (moved) {
      if (top < movedShare * partners[t]![0]!.score) continue;
      partners[t] = [...found.filter((p) => p.score >= relative * top), ...partners[t]!.filter((p) => p.b < lo || p.b > hi)];
      continue;
    }
    partners[t] = found.filter((p) => p.score >= relative * top);
    byPrior[t] = true;
  }
  // A summary may reorder a section's points (the plans before the audience they serve): a line where the path steps back is sought between the first and last sources of its section's other lines.
  const sections = stepBack.length + unplaced.length > 0 ? findLabelSections(target, labels) : [];
  const sectionShare = options.sectionShare ?? 0.7;
  for (const t of [...stepBack, ...unplaced]) {
    const span = sectionSpan(labels, sections, partners, t);
    if (span === undefined) continue;
    const found = inWindow(t, span.lo - margin, span.hi + margin, stepBack.includes(t) ? share : sectionShare);
    if (found.length === 0) continue;
    partners[t] = found.filter((p) => p.score >= relative * found[0]!.score);
    byPrior[t] = true;
  }
  // A line that still has nothing, but whose best candidates gather in one turn beyond chance, condenses that turn: its best candidates there are its sources, wherever its window lay.
  if (support.draws && regions.length > 0) {
    const turns = resolveTurnCluster(options.turns);
    const passages = findPassages(regions, source.sentences, turns.unit);
    const clusters = findTurnClusters(support.draws, passages, support.contentB, turns);
    clusters.forEach(({ passage }, t) => {
      if (!active(t) || passage < 0 || partners[t]!.length > 0) return;
      const { from, to } = passages[passage]!;
      const found = ranked[t]!.filter((p) => p.b >= from && p.b < to && !titles[p.b]);
      if (found.length === 0) return;
      partners[t] = found.filter((p) => p.score >= relative * found[0]!.score);
      byPrior[t] = true;
    });
  }
  supportLabels(target, source, titles, support, labels, partners, { share, margin, relative, turnLines: options.labelTurnLines ?? 2 }, terms);
  // A label's support below the threshold was found through its section, or is the question its section's exchange opens with: too weak to read changed facts from (its "2." is list numbering, not a number of the source's "一个").
  labels.forEach((isLabel, t) => {
    if (isLabel && partners[t]!.some((p) => p.score < threshold)) byPrior[t] = true;
  });
  return { partners, byPrior, labels };
}

/** The first and last source sentences the other lines of `t`'s section (what the nearest label above it heads, labels.ts) rest on, by their first partner. */
function sectionSpan(labels: readonly boolean[], sections: readonly number[][], partners: readonly SupportPair[][], t: number): { lo: number; hi: number } | undefined {
  let label = t - 1;
  while (label >= 0 && !labels[label]) label--;
  if (label < 0) return undefined;
  const at = sections[label]!.filter((k) => k !== t && partners[k]!.length > 0).map((k) => partners[k]![0]!.b);
  return at.length === 0 ? undefined : { lo: Math.min(...at), hi: Math.max(...at) };
}
