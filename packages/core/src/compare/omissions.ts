/**
 * What a summary does with its source's content: from the non-monotone
 * support of align/coverage.ts, completed by the order prior
 * (summary-support.ts), the source regions it leaves out entirely
 * (omissions), its blocks with no source (additions), and its matches out of
 * source order (moved: off the longest increasing run of matched source
 * positions, not an omission plus an addition); each region covered, thin or
 * omitted, and findings with a confidence (findings.ts).
 */

import { findIncreasingRun, type Support, type SupportOptions, type SupportPair } from '../align/coverage.js';
import type { CompareItem, CoverageRegion, PairReport, Version } from '../schema.js';
import { rateAddition, rateOmission, type FindingOptions } from './findings.js';
import { findLabels, findSummarySupport, type SummarySupportOptions } from './summary-support.js';
import { findRegions, maskSpeakers, quoteFirstWords, type RegionOptions } from './regions.js';
import { scoreInContext } from './context-score.js';
import { resolveTurnCluster } from './turn-cluster.js';
import { round } from '../statistics.js';

/** The analysis of one target against one source. */
export interface CoverageAnalysis {
  regions: CoverageRegion[];
  items: CompareItem[];
  /** Share of the source's text supported by the target. */
  coverage: number;
  /** Share of the target's sentences (with content) that have support. */
  supported: number;
  /** Share of matches in source order. */
  order: number;
  /** Which source sentences the target supports. */
  covered: boolean[];
  /** Each supported target sentence with its source sentences, best first. */
  support?: NonNullable<PairReport['support']>;
  /** Findings below this confidence are not shown by default. */
  minConfidence?: number;
  /** The matches and moves whose support is strong (not found through the order prior alone): the ones changed facts are read from. */
  factItems?: CompareItem[];
}

export interface OmissionOptions extends RegionOptions, FindingOptions {
  /** Characters of a run's text (and of a turn, in its region's name) quoted as its first words. @default 24 */
  firstWords?: number;
  /** The order prior of a summary's support. */
  summary?: SummarySupportOptions;
  /**
   * The options `support` was scored with by `scoreSupport`, so that its lines are scored in context alike
   * (context-score.ts). Without them the support is taken as it is: it may come from another scorer (an English
   * summary's own-null support, alone-support.ts).
   */
  scoring?: SupportOptions;
}

const weight = (text: string): number => text.replace(/\s+/g, '').length;

export { findRegions, quoteFirstWords } from './regions.js';

/**
 * Analyses `target` against `source` with `support` scored as
 * `scoreSupport(target, source)` (side a is the target), as a summary: a
 * sentence's support is completed with the order prior (summary-support.ts);
 * a block (a paragraph, a bullet) is an addition only when none of its
 * sentences has support, so a supported paragraph's aside is not; a source
 * region is omitted only when nothing in it is supported, so a long answer
 * condensed into two bullets is covered (or thin), not a run of omissions.
 */
export function analyzeCoverage(source: Version, target: Version, given: Support, options: OmissionOptions = {}): CoverageAnalysis {
  const quoteLength = options.firstWords ?? 24;
  const minConfidence = options.minConfidence ?? 0.5;
  // A content line condenses a passage: its sources are scored with their neighbours (context-score.ts); a label keeps its own words' scores.
  const isLabel = findLabels(target, options.summary?.maxLabelLength ?? 24);
  const smooth = target.sentences.map((_, t) => given.contentA[t] === true && !isLabel[t]);
  const support = options.scoring === undefined ? given : scoreInContext(maskSpeakers(target, options), maskSpeakers(source, options), given, smooth, options.scoring, options.summary?.context, options.summary?.null, resolveTurnCluster(options.summary?.turns).k);
  const found = findRegions(source, options);
  const { partners, labels, byPrior } = findSummarySupport(target, support, source, options.summary, found);
  const items: CompareItem[] = [];
  const content = target.sentences.map((_, t) => support.contentA[t] === true);
  const matched = target.sentences.flatMap((_, t) => (content[t] && partners[t]!.length > 0 ? [{ t, primary: partners[t]![0]!.b }] : []));
  const inOrder = new Set(findIncreasingRun(matched.map((m) => m.primary)).map((k) => matched[k]!.t));
  const covered = source.sentences.map(() => false);
  for (const { t } of matched) {
    const sourceIds = partners[t]!.map((p) => p.b);
    for (const b of sourceIds) covered[b] = true;
    items.push({ type: inOrder.has(t) ? 'match' : 'moved', target: [t], source: [...sourceIds].sort((x, y) => x - y), score: round(partners[t]![0]!.score) });
  }
  // Labels are structure, not additions, whether their section has support or not; except before the first and after the last supported sentence, where a heading is front or back matter (a site's category, a model's sign-off).
  const supported: SupportedSpan = { first: matched[0]?.t ?? Infinity, last: matched[matched.length - 1]?.t ?? -Infinity };
  const inside = (t: number): boolean => t > supported.first && t < supported.last;
  items.push(...findAdditions(target, support, partners, content.map((c, t) => c && !(labels[t] && inside(t))), supported, quoteLength));
  const regions: CoverageRegion[] = [];
  let total = 0;
  let supportedWeight = 0;
  const regionCovered = found.map((r) => range(r.from, r.to).some((k) => covered[k] && !r.labels.includes(k)));
  found.forEach((region, index) => {
    const body = range(region.from, region.to).filter((k) => support.contentB[k] === true && !region.labels.includes(k));
    // Headings and speaker labels are structure: they weigh nothing and are never omitted.
    const regionTotal = body.reduce((n, k) => n + weight(source.sentences[k]!.text), 0);
    const regionCoveredWeight = body.reduce((n, k) => n + (covered[k] ? weight(source.sentences[k]!.text) : 0), 0);
    total += regionTotal;
    supportedWeight += regionCoveredWeight;
    const share = regionTotal > 0 ? regionCoveredWeight / regionTotal : 0;
    const entry: CoverageRegion = { index, from: region.from, to: region.to, coverage: round(share) };
    if (region.name !== undefined) entry.heading = region.name;
    if (body.length > 0) {
      if (regionCovered[index]) {
        entry.status = share < (options.thinShare ?? 0.2) ? 'thin' : 'covered';
        entry.confidence = 1;
      } else {
        const nearness = Math.max(0, ...body.map((k) => support.bestB[k]! / Math.max(1e-9, support.thresholdB)));
        const last = source.sentences[body[body.length - 1]!]!.text.trim();
        const answered = body.length <= 2 && /[？?]$/u.test(last) && regionCovered[index + 1] === true;
        const confidence = rateOmission({ nearness, size: body.length, answered });
        entry.status = 'omitted';
        entry.confidence = confidence;
        items.push({ type: 'omission', source: body, region: index, whole: true, firstWords: quoteFirstWords(source.sentences[body[0]!]!.text, quoteLength), confidence });
      }
    }
    regions.push(entry);
  });
  const supportList = matched.map(({ t }) => ({ target: t, sources: partners[t]!.map((p) => ({ sentence: p.b, score: round(Math.min(1, p.score)) })) }));
  return {
    regions,
    items: sortItems(items),
    coverage: round(total > 0 ? supportedWeight / total : 0),
    supported: round(content.filter(Boolean).length > 0 ? matched.length / content.filter(Boolean).length : 0),
    order: round(matched.length > 0 ? inOrder.size / matched.length : 0),
    covered,
    support: supportList,
    minConfidence,
    // A changed number is claimed only where the line surely rests on that passage: a window's weak match (本文整理自…2025 年 12 月) would set a date against any date nearby.
    factItems: items.filter((i) => (i.type === 'match' || i.type === 'moved') && i.target.every((t) => !byPrior[t])),
  };
}

/** The first and last target sentence with support (Infinity and -Infinity when none has): what lies outside is front or back matter. */
interface SupportedSpan {
  first: number;
  last: number;
}

/** Runs of blocks none of whose sentences has support, each an addition with its confidence. */
function findAdditions(target: Version, support: Support, partners: readonly SupportPair[][], content: readonly boolean[], { first, last }: SupportedSpan, quoteLength: number): CompareItem[] {
  const blockSupported = new Map<number, boolean>();
  target.sentences.forEach((s, t) => {
    if (content[t] && partners[t]!.length > 0) blockSupported.set(s.block, true);
  });
  const out: CompareItem[] = [];
  let run: number[] = [];
  let heading: string | undefined;
  let runHeading: string | undefined;
  const flush = (): void => {
    if (run.length === 0) return;
    const text = run.map((t) => target.sentences[t]!.text).join('');
    const nearness = Math.max(...run.map((t) => (support.rankedA[t]?.[0]?.score ?? 0) / Math.max(1e-9, support.thresholdA)));
    const isHeading = run.every((t) => target.blocks[target.sentences[t]!.block]?.type === 'heading');
    const edge = run[0]! < first || run[run.length - 1]! > last;
    const confidence = rateAddition({ nearness, edge, text, heading: runHeading, isHeading });
    out.push({ type: 'addition', target: run, firstWords: quoteFirstWords(target.sentences[run[0]!]!.text, quoteLength), confidence });
    run = [];
  };
  target.sentences.forEach((s, t) => {
    const isHeading = target.blocks[s.block]?.type === 'heading';
    if (!content[t]) return;
    if (blockSupported.get(s.block) === true) flush();
    else {
      if (run.length === 0) runHeading = heading;
      run.push(t);
    }
    if (isHeading) heading = s.text;
  });
  flush();
  return out;
}

/** Target-side items (matches, moves, additions) in target order, then omissions in source order: the order of every pair's items. */
export function sortItems(items: CompareItem[]): CompareItem[] {
  const first = (item: CompareItem): number => (item.type === 'omission' ? item.source[0]! : item.target[0]!);
  const targetSide = items.filter((item) => item.type !== 'omission').sort((x, y) => first(x) - first(y));
  const omissions = items.filter((item) => item.type === 'omission').sort((x, y) => first(x) - first(y));
  return [...targetSide, ...omissions];
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
