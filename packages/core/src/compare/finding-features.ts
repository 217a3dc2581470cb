/**
 * What compare knows of each finding of a parallel pair, as numbers a
 * logistic model weighs into the probability that the finding is real
 * (finding-model.ts). An unpaired sentence is a false omission or addition
 * mostly when the alignment is wrong around it: a neighbour accounts for it
 * (it belongs to a one-to-many bead), or its own bead does. A move is false
 * mostly when chance overlap paired two unrelated sentences.
 */

import type { CoverageScorer } from '../align/coverage.js';
import { countLength } from '../align/score-length.js';
import type { Alignment, Version } from '../schema.js';
import type { Evidence } from './evidence.js';
import type { Candidates, Move } from './moves.js';
import { quantile } from '../statistics.js';

/** What the features read: the pair, its alignment, scorer and evidence. */
export interface FindingContext {
  source: Version;
  target: Version;
  alignment: Alignment;
  scorer: CoverageScorer;
  evidence: Evidence;
  /** The unpaired sentences of both sides, once moves are paired. */
  lose: Candidates;
  /** The same pair aligned with the aligner's own cost of an unpaired sentence, higher than compare's. */
  strict?: Alignment | undefined;
}

/** Beads on either side of a sentence's own that a neighbour may be its translation from. */
const REACH = 2;
/** Log odds are clipped to this magnitude: beyond it they say the same. */
const CLIP = 8;
const clip = (x: number): number => (Number.isFinite(x) ? Math.max(-CLIP, Math.min(CLIP, x)) : x > 0 ? CLIP : -CLIP);

/** Names of the unpaired features, in order (the first is the intercept). */
export const UNPAIRED_FEATURES = ['intercept', 'alone', 'own', 'near', 'own odds', 'neighbour odds', 'log length', 'pair score', 'window shift', 'other side nearby', 'same side nearby', 'strict alone'] as const;
/** Names of the move features, in order. */
export const MOVE_FEATURES = ['intercept', 'strong', 'mutual', 'related odds', 'log distance', 'pair score'] as const;

/** Computes feature vectors for the unpaired sentences and moves of one pair. */
export function describeFindings(context: FindingContext): { unpaired: (side: 'a' | 'b', x: number) => number[]; move: (m: Move) => number[] } {
  const { source, target, alignment, scorer, evidence, lose } = context;
  const beadOf = { a: new Int32Array(source.sentences.length), b: new Int32Array(target.sentences.length) };
  alignment.beads.forEach((bead, k) => {
    for (const x of bead.a) beadOf.a[x] = k;
    for (const x of bead.b) beadOf.b[x] = k;
  });
  const lengths = { a: source.sentences.map((s) => countLength(s.text)), b: target.sentences.map((s) => countLength(s.text)) };
  let [total, count] = [0, 0];
  target.sentences.forEach((_, t) => {
    if (!scorer.contentB[t]) return;
    total += evidence.ownB[t]!;
    count++;
  });
  const pairScore = count > 0 ? total / count : 0;
  const strictAlone = { a: new Uint8Array(source.sentences.length), b: new Uint8Array(target.sentences.length) };
  for (const bead of context.strict?.beads ?? []) {
    if (bead.b.length === 0) for (const x of bead.a) strictAlone.a[x] = 1;
    if (bead.a.length === 0) for (const x of bead.b) strictAlone.b[x] = 1;
  }
  const window = measureWindows(alignment.beads, lengths.a, lengths.b);
  const cover = (side: 'a' | 'b', x: number, others: readonly number[]): number => (side === 'a' ? scorer.coverA(x, others) : scorer.coverB(x, others));
  const otherSide = (side: 'a' | 'b', k: number): number[] => (side === 'a' ? alignment.beads[k]!.b : alignment.beads[k]!.a);

  const unpaired = (side: 'a' | 'b', x: number): number[] => {
    const k = beadOf[side][x]!;
    const others = otherSide(side, k);
    const alone = others.length === 0 ? 1 : 0;
    const own = alone ? 0 : cover(side, x, others);
    const ownOdds = alone ? CLIP : clip(evidence.absorbed(side, x, alignment.beads[k]!.a, alignment.beads[k]!.b));
    // How unrelated x looks inside either neighbouring bead: low when it fits one of them (one sentence rendered as many).
    let neighbourOdds = CLIP;
    for (const j of [k - 1, k + 1]) {
      const bead = alignment.beads[j];
      if (bead === undefined || bead.a.length === 0 || bead.b.length === 0) continue;
      const [as, bs] = side === 'a' ? [[...bead.a, x], bead.b] : [bead.a, [...bead.b, x]];
      neighbourOdds = Math.min(neighbourOdds, clip(evidence.absorbed(side, x, as, bs)));
    }
    // Within REACH beads: the best single sentence of the other side (a translation the alignment put in a neighbour's bead), and the
    // other unpaired sentences (a planted deletion stands alone, a misaligned stretch leaves several on both sides).
    const [loseOther, loseSame] = side === 'a' ? [lose.b, lose.a] : [lose.a, lose.b];
    let [near, otherNear, sameNear] = [0, 0, 0];
    for (let j = Math.max(0, k - REACH); j <= Math.min(alignment.beads.length - 1, k + REACH); j++) {
      for (const y of otherSide(side, j)) {
        near = Math.max(near, cover(side, x, [y]));
        if (loseOther.has(y)) otherNear++;
      }
      for (const y of side === 'a' ? alignment.beads[j]!.a : alignment.beads[j]!.b) if (y !== x && loseSame.has(y)) sameNear++;
    }
    return [1, alone, own, near, ownOdds, neighbourOdds, Math.log(1 + lengths[side][x]!), pairScore, window.shift(k, side, lengths[side][x]!), Math.min(3, otherNear), Math.min(3, sameNear), strictAlone[side][x]!];
  };

  const move = (m: Move): number[] => {
    const mutual = Math.min(scorer.coverA(m.s, [m.t]), scorer.coverB(m.t, [m.s]));
    const distance = Math.abs(beadOf.a[m.s]! - beadOf.b[m.t]!);
    return [1, m.score > 1 ? 1 : 0, mutual, clip(evidence.related(m.s, m.t)), Math.log(1 + distance), pairScore];
  };
  return { unpaired, move };
}

/** Beads on either side of a bead in the window whose length ratio is read. */
const SPAN = 5;

/**
 * Gale & Church (1993) over a window of beads instead of one: the log
 * length ratio of the 2·SPAN+1 beads around each bead, its median and
 * spread over the document. A sentence whose translation was dropped leaves
 * its window too long on its side; one the alignment split from its bead
 * does not. `shift` is how much nearer the usual ratio the window comes
 * without the sentence (in units of the spread; positive: it fits better
 * without, so the drop is real).
 */
function measureWindows(beads: Alignment['beads'], lengthA: readonly number[], lengthB: readonly number[]): { shift: (k: number, side: 'a' | 'b', length: number) => number } {
  const n = beads.length;
  const prefixA = new Float64Array(n + 1);
  const prefixB = new Float64Array(n + 1);
  beads.forEach((bead, k) => {
    prefixA[k + 1] = prefixA[k]! + bead.a.reduce((x, s) => x + lengthA[s]!, 0);
    prefixB[k + 1] = prefixB[k]! + bead.b.reduce((x, t) => x + lengthB[t]!, 0);
  });
  const sums = (k: number): [number, number] => {
    const [from, to] = [Math.max(0, k - SPAN), Math.min(n, k + SPAN + 1)];
    return [prefixA[to]! - prefixA[from]!, prefixB[to]! - prefixB[from]!];
  };
  const logs: number[] = [];
  for (let k = 0; k < n; k++) {
    const [la, lb] = sums(k);
    if (la > 0 && lb > 0) logs.push(Math.log(lb / la));
  }
  const middle = quantile(logs, 0.5);
  const spread = Math.max(0.05, (quantile(logs, 0.75) - quantile(logs, 0.25)) / 1.35);
  return {
    shift: (k, side, length) => {
      const [la, lb] = sums(k);
      const [wa, wb] = side === 'a' ? [la - length, lb] : [la, lb - length];
      if (la <= 0 || lb <= 0 || wa <= 0 || wb <= 0) return 0;
      const z = (a: number, b: number): number => Math.abs(Math.log(b / a) - middle) / spread;
      return clip(z(la, lb) - z(wa, wb));
    },
  };
}
