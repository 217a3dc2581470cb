/**
 * The items and region coverage of a parallel analysis, once its candidates
 * are known: matches (what is left of each bead), moves, runs of additions,
 * and per source region its coverage and runs of omissions.
 */

import type { CoverageScorer } from '../align/coverage.js';
import type { Alignment, CompareItem, CoverageRegion, Version } from '../schema.js';
import type { Candidates, Move } from './moves.js';
import { findRegions, quoteFirstWords } from './regions.js';
import { round } from '../statistics.js';

/** Matches, moves and additions, and what they account for. */
export interface TargetItems {
  items: CompareItem[];
  /** Which source sentences a match or a move accounts for. */
  covered: boolean[];
  matches: number;
  /** Target sentences with content, and those of them not lost. */
  content: number;
  supported: number;
}

/**
 * Lists the matches, moves and additions of `target` against `source`.
 * Sentences of a bead stripped of its other side join `lose`.
 */
/** How sure each finding is (finding-model.ts): an unpaired target sentence, a move. */
export interface TargetRates {
  b: (t: number) => number;
  move: (m: Move) => number;
}

export function listTargetItems(source: Version, target: Version, alignment: Alignment, scorer: CoverageScorer, lose: Candidates, moved: readonly Move[], quoteLength: number, rates: TargetRates): TargetItems {
  const items: CompareItem[] = [];
  const covered = source.sentences.map(() => false);
  let matches = 0;
  for (const bead of alignment.beads) {
    const a = bead.a.filter((s) => !lose.a.has(s) && !moved.some((m) => m.s === s));
    const b = bead.b.filter((t) => !lose.b.has(t) && !moved.some((m) => m.t === t));
    if (a.length === 0 || b.length === 0) {
      // What is left of a bead stripped of its other side is absorbed content too.
      for (const s of a) if (scorer.contentA[s]) lose.a.add(s);
      for (const t of b) if (scorer.contentB[t]) lose.b.add(t);
      continue;
    }
    for (const s of a) covered[s] = true;
    items.push({ type: 'match', target: b, source: a, score: bead.score });
    matches++;
  }
  for (const m of moved) {
    covered[m.s] = true;
    items.push({ type: 'moved', target: [m.t], source: [m.s], score: round(m.score), confidence: rates.move(m) });
  }
  let content = 0;
  let supported = 0;
  target.sentences.forEach((_, t) => {
    if (!scorer.contentB[t]) return;
    content++;
    if (!lose.b.has(t)) supported++;
  });
  let run: number[] = [];
  const flushAdditions = (): void => {
    if (run.length > 0) items.push({ type: 'addition', target: run, firstWords: quoteFirstWords(target.sentences[run[0]!]!.text, quoteLength), confidence: rateRun(run, rates.b) });
    run = [];
  };
  target.sentences.forEach((_, t) => {
    if (lose.b.has(t)) run.push(t);
    else if (scorer.contentB[t]) flushAdditions();
  });
  flushAdditions();
  return { items, covered, matches, content, supported };
}

/** Coverage per source region, its runs of lost sentences as omissions, and the source's coverage overall. */
export interface SourceCoverage {
  regions: CoverageRegion[];
  omissions: CompareItem[];
  coverage: number;
}

/** Measures the share of each region of `source` (by non-space characters) that is not in `loseA`. */
export function measureSourceCoverage(source: Version, scorer: CoverageScorer, loseA: ReadonlySet<number>, quoteLength: number, rate: (s: number) => number): SourceCoverage {
  const regions: CoverageRegion[] = [];
  const omissions: CompareItem[] = [];
  let total = 0;
  let coveredWeight = 0;
  findRegions(source).forEach((region, index) => {
    let regionTotal = 0;
    let regionCovered = 0;
    const body: number[] = [];
    for (let k = region.from; k < region.to; k++) if (scorer.contentA[k] && !(region.heading !== undefined && k === region.from)) body.push(k);
    let omitted: number[] = [];
    const flush = (): void => {
      if (omitted.length > 0) {
        omissions.push({ type: 'omission', source: omitted, region: index, whole: omitted.length === body.length, firstWords: quoteFirstWords(source.sentences[omitted[0]!]!.text, quoteLength), confidence: rateRun(omitted, rate) });
      }
      omitted = [];
    };
    for (let k = region.from; k < region.to; k++) {
      const w = source.sentences[k]!.text.replace(/\s+/g, '').length;
      regionTotal += w;
      if (!loseA.has(k)) regionCovered += w;
      if (loseA.has(k)) omitted.push(k);
      else if (scorer.contentA[k]) flush();
    }
    flush();
    total += regionTotal;
    coveredWeight += regionCovered;
    const entry: CoverageRegion = { index, from: region.from, to: region.to, coverage: round(regionTotal > 0 ? regionCovered / regionTotal : 0) };
    if (region.heading !== undefined) entry.heading = region.heading;
    regions.push(entry);
  });
  return { regions, omissions, coverage: round(total > 0 ? coveredWeight / total : 0) };
}

/** A run's confidence: the mean of its sentences' (each is a finding of its own in the bench's counts). */
function rateRun(run: readonly number[], rate: (x: number) => number): number {
  let total = 0;
  for (const x of run) total += rate(x);
  return Math.round((100 * total) / run.length) / 100;
}
