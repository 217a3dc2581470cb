/**
 * What a target version does with a source version's content: from the
 * non-monotone support of align/coverage.ts, the source regions and runs it
 * leaves out (omissions), its sentences with no source (additions), and its
 * matches out of source order (moved: off the longest increasing run of
 * matched source positions, not an omission plus an addition).
 */

import { findIncreasingRun, type Support } from '../align/coverage.js';
import type { CompareItem, CoverageRegion, Version } from '../schema.js';

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

export interface OmissionOptions {
  /** Characters of a run's text quoted as its first words. @default 24 */
  firstWords?: number;
}

const weight = (text: string): number => text.replace(/\s+/g, '').length;

/** The first characters (Chinese) or words (English) of a text, for a person to find the place. */
export function quoteFirstWords(text: string, length = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).trimEnd()}…`;
}

/** Regions of a version: a new one at every heading; a version without headings is one region. */
export function findRegions(version: Version): { heading?: string; from: number; to: number }[] {
  const out: { heading?: string; from: number; to: number }[] = [];
  version.sentences.forEach((s, k) => {
    const heading = version.blocks[s.block]?.type === 'heading';
    if (k === 0 || heading) out.push(heading ? { heading: s.text, from: k, to: k + 1 } : { from: k, to: k + 1 });
    else out[out.length - 1]!.to = k + 1;
  });
  return out;
}

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
  findRegions(source).forEach((region, index) => {
    let regionTotal = 0;
    let regionCovered = 0;
    let run: number[] = [];
    const body = range(region.from, region.to).filter((k) => support.contentB[k] && !(region.heading !== undefined && k === region.from));
    const flush = (): void => {
      if (run.length === 0) return;
      const whole = run.length === body.length;
      items.push({ type: 'omission', source: run, region: index, whole, firstWords: quoteFirstWords(source.sentences[run[0]!]!.text, quoteLength) });
      run = [];
    };
    for (let k = region.from; k < region.to; k++) {
      const w = weight(source.sentences[k]!.text);
      regionTotal += w;
      if (covered[k]) regionCovered += w;
      if (!support.contentB[k] || (region.heading !== undefined && k === region.from)) continue;
      if (covered[k]) flush();
      else run.push(k);
    }
    flush();
    total += regionTotal;
    supportedWeight += regionCovered;
    const entry: CoverageRegion = { index, from: region.from, to: region.to, coverage: round(regionTotal > 0 ? regionCovered / regionTotal : 0) };
    if (region.heading !== undefined) entry.heading = region.heading;
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

/** Target-side items (matches, moves, additions) in target order, then omissions in source order. */
function sortItems(items: CompareItem[]): CompareItem[] {
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

const round = (x: number): number => Math.round(x * 1000) / 1000;
