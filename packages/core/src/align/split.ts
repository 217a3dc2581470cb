/**
 * Where a long pair can be cut in two pairs that align apart, so that two
 * threads can align a book (the CLI does; `alignPair` itself stays one
 * thread). A cut is only worth making where the alignment is certain, so it
 * is found the way a reviewer would check one: align a window around the
 * middle of both sides, and cut at the middle of a long run of confident
 * paired beads (Gale & Church's observation that errors cluster, inverted:
 * a long error-free stretch has a safe boundary inside it). Where the window
 * shows no such run (the middle of one side is missing from the other), the
 * next position is tried, and with none the pair is not cut.
 */

import type { Alignment, Bead, BlockType } from '../schema.js';
import type { Dictionary } from './dictionary.js';
import type { AlignComponent } from './options.js';
import { alignPair, type AlignSide } from './pairwise.js';

export interface SplitOptions {
  /** Needed where Chinese meets English, as for `alignPair`. */
  dictionary?: Dictionary;
  /** Side-a sentences on either side of a tried position that the window holds. @default 100 */
  window?: number;
  /**
   * Paired beads in a row, each scoring at least `minScore`, that the cut must sit in the middle of. The window is
   * aligned by the first pass alone (no Model 1, no second pass: a third cheaper, and surer where it is sure).
   * Literary translations score under 0.5 on about half their beads, so long runs are rare there: on the 40k scale
   * pair (MAC-Dev repeated), windows at 91 positions from 5 to 95 % held a run of 4 at 81, every cut on a gold bead
   * boundary (the full alignment with runs of 8, as before: 56 found, 54 on a boundary). A miss at the middle had cut
   * the 40k pair at 40 %, leaving one thread 1.7 s of work after the other had finished.
   * @default 4
   */
  run?: number;
  /** Least score of a bead of the run. @default 0.5 */
  minScore?: number;
  /**
   * Positions tried, as shares of side a, in order. Near the middle first: two
   * halves keep a thread each busy (on pairs without anchors the halves align as
   * well as the whole), a little past it because the first part goes to the
   * thread whose code the cut's window has already warmed (the worker's part
   * took 6–7 % longer at 50 %: on the 40k pair it finished 0.34 s after the main
   * thread's, 0.20 s at 53 %; 55 % first had left the worker waiting before the
   * window warmed this thread); then close to it, so that a window without a run
   * does not unbalance the parts.
   * @default [0.53, 0.5, 0.56, 0.47, 0.59, 0.44, 0.62]
   */
  at?: readonly number[];
  /**
   * Sides with fewer sentences than this are not cut: the cut depends on the
   * text only, never on the machine, so a pair aligns the same with one thread
   * or two. @default 6000
   */
  minSentences?: number;
  /**
   * Most side-a sentences in one part (`planSplits`): a longer part is cut
   * again, so the memory a book takes grows with the part, not the book.
   * @default 25000
   */
  maxPart?: number;
}

/** What the window's alignment leaves out: it only has to find beads it is sure of. */
const WINDOW_OFF: AlignComponent[] = ['model1', 'second-pass'];

/** Fewest sentences on each side for a pair to be cut (`SplitOptions.minSentences`). */
export const SPLIT_MIN_SENTENCES = 6000;

/** A cut: sentences `[0, a)` and `[0, b)` align with each other, and so do the rest. */
export interface SplitPoint {
  a: number;
  b: number;
}

type Sentence = { text: string; type?: BlockType | undefined };

/** The sentences `[from, to)` of a side, as a side of their own. */
export function sliceSide(side: AlignSide, from: number, to: number): AlignSide {
  const sentences: Sentence[] = 'blocks' in side ? side.sentences.slice(from, to).map((s) => ({ text: s.text, type: side.blocks[s.block]?.type })) : side.sentences.slice(from, to);
  return { lang: side.lang, ...(side.id === undefined ? {} : { id: side.id }), sentences } as AlignSide;
}

/** Character counts before each sentence: where a share of a side's text falls. */
function prefixLengths(side: AlignSide): number[] {
  const out = [0];
  for (const s of side.sentences) out.push(out.at(-1)! + s.text.length);
  return out;
}

/** Sentences `[a0, a1)` of side a against `[b0, b1)` of side b. */
interface Range {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Both sides' character counts before each sentence, computed once for every cut sought in them. */
interface Sides {
  a: AlignSide;
  b: AlignSide;
  lengthA: number[];
  lengthB: number[];
}

/** A certain cut near each tried position in turn, or undefined. */
export function findSplit(a: AlignSide, b: AlignSide, options: SplitOptions = {}): SplitPoint | undefined {
  return splitRange({ a, b, lengthA: prefixLengths(a), lengthB: prefixLengths(b) }, { a0: 0, a1: a.sentences.length, b0: 0, b1: b.sentences.length }, options);
}

/** `findSplit` on a range of the sides, as if it were a pair of its own; the cut in whole-side sentence numbers. */
function splitRange(sides: Sides, range: Range, options: SplitOptions): SplitPoint | undefined {
  const { lengthA, lengthB } = sides;
  const window = options.window ?? 100;
  const run = options.run ?? 4;
  const minScore = options.minScore ?? 0.5;
  const n = range.a1 - range.a0;
  const m = range.b1 - range.b0;
  const least = Math.max(4 * window, options.minSentences ?? SPLIT_MIN_SENTENCES);
  if (n < least || m < least) return undefined;
  const textA = lengthA[range.a1]! - lengthA[range.a0]!;
  const textB = lengthB[range.b1]! - lengthB[range.b0]!;
  for (const share of options.at ?? [0.53, 0.5, 0.56, 0.47, 0.59, 0.44, 0.62]) {
    const mid = Math.round(n * share);
    // The b sentence at the same share of b's text, and a window around it wide enough for drift.
    const target = ((lengthA[range.a0 + mid]! - lengthA[range.a0]!) / textA) * textB;
    let jMid = 0;
    while (jMid <= m && lengthB[range.b0 + jMid]! - lengthB[range.b0]! < target) jMid++;
    if (jMid > m) jMid = m;
    const half = Math.ceil((window * m) / n) + window;
    const [a0, a1] = [range.a0 + Math.max(0, mid - window), range.a0 + Math.min(n, mid + window)];
    const [b0, b1] = [range.b0 + Math.max(0, jMid - half), range.b0 + Math.min(m, jMid + half)];
    const local = alignPair(sliceSide(sides.a, a0, a1), sliceSide(sides.b, b0, b1), { ...(options.dictionary ? { dictionary: options.dictionary } : {}), disable: WINDOW_OFF });
    const cut = cutInRun(local.beads, run, minScore, range.a0 + mid - a0);
    if (cut) return { a: a0 + cut.a, b: b0 + cut.b };
  }
  return undefined;
}

/**
 * The cuts of a long pair, in order: one where `findSplit` finds one, and
 * each part longer than `maxPart` cut again the same way (a part with no
 * certain cut stays whole).
 */
export function planSplits(a: AlignSide, b: AlignSide, options: SplitOptions = {}): SplitPoint[] {
  const maxPart = options.maxPart ?? 25_000;
  const sides: Sides = { a, b, lengthA: prefixLengths(a), lengthB: prefixLengths(b) };
  const first = splitRange(sides, { a0: 0, a1: a.sentences.length, b0: 0, b1: b.sentences.length }, options);
  if (!first) return [];
  const cuts: SplitPoint[] = [];
  const visit = (a0: number, a1: number, b0: number, b1: number): void => {
    if (a1 - a0 <= maxPart) return;
    const at = splitRange(sides, { a0, a1, b0, b1 }, { ...options, minSentences: 0 });
    if (!at) return;
    visit(a0, at.a, b0, at.b);
    cuts.push(at);
    visit(at.a, a1, at.b, b1);
  };
  visit(0, first.a, 0, first.b);
  cuts.push(first);
  visit(first.a, a.sentences.length, first.b, b.sentences.length);
  return cuts;
}

/** The start of the middle bead of the run of confident paired beads nearest to side-a sentence `near`. */
function cutInRun(beads: readonly Bead[], run: number, minScore: number, near: number): SplitPoint | undefined {
  let best: SplitPoint | undefined;
  let from = 0;
  for (let k = 0; k <= beads.length; k++) {
    const bead = beads[k];
    if (bead && bead.a.length > 0 && bead.b.length > 0 && bead.score >= minScore) continue;
    if (k - from >= run) {
      const middle = beads[from + ((k - from) >> 1)]!;
      const cut = { a: middle.a[0]!, b: middle.b[0]! };
      if (!best || Math.abs(cut.a - near) < Math.abs(best.a - near)) best = cut;
    }
    from = k + 1;
  }
  return best;
}

/**
 * One alignment from the alignments of the parts of a cut pair, in order:
 * beads shifted to whole-document sentence numbers. Counts in `stats` are
 * summed, the length model averaged by side-a sentences, the band widest,
 * and `parts` says how many pairs were aligned (a part may itself be joined).
 */
export function joinAlignments(parts: readonly Alignment[]): Alignment {
  const first = parts[0];
  if (!first) throw new RangeError('joinAlignments: no parts');
  const beads: Bead[] = [];
  const stats: Record<string, number> = {};
  let offsetA = 0;
  let offsetB = 0;
  let weight = 0;
  let count = 0;
  for (const part of parts) {
    count += part.stats['parts'] ?? 1;
    let countA = 0;
    let countB = 0;
    for (const bead of part.beads) {
      // The first part's beads are already in whole-document numbers: kept, not copied (a book's half of them).
      beads.push(offsetA === 0 && offsetB === 0 ? bead : { ...bead, a: bead.a.map((x) => x + offsetA), b: bead.b.map((y) => y + offsetB) });
      countA += bead.a.length;
      countB += bead.b.length;
    }
    for (const [key, value] of Object.entries(part.stats)) {
      if (key === 'lengthRatio' || key === 'lengthVariance') stats[key] = (stats[key] ?? 0) + value * countA;
      else if (key === 'firstBand') stats[key] = Math.max(stats[key] ?? 0, value);
      else if (key !== 'parts') stats[key] = (stats[key] ?? 0) + value;
    }
    weight += countA;
    offsetA += countA;
    offsetB += countB;
  }
  for (const key of ['lengthRatio', 'lengthVariance']) if (stats[key] !== undefined) stats[key] = stats[key]! / Math.max(1, weight);
  stats['parts'] = count;
  return { ...first, beads, stats };
}
