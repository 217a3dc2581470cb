/**
 * What a target version does with a source version's content: from the
 * non-monotone support of align/coverage.ts, the source regions and runs it
 * leaves out (omissions), its sentences with no source (additions), and its
 * matches out of source order (moved: off the longest increasing run of
 * matched source positions, not an omission plus an addition).
 */

import { findIncreasingRun, type Support } from '../align/coverage.js';
import type { CompareItem, CoverageRegion, Version } from '../schema.js';
import { findRegions, quoteFirstWords, type RegionOptions } from './regions.js';
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
}

export interface OmissionOptions extends RegionOptions {
  /** Characters of a run's text (and of a turn, in its region's name) quoted as its first words. @default 24 */
  firstWords?: number;
}

const weight = (text: string): number => text.replace(/\s+/g, '').length;

export { findRegions, quoteFirstWords } from './regions.js';

/**
 * Analyses `target` against `source` with `support` scored as
 * `scoreSupport(target, source)` (side a is the target).
 */
export function analyzeCoverage(source: Version, target: Version, support: Support, options: OmissionOptions = {}): CoverageAnalysis {
  const quoteLength = options.firstWords ?? 24;
  const items: CompareItem[] = [];
  const matched: { t: number; primary: number }[] = [];
  let content = 0;
  let additionRun: number[] = [];
  const flushAdditions = (): void => {
    if (additionRun.length === 0) return;
    items.push({ type: 'addition', target: additionRun, firstWords: quoteFirstWords(target.sentences[additionRun[0]!]!.text, quoteLength) });
    additionRun = [];
  };
  target.sentences.forEach((_, t) => {
    if (!support.contentA[t]) return;
    content++;
    const partners = support.a[t] ?? [];
    if (partners.length === 0) additionRun.push(t);
    else {
      flushAdditions();
      matched.push({ t, primary: partners[0]!.b });
    }
  });
  flushAdditions();
  const inOrder = new Set(findIncreasingRun(matched.map((m) => m.primary)).map((k) => matched[k]!.t));
  const covered = source.sentences.map(() => false);
  for (const { t } of matched) {
    const partners = support.a[t]!;
    for (const p of partners) covered[p.b] = true;
    const sourceIds = partners.map((p) => p.b).sort((x, y) => x - y);
    items.push({ type: inOrder.has(t) ? 'match' : 'moved', target: [t], source: sourceIds, score: round(partners[0]!.score) });
  }

  const regions: CoverageRegion[] = [];
  let total = 0;
  let supportedWeight = 0;
  findRegions(source, options).forEach((region, index) => {
    let regionTotal = 0;
    let regionCovered = 0;
    let run: number[] = [];
    const content = (k: number): boolean => support.contentB[k] === true && !region.labels.includes(k);
    const body = range(region.from, region.to).filter(content);
    const flush = (): void => {
      if (run.length === 0) return;
      const whole = run.length === body.length;
      items.push({ type: 'omission', source: run, region: index, whole, firstWords: quoteFirstWords(source.sentences[run[0]!]!.text, quoteLength) });
      run = [];
    };
    for (let k = region.from; k < region.to; k++) {
      // Headings and speaker labels are structure: they weigh nothing and are never omitted.
      if (region.labels.includes(k)) continue;
      const w = weight(source.sentences[k]!.text);
      regionTotal += w;
      if (covered[k]) regionCovered += w;
      if (!content(k)) continue;
      if (covered[k]) flush();
      else run.push(k);
    }
    flush();
    total += regionTotal;
    supportedWeight += regionCovered;
    const entry: CoverageRegion = { index, from: region.from, to: region.to, coverage: round(regionTotal > 0 ? regionCovered / regionTotal : 0) };
    if (region.name !== undefined) entry.heading = region.name;
    regions.push(entry);
  });
  return {
    regions,
    items: sortItems(items),
    coverage: round(total > 0 ? supportedWeight / total : 0),
    supported: round(content > 0 ? matched.length / content : 0),
    order: round(matched.length > 0 ? inOrder.size / matched.length : 0),
    covered,
  };
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
