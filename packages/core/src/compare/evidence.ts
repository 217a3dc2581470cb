/**
 * The evidence, read off a monotone alignment, that a sentence is where its
 * translation is: its coverage by its own bead against a null (the same
 * sentence against beads far away), and log odds that it is unrelated to a
 * set of the other side's sentences, from coverage, length (Gale & Church
 * 1993) and punctuation fit, each learnt from the alignment's own 1-1 beads.
 */

import type { CoverageScorer } from '../align/coverage.js';
import { countLength } from '../align/score-length.js';
import type { Alignment, Version } from '../schema.js';
import { compareMarks, countMarks, sumMarks } from './marks.js';
import { farOffsets, quantile, sum } from '../statistics.js';

export interface EvidenceOptions {
  /** Quantile of the coverage a sentence gets from unrelated beads that its own bead must beat. @default 0.9 */
  nullQuantile?: number;
  /** Lowest coverage that can count as accounting for a sentence. @default 0.15 */
  minCoverage?: number;
  /** Prior odds that a sentence inside a bead is absorbed rather than matched. @default 0.05 */
  priorOdds?: number;
  /** Log-odds weight of each unmatched ? or ! (or dialogue quote on one side only, half that) a sentence brings into its bead. @default 2 */
  punctuationWeight?: number;
}

/** What the alignment says about each source (`a`) and target (`b`) sentence. */
export interface Evidence {
  /** Coverage of each sentence by its own bead's other side (0 in a bead with one side). */
  ownA: Float64Array;
  ownB: Float64Array;
  /** The null of the target's content sentences: their coverage by beads a third, a half and two thirds of the document away (none under six beads). */
  nullB: number[];
  /** Coverage that accounts for a sentence: the null's `nullQuantile`, at least `minCoverage`. */
  thresholdA: number;
  thresholdB: number;
  /** Log of `priorOdds`. */
  prior: number;
  /** Log odds that sentence `x` of a bead (`as`, `bs`) is absorbed rather than matched: its coverage by the other side, and how much better the bead's lengths and punctuation fit without it. */
  absorbed: (side: 'a' | 'b', x: number, as: readonly number[], bs: readonly number[]) => number;
  /** Log odds that source sentence `s` and target sentence `t` are one sentence: coverage both ways, length and punctuation fit. */
  related: (s: number, t: number) => number;
  /**
   * The least coverage of a source sentence by a target sentence (`coverA`) below which `related` of the two is surely under `floor`
   * (0 when none is, Infinity when no coverage reaches it): how a search for a sentence's best partner leaves out the sentences that cannot be it (`CoverageScorer.reachA`).
   */
  leastCoverA: (floor: number) => number;
}

/** Weighs the evidence of `alignment = alignPair(source, target)` with `scorer = buildCoverageScorer(source, target)`. */
export function weighEvidence(source: Version, target: Version, alignment: Alignment, scorer: CoverageScorer, options: EvidenceOptions = {}): Evidence {
  const q = options.nullQuantile ?? 0.9;
  const floor = options.minCoverage ?? 0.15;
  const full = alignment.beads.filter((b) => b.a.length > 0 && b.b.length > 0);
  const prior = Math.log(options.priorOdds ?? 0.05);
  const lengthA = source.sentences.map((x) => countLength(x.text));
  const lengthB = target.sentences.map((x) => countLength(x.text));
  // Own-bead coverage of every sentence, and the null: the same sentence against beads a third, a half and two thirds of the document away.
  const ownA = new Float64Array(source.sentences.length);
  const ownB = new Float64Array(target.sentences.length);
  const nullA: number[] = [];
  const nullB: number[] = [];
  full.forEach((bead, k) => {
    for (const s of bead.a) ownA[s] = scorer.coverA(s, bead.b);
    for (const t of bead.b) ownB[t] = scorer.coverB(t, bead.a);
    if (full.length < 6) return;
    for (const d of farOffsets(full.length)) {
      const other = full[(k + d) % full.length]!;
      for (const s of bead.a) if (scorer.contentA[s]) nullA.push(scorer.coverA(s, other.b));
      for (const t of bead.b) if (scorer.contentB[t]) nullB.push(scorer.coverB(t, other.a));
    }
  });
  const thresholdA = Math.max(floor, quantile(nullA, q));
  const thresholdB = Math.max(floor, quantile(nullB, q));
  // How a sentence's coverage is distributed when its bead is its translation (1-1 beads) and when it is not (the null).
  const relA: number[] = [];
  const relB: number[] = [];
  for (const bead of full) {
    if (bead.a.length !== 1 || bead.b.length !== 1) continue;
    if (scorer.contentA[bead.a[0]!]) relA.push(ownA[bead.a[0]!]!);
    if (scorer.contentB[bead.b[0]!]) relB.push(ownB[bead.b[0]!]!);
  }
  const oddsA = coverageOdds(relA, nullA);
  const oddsB = coverageOdds(relB, nullB);
  const lengths = measureLengthModel(full, lengthA, lengthB);
  const marksA = countMarks(source.sentences);
  const marksB = countMarks(target.sentences);
  const punctuationWeight = options.punctuationWeight ?? 2;
  const mismatch = (as: readonly number[], bs: readonly number[]): number => punctuationWeight * compareMarks(sumMarks(marksA, as), sumMarks(marksB, bs));
  const lengthOf = (ids: readonly number[], lengths: readonly number[]): number => sum(ids.map((x) => lengths[x]!));
  const absorbed = (side: 'a' | 'b', x: number, as: readonly number[], bs: readonly number[]): number => {
    const [la, lb] = [lengthOf(as, lengthA), lengthOf(bs, lengthB)];
    const without = (ids: readonly number[]): number[] => ids.filter((y) => y !== x);
    if (side === 'a') return oddsA(scorer.coverA(x, bs)) + lengths.fit(la - lengthA[x]!, lb) - lengths.fit(la, lb) + mismatch(as, bs) - mismatch(without(as), bs) + prior;
    return oddsB(scorer.coverB(x, as)) + lengths.fit(la, lb - lengthB[x]!) - lengths.fit(la, lb) + mismatch(as, bs) - mismatch(as, without(bs)) + prior;
  };
  const related = (s: number, t: number): number => -oddsA(scorer.coverA(s, [t])) - oddsB(scorer.coverB(t, [s])) + lengths.fit(lengthA[s]!, lengthB[t]!) - mismatch([s], [t]);
  // Length and punctuation fit only ever lower `related` (a log density up to its peak, a mismatch count), so the two odds bound it.
  const leastCoverA = (floor: number): number => (punctuationWeight < 0 ? 0 : leastCoverage(oddsA, oddsB, floor));
  return { ownA, ownB, nullB, thresholdA, thresholdB, prior, absorbed, related, leastCoverA };
}

/**
 * The lower edge of the first coverage bin at which `-odds(coverage)`, with
 * the best the other direction's odds can add, reaches `floor`: below it,
 * `-odds - other` is under `floor` whatever the other coverage is.
 */
function leastCoverage(odds: (coverage: number) => number, other: (coverage: number) => number, floor: number): number {
  // Each bin read at its middle, where no rounding moves a coverage into the next.
  const middles = Array.from({ length: COVERAGE_BINS }, (_, k) => (k + 0.5) / COVERAGE_BINS);
  const most = Math.max(...middles.map((c) => -other(c)));
  const first = middles.findIndex((c) => -odds(c) + most >= floor);
  if (first < 0) return Infinity;
  // Just under the bin's lower edge, so a coverage that the bins round into it is not left out.
  return first === 0 ? 0 : first / COVERAGE_BINS - 1e-9;
}

const COVERAGE_BINS = 10;

/**
 * Log odds that a coverage comes from an unrelated sentence rather than a
 * translation, from histograms of both (ten bins, add-one smoothing).
 */
function coverageOdds(related: readonly number[], unrelated: readonly number[]): (coverage: number) => number {
  const bins = COVERAGE_BINS;
  const histogram = (values: readonly number[]): number[] => {
    const h = new Array<number>(bins).fill(1);
    for (const v of values) h[Math.min(bins - 1, Math.floor(v * bins))]! += 1;
    const total = sum(h);
    return h.map((x) => x / total);
  };
  const rel = histogram(related);
  const unrel = histogram(unrelated);
  return (coverage) => {
    const bin = Math.min(bins - 1, Math.floor(coverage * bins));
    return Math.log(unrel[bin]! / rel[bin]!);
  };
}

/**
 * Gale & Church (1993) in log space: the log length ratio of 1-1 beads is
 * about normal; `fit` is the log density (up to a constant) of a bead's ratio.
 */
function measureLengthModel(full: readonly { a: number[]; b: number[] }[], lengthA: readonly number[], lengthB: readonly number[]): { fit: (la: number, lb: number) => number } {
  const logs: number[] = [];
  for (const bead of full) {
    if (bead.a.length !== 1 || bead.b.length !== 1) continue;
    const [la, lb] = [lengthA[bead.a[0]!]!, lengthB[bead.b[0]!]!];
    if (la > 0 && lb > 0) logs.push(Math.log(lb / la));
  }
  const mean = logs.length > 0 ? sum(logs) / logs.length : 0;
  const variance = logs.length > 1 ? sum(logs.map((x) => (x - mean) ** 2)) / (logs.length - 1) : 1;
  return { fit: (la, lb) => (la <= 0 || lb <= 0 ? -Infinity : -((Math.log(lb / la) - mean) ** 2) / (2 * variance)) };
}
