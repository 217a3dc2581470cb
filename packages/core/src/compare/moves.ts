/**
 * Moved sentences of a parallel target. A moved sentence leaves its
 * counterpart unaccounted for where it sits and is itself unaccounted for
 * where it lands: a source and a target candidate, far apart, that account
 * for each other are one moved sentence. Four ways find them, each what the
 * ones before miss.
 */

import type { CoverageScorer, Support, SupportPair } from '../align/coverage.js';
import type { Partners } from '../align/partners.js';
import type { Alignment, Version } from '../schema.js';
import type { Evidence } from './evidence.js';

export interface MoveOptions {
  /** Lowest mutual coverage of a source and a target candidate that makes them one moved sentence. @default 0.3 */
  minMoveCoverage?: number;
  /** Lowest mean mutual coverage of a source and a target sentence, both unaccounted for where they sit, that makes them one moved sentence. @default 0.15 */
  minCandidateMove?: number;
  /** How much better than either sentence's second-best candidate a candidate pair must be. @default 0.08 */
  candidateMargin?: number;
  /** Beads between a target sentence's bead and its support's bead that make it moved. @default 3 */
  farBeads?: number;
  /** How much better a far partner must account for both sentences than their own beads do. @default 0.3 */
  moveMargin?: number;
  /** Lowest log odds (coverage both ways, length and punctuation fit) that pair two remaining candidates as one moved sentence. @default 0 */
  moveOdds?: number;
  /** How much higher those log odds must be than any rival pairing of either sentence. @default 1 */
  moveOddsMargin?: number;
  /** Lowest log odds that pair a source candidate with a target sentence absorbed far away, as one moved sentence. @default 4 */
  absorbedMoveOdds?: number;
  /** Called as each of the four ways ends, as `AlignOptions.onStage` is: how `pnpm bench compare --scale` times them. */
  onMoveStage?: (stage: MoveStage) => void;
}

/** The four ways of pairing moves, in the order they run. */
export type MoveStage = 'pair by coverage' | 'pair by odds' | 'pair absorbed' | 'pair by support';

/**
 * What pairing reads: `alignment = alignPair(source, target)`, its scorer and evidence, and optionally the target's retrieval partners
 * in the source that beat their null: `support = scoreSupport(target, source)`, or `buildPartners(target, source)`, which scores
 * only the few sentences that could move.
 */
export interface MoveInput {
  source: Version;
  target: Version;
  alignment: Alignment;
  scorer: CoverageScorer;
  evidence: Evidence;
  support?: Support | Partners | undefined;
}

/** Source (`a`) and target (`b`) sentences that nothing accounts for where they sit. */
export interface Candidates {
  a: Set<number>;
  b: Set<number>;
}

/** A moved sentence: source `s`, target `t`. */
export interface Move {
  s: number;
  t: number;
  score: number;
}

/** The state the four ways share. */
interface Pairing {
  input: MoveInput;
  settings: Required<Omit<MoveOptions, 'onMoveStage'>>;
  lose: Candidates;
  /** The candidates as they were before pairing. */
  listA: number[];
  listB: number[];
  beadOfB: Int32Array;
  farApart: (s: number, t: number) => boolean;
  pairs: Move[];
}

/**
 * Pairs the candidates `lose` into moves, best first; a paired sentence leaves
 * `lose`. A target sentence absorbed far away may join it first.
 */
export function pairMoves(input: MoveInput, lose: Candidates, options: MoveOptions = {}): Move[] {
  const settings: Required<Omit<MoveOptions, 'onMoveStage'>> = {
    minMoveCoverage: options.minMoveCoverage ?? 0.3,
    minCandidateMove: options.minCandidateMove ?? 0.15,
    candidateMargin: options.candidateMargin ?? 0.08,
    farBeads: options.farBeads ?? 3,
    moveMargin: options.moveMargin ?? 0.3,
    moveOdds: options.moveOdds ?? 0,
    moveOddsMargin: options.moveOddsMargin ?? 1,
    absorbedMoveOdds: options.absorbedMoveOdds ?? 4,
  };
  const beadOfA = new Int32Array(input.source.sentences.length);
  const beadOfB = new Int32Array(input.target.sentences.length);
  input.alignment.beads.forEach((bead, k) => {
    for (const x of bead.a) beadOfA[x] = k;
    for (const x of bead.b) beadOfB[x] = k;
  });
  const farApart = (s: number, t: number): boolean => Math.abs(beadOfA[s]! - beadOfB[t]!) > settings.farBeads;
  const pairing: Pairing = { input, settings, lose, listA: [...lose.a], listB: [...lose.b], beadOfB, farApart, pairs: [] };
  const timed = (stage: MoveStage, way: (pairing: Pairing) => void): void => {
    way(pairing);
    options.onMoveStage?.(stage);
  };
  timed('pair by coverage', pairByCoverage);
  timed('pair by odds', pairByOdds);
  timed('pair absorbed', pairAbsorbed);
  const { support } = input;
  if (support) timed('pair by support', (p) => pairBySupport(p, 'supportOf' in support ? (t) => support.supportOf(t) : (t) => support.a[t]?.[0]));
  const { pairs } = pairing;
  pairs.sort((x, y) => y.score - x.score);
  const moved: Move[] = [];
  for (const pair of pairs) {
    if (!lose.a.has(pair.s) || !lose.b.has(pair.t)) continue;
    lose.a.delete(pair.s);
    lose.b.delete(pair.t);
    moved.push(pair);
  }
  return moved;
}

/**
 * Between the two sides' candidates, whose number is small, a modest mutual
 * coverage is enough (greedy matching, best first).
 */
function pairByCoverage({ input: { scorer, evidence }, settings, listA, listB, farApart, pairs }: Pairing): void {
  const { thresholdA, thresholdB } = evidence;
  const pairScore = (s: number, t: number): number => (scorer.coverA(s, [t]) + scorer.coverB(t, [s])) / 2;
  // Each must be the other's best candidate by `candidateMargin`: chance overlap rarely singles out one sentence twice.
  const grid = listB.map((t) => listA.map((s) => pairScore(s, t)));
  const secondBest = (values: readonly number[], except: number): number => values.reduce((x, v, k) => (k === except ? x : Math.max(x, v)), 0);
  listB.forEach((t, y) => {
    const row = grid[y]!;
    // Both accounting for most of each other is a move whatever the other candidates score.
    listA.forEach((s, x) => {
      if (farApart(s, t) && Math.min(scorer.coverA(s, [t]), scorer.coverB(t, [s])) >= Math.max(settings.minMoveCoverage, thresholdA, thresholdB)) pairs.push({ s, t, score: row[x]! + 1 });
    });
    const x = row.reduce((at, v, k) => (v > row[at]! ? k : at), 0);
    const s = listA[x];
    const score = row[x] ?? 0;
    if (s === undefined || score < settings.minCandidateMove || !farApart(s, t)) return;
    const column = grid.map((r) => r[x]!);
    if (column.some((v) => v > score) || score - secondBest(row, x) < settings.candidateMargin || score - secondBest(column, y) < settings.candidateMargin) return;
    pairs.push({ s, t, score });
  });
}

/**
 * Literary translations often share no dictionary word with their source: between the remaining candidates, weigh coverage as log odds
 * together with length and punctuation fit, and pair the mutual best that clear `moveOdds` by `moveOddsMargin` over every rival.
 */
function pairByOdds({ input: { evidence }, settings, listA, listB, farApart, pairs }: Pairing): void {
  const paired = new Set(pairs.flatMap((p) => [`a${p.s}`, `b${p.t}`]));
  const restA = listA.filter((s) => !paired.has(`a${s}`));
  const restB = listB.filter((t) => !paired.has(`b${t}`));
  const odds = restB.map((t) => restA.map((s) => evidence.related(s, t)));
  restB.forEach((t, y) => {
    const row = odds[y]!;
    if (row.length === 0) return;
    const x = row.reduce((at, v, k) => (v > row[at]! ? k : at), 0);
    const s = restA[x]!;
    const score = row[x]!;
    if (score < settings.moveOdds || !farApart(s, t)) return;
    const rivals = [...row.filter((_, k) => k !== x), ...odds.filter((_, k) => k !== y).map((r) => r[x]!)];
    if (rivals.some((v) => v > score - settings.moveOddsMargin)) return;
    pairs.push({ s, t, score: 0 });
  });
}

/**
 * A source candidate still alone whose translation the alignment absorbed into a far bead: the best target sentence anywhere, by the
 * same log odds, clearing `absorbedMoveOdds` and every other target sentence by `moveOddsMargin`, and fitting its own bead worse than it fits here.
 */
function pairAbsorbed({ input: { alignment, scorer, evidence }, settings, lose, listA, beadOfB, farApart, pairs }: Pairing): void {
  const taken = new Set(pairs.map((p) => p.t));
  const pairedA = new Set(pairs.map((p) => p.s));
  // A target sentence whose log odds stay under `absorbedMoveOdds - moveOddsMargin` can be neither the best nor a second that stops it,
  // so only those that cover enough of the source sentence to reach that are scored (the same pairs as scoring every one).
  const least = evidence.leastCoverA(settings.absorbedMoveOdds - settings.moveOddsMargin);
  for (const s of listA) {
    if (pairedA.has(s)) continue;
    let best = -Infinity;
    let second = -Infinity;
    let at = -1;
    for (const t of scorer.reachA(s, least)) {
      if (!scorer.contentB[t] || taken.has(t) || !farApart(s, t)) continue;
      const r = evidence.related(s, t);
      if (r > best) [second, best, at] = [best, r, t];
      else if (r > second) second = r;
    }
    if (at < 0 || best < settings.absorbedMoveOdds || best - second < settings.moveOddsMargin) continue;
    const bead = alignment.beads[beadOfB[at]!]!;
    if (bead.a.length > 0 && !lose.b.has(at) && evidence.absorbed('b', at, bead.a, bead.b) - evidence.prior + best < settings.absorbedMoveOdds) continue;
    pairs.push({ s, t: at, score: 0 });
    taken.add(at);
    lose.b.add(at);
  }
}

/**
 * A target sentence absorbed into a bead that does not account for it, whose retrieval support lies far away and accounts for it much
 * better, moved too. Its support is looked up only when some far source sentence could meet the coverage it needs (`reachB`, a
 * prefix filter): in a long text few sentences have one, and the lookup is the costly part.
 */
function pairBySupport({ input: { target, scorer, evidence }, settings, lose, farApart, pairs }: Pairing, supportOf: (t: number) => SupportPair | undefined): void {
  const { ownA, ownB, thresholdA, thresholdB } = evidence;
  const bar = Math.max(settings.minMoveCoverage, thresholdA, thresholdB);
  const margin = settings.moveMargin;
  /** Coverage both ways when `s` and `t` meet every condition of a move; the cheap ones first. */
  const fits = (s: number, t: number): { cs: number; ct: number } | undefined => {
    if (!farApart(s, t) || ownA[s]! + margin >= 1) return undefined;
    const ct = scorer.coverB(t, [s]);
    if (ct < bar || ct <= ownB[t]! + margin) return undefined;
    const cs = scorer.coverA(s, [t]);
    return cs >= bar && cs > ownA[s]! + margin ? { cs, ct } : undefined;
  };
  target.sentences.forEach((_, t) => {
    if (lose.b.has(t) || ownB[t]! + margin >= 1) return;
    if (!scorer.reachB(t, Math.max(bar, ownB[t]! + margin)).some((s) => fits(s, t) !== undefined)) return;
    const partner = supportOf(t);
    const fit = partner && fits(partner.b, t);
    if (fit) pairs.push({ s: partner.b, t, score: (fit.cs + fit.ct) / 2 });
  });
  for (const pair of pairs) {
    lose.a.add(pair.s);
    lose.b.add(pair.t);
  }
}
