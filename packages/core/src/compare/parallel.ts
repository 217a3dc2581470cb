/**
 * What a parallel target (a translation, or the same text in another script)
 * does with its source, read off a monotone sentence alignment (`alignPair`:
 * banded DP, dictionary and Model 1 evidence). The alignment's 1-0 and 0-1
 * beads are omission and addition candidates; so is a sentence inside a
 * bigger bead that the bead's other side does not account for (the DP
 * absorbs a dropped sentence into its neighbour's bead rather than pay for a
 * 1-0). "Accounts for" is judged against a null: the same coverage measured
 * against beads half a document away. A source candidate and a target
 * candidate that account for each other are one moved sentence, not an
 * omission plus an addition.
 */

import type { CoverageScorer, Support } from '../align/coverage.js';
import { countLength } from '../align/score-length.js';
import type { Alignment, CompareItem, CoverageRegion, Version } from '../schema.js';
import { findRegions, quoteFirstWords, type CoverageAnalysis } from './omissions.js';
import { quantile, round } from '../statistics.js';

export interface ParallelOptions {
  /** Quantile of the coverage a sentence gets from unrelated beads that its own bead must beat. @default 0.9 */
  nullQuantile?: number;
  /** Lowest coverage that can count as accounting for a sentence. @default 0.15 */
  minCoverage?: number;
  /** Lowest mutual coverage of a source and a target candidate that makes them one moved sentence. @default 0.3 */
  minMoveCoverage?: number;
  /** Prior odds that a sentence inside a bead is absorbed rather than matched. @default 0.05 */
  priorOdds?: number;
  /** Lowest mean mutual coverage of a source and a target sentence, both unaccounted for where they sit, that makes them one moved sentence. @default 0.15 */
  minCandidateMove?: number;
  /** How much better than either sentence's second-best candidate a candidate pair must be. @default 0.08 */
  candidateMargin?: number;
  /** Beads between a target sentence's bead and its support's bead that make it moved. @default 3 */
  farBeads?: number;
  /** How much better a far partner must account for both sentences than their own beads do. @default 0.2 */
  moveMargin?: number;
  /** Log-odds weight of each unmatched ? or ! (or dialogue quote on one side only, half that) a sentence brings into its bead. @default 2 */
  punctuationWeight?: number;
  /** Lowest log odds (coverage both ways, length and punctuation fit) that pair two remaining candidates as one moved sentence. @default 0 */
  moveOdds?: number;
  /** How much higher those log odds must be than any rival pairing of either sentence. @default 1 */
  moveOddsMargin?: number;
  /** Lowest log odds that pair a source candidate with a target sentence absorbed far away, as one moved sentence. @default 4 */
  absorbedMoveOdds?: number;
  /** Characters quoted as first words. @default 24 */
  firstWords?: number;
}

/** An alignment-based analysis, with the numbers the verdict is decided on. */
export interface ParallelAnalysis extends CoverageAnalysis {
  /** Mean coverage of the target's sentences by their own beads, and by beads half a document away. */
  score: number;
  baseline: number;
}

/**
 * Analyses `target` against `source` from `alignment = alignPair(source,
 * target)` and `scorer = buildCoverageScorer(source, target)`; `support`
 * (`scoreSupport(target, source)`), when given, finds moves the alignment
 * absorbed on one side only.
 */
export function analyzeAlignment(source: Version, target: Version, alignment: Alignment, scorer: CoverageScorer, options: ParallelOptions = {}, support?: Support): ParallelAnalysis {
  const q = options.nullQuantile ?? 0.9;
  const floor = options.minCoverage ?? 0.15;
  const minMove = options.minMoveCoverage ?? 0.3;
  const minCandidate = options.minCandidateMove ?? 0.15;
  const candidateMargin = options.candidateMargin ?? 0.08;
  const farBeads = options.farBeads ?? 3;
  const margin = options.moveMargin ?? 0.3;
  const quoteLength = options.firstWords ?? 24;
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
    for (const d of [Math.floor(full.length / 3), Math.floor(full.length / 2), Math.floor((2 * full.length) / 3)]) {
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
  // Log odds that sentence `x` of a bead (`as`, `bs`) is absorbed rather than matched: its coverage by the other side, and how much better the bead's lengths and punctuation fit without it.
  const absorbed = (side: 'a' | 'b', x: number, as: readonly number[], bs: readonly number[]): number => {
    const [la, lb] = [lengthOf(as, lengthA), lengthOf(bs, lengthB)];
    const without = (ids: readonly number[]): number[] => ids.filter((y) => y !== x);
    if (side === 'a') return oddsA(scorer.coverA(x, bs)) + lengths.fit(la - lengthA[x]!, lb) - lengths.fit(la, lb) + mismatch(as, bs) - mismatch(without(as), bs) + prior;
    return oddsB(scorer.coverB(x, as)) + lengths.fit(la, lb - lengthB[x]!) - lengths.fit(la, lb) + mismatch(as, bs) - mismatch(as, without(bs)) + prior;
  };
  const beads = alignment.beads;
  const loseA = new Set<number>();
  const loseB = new Set<number>();
  for (const bead of beads) {
    if (bead.b.length === 0) for (const s of bead.a) if (scorer.contentA[s]) loseA.add(s);
    if (bead.a.length === 0) for (const t of bead.b) if (scorer.contentB[t]) loseB.add(t);
    if (bead.a.length === 0 || bead.b.length === 0) continue;
    // Inside a bead, a sentence is absorbed when its coverage looks unrelated and the bead's lengths and punctuation fit better without it.
    if (bead.a.length > 1) for (const s of bead.a) if (scorer.contentA[s] && absorbed('a', s, bead.a, bead.b) > 0) loseA.add(s);
    if (bead.b.length > 1) for (const t of bead.b) if (scorer.contentB[t] && absorbed('b', t, bead.a, bead.b) > 0) loseB.add(t);
  }
  // Moves. A moved sentence leaves its counterpart unaccounted for where it sits and is itself unaccounted for where it lands:
  // between the two sides' candidates, whose number is small, a modest mutual coverage is enough (greedy matching, best first).
  const beadOfA = new Int32Array(source.sentences.length);
  const beadOfB = new Int32Array(target.sentences.length);
  beads.forEach((bead, k) => {
    for (const x of bead.a) beadOfA[x] = k;
    for (const x of bead.b) beadOfB[x] = k;
  });
  const farApart = (s: number, t: number): boolean => Math.abs(beadOfA[s]! - beadOfB[t]!) > farBeads;
  const pairScore = (s: number, t: number): number => (scorer.coverA(s, [t]) + scorer.coverB(t, [s])) / 2;
  const pairs: { s: number; t: number; score: number }[] = [];
  // Each must be the other's best candidate by `candidateMargin`: chance overlap rarely singles out one sentence twice.
  const listA = [...loseA];
  const listB = [...loseB];
  const grid = listB.map((t) => listA.map((s) => pairScore(s, t)));
  const secondBest = (values: readonly number[], except: number): number => values.reduce((x, v, k) => (k === except ? x : Math.max(x, v)), 0);
  listB.forEach((t, y) => {
    const row = grid[y]!;
    // Both accounting for most of each other is a move whatever the other candidates score.
    listA.forEach((s, x) => {
      if (farApart(s, t) && Math.min(scorer.coverA(s, [t]), scorer.coverB(t, [s])) >= Math.max(minMove, thresholdA, thresholdB)) pairs.push({ s, t, score: row[x]! + 1 });
    });
    const x = row.reduce((at, v, k) => (v > row[at]! ? k : at), 0);
    const s = listA[x];
    const score = row[x] ?? 0;
    if (s === undefined || score < minCandidate || !farApart(s, t)) return;
    const column = grid.map((r) => r[x]!);
    if (column.some((v) => v > score) || score - secondBest(row, x) < candidateMargin || score - secondBest(column, y) < candidateMargin) return;
    pairs.push({ s, t, score });
  });
  // Literary translations often share no dictionary word with their source: between the remaining candidates, weigh coverage as log odds
  // together with length and punctuation fit, and pair the mutual best that clear `moveOdds` by `moveOddsMargin` over every rival.
  const related = (s: number, t: number): number => -oddsA(scorer.coverA(s, [t])) - oddsB(scorer.coverB(t, [s])) + lengths.fit(lengthA[s]!, lengthB[t]!) - mismatch([s], [t]);
  const paired = new Set(pairs.flatMap((p) => [`a${p.s}`, `b${p.t}`]));
  const restA = listA.filter((s) => !paired.has(`a${s}`));
  const restB = listB.filter((t) => !paired.has(`b${t}`));
  const odds = restB.map((t) => restA.map((s) => related(s, t)));
  const moveOdds = options.moveOdds ?? 0;
  const moveOddsMargin = options.moveOddsMargin ?? 1;
  restB.forEach((t, y) => {
    const row = odds[y]!;
    if (row.length === 0) return;
    const x = row.reduce((at, v, k) => (v > row[at]! ? k : at), 0);
    const s = restA[x]!;
    const score = row[x]!;
    if (score < moveOdds || !farApart(s, t)) return;
    const rivals = [...row.filter((_, k) => k !== x), ...odds.filter((_, k) => k !== y).map((r) => r[x]!)];
    if (rivals.some((v) => v > score - moveOddsMargin)) return;
    pairs.push({ s, t, score: 0 });
  });
  // A source candidate still alone whose translation the alignment absorbed into a far bead: the best target sentence anywhere, by the
  // same log odds, clearing `absorbedMoveOdds` and every other target sentence by `moveOddsMargin`, and fitting its own bead worse than it fits here.
  const absorbedMoveOdds = options.absorbedMoveOdds ?? 4;
  const taken = new Set(pairs.map((p) => p.t));
  for (const s of listA) {
    if (pairs.some((p) => p.s === s)) continue;
    let best = -Infinity;
    let second = -Infinity;
    let at = -1;
    target.sentences.forEach((_, t) => {
      if (!scorer.contentB[t] || taken.has(t) || !farApart(s, t)) return;
      const r = related(s, t);
      if (r > best) [second, best, at] = [best, r, t];
      else if (r > second) second = r;
    });
    if (at < 0 || best < absorbedMoveOdds || best - second < moveOddsMargin) continue;
    const bead = beads[beadOfB[at]!]!;
    if (bead.a.length > 0 && !loseB.has(at) && absorbed('b', at, bead.a, bead.b) - prior + best < absorbedMoveOdds) continue;
    pairs.push({ s, t: at, score: 0 });
    taken.add(at);
    loseB.add(at);
  }
  // A target sentence absorbed into a bead that does not account for it, whose retrieval support lies far away and accounts for it much better, moved too.
  if (support) {
    target.sentences.forEach((_, t) => {
      if (loseB.has(t)) return;
      const partner = support.a[t]?.[0];
      if (!partner || !farApart(partner.b, t)) return;
      const [cs, ct] = [scorer.coverA(partner.b, [t]), scorer.coverB(t, [partner.b])];
      const score = Math.min(cs, ct);
      if (score >= Math.max(minMove, thresholdA, thresholdB) && ct > ownB[t]! + margin && cs > ownA[partner.b]! + margin) pairs.push({ s: partner.b, t, score: (cs + ct) / 2 });
    });
    for (const pair of pairs) {
      loseA.add(pair.s);
      loseB.add(pair.t);
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const moved: { s: number; t: number; score: number }[] = [];
  for (const pair of pairs) {
    if (!loseA.has(pair.s) || !loseB.has(pair.t)) continue;
    loseA.delete(pair.s);
    loseB.delete(pair.t);
    moved.push(pair);
  }

  const items: CompareItem[] = [];
  const covered = source.sentences.map(() => false);
  let matches = 0;
  for (const bead of beads) {
    const a = bead.a.filter((s) => !loseA.has(s) && !moved.some((m) => m.s === s));
    const b = bead.b.filter((t) => !loseB.has(t) && !moved.some((m) => m.t === t));
    if (a.length === 0 || b.length === 0) {
      // What is left of a bead stripped of its other side is absorbed content too.
      for (const s of a) if (scorer.contentA[s]) loseA.add(s);
      for (const t of b) if (scorer.contentB[t]) loseB.add(t);
      continue;
    }
    for (const s of a) covered[s] = true;
    items.push({ type: 'match', target: b, source: a, score: bead.score });
    matches++;
  }
  for (const m of moved) {
    covered[m.s] = true;
    items.push({ type: 'moved', target: [m.t], source: [m.s], score: round(m.score) });
  }
  let content = 0;
  let supported = 0;
  target.sentences.forEach((_, t) => {
    if (!scorer.contentB[t]) return;
    content++;
    if (!loseB.has(t)) supported++;
  });
  let run: number[] = [];
  const flushAdditions = (): void => {
    if (run.length > 0) items.push({ type: 'addition', target: run, firstWords: quoteFirstWords(target.sentences[run[0]!]!.text, quoteLength) });
    run = [];
  };
  target.sentences.forEach((_, t) => {
    if (loseB.has(t)) run.push(t);
    else if (scorer.contentB[t]) flushAdditions();
  });
  flushAdditions();

  const regions: CoverageRegion[] = [];
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
        items.push({ type: 'omission', source: omitted, region: index, whole: omitted.length === body.length, firstWords: quoteFirstWords(source.sentences[omitted[0]!]!.text, quoteLength) });
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
  const mean = (values: ArrayLike<number>, keep: readonly boolean[]): number => {
    let sum = 0;
    let n = 0;
    for (let k = 0; k < values.length; k++) {
      if (!keep[k]) continue;
      sum += values[k]!;
      n++;
    }
    return n > 0 ? sum / n : 0;
  };
  return {
    regions,
    items: sortItems(items),
    coverage: round(total > 0 ? coveredWeight / total : 0),
    supported: round(content > 0 ? supported / content : 0),
    order: round(matches + moved.length > 0 ? matches / (matches + moved.length) : 0),
    covered,
    score: mean(ownB, scorer.contentB),
    baseline: nullB.length > 0 ? nullB.reduce((x, y) => x + y, 0) / nullB.length : 0,
  };
}

const sum = (values: readonly number[]): number => values.reduce((x, y) => x + y, 0);

interface Marks {
  questions: number;
  exclamations: number;
  quotes: number;
}

/** Question marks, exclamation marks and dialogue quotes of each sentence (at most 3 of each, as the aligner counts them). */
function countMarks(sentences: readonly { text: string }[]): Marks[] {
  return sentences.map(({ text }) => ({
    questions: Math.min(3, text.match(/[?？]/gu)?.length ?? 0),
    exclamations: Math.min(3, text.match(/[!！]/gu)?.length ?? 0),
    quotes: /[“”「」『』"]/u.test(text) ? 1 : 0,
  }));
}

function sumMarks(marks: readonly Marks[], ids: readonly number[]): Marks {
  const out = { questions: 0, exclamations: 0, quotes: 0 };
  for (const id of ids) {
    out.questions += marks[id]!.questions;
    out.exclamations += marks[id]!.exclamations;
    out.quotes += marks[id]!.quotes;
  }
  return out;
}

/** `punctuationMismatch` of score-anchors.ts, on totals: ? and ! count differences, quotes on one side only. */
function compareMarks(a: Marks, b: Marks): number {
  return Math.abs(a.questions - b.questions) + 0.5 * Math.abs(a.exclamations - b.exclamations) + (a.quotes > 0 !== b.quotes > 0 ? 0.5 : 0);
}

/**
 * Log odds that a coverage comes from an unrelated sentence rather than a
 * translation, from histograms of both (ten bins, add-one smoothing).
 */
function coverageOdds(related: readonly number[], unrelated: readonly number[]): (coverage: number) => number {
  const bins = 10;
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


/** Target-side items in target order, then omissions in source order (as `analyzeCoverage`). */
function sortItems(items: CompareItem[]): CompareItem[] {
  const first = (item: CompareItem): number => (item.type === 'omission' ? item.source[0]! : item.target[0]!);
  const targetSide = items.filter((item) => item.type !== 'omission').sort((x, y) => first(x) - first(y));
  const omissions = items.filter((item) => item.type === 'omission').sort((x, y) => first(x) - first(y));
  return [...targetSide, ...omissions];
}
