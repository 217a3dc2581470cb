/**
 * `alignPair`: sentence alignment of two versions of a text, in two passes
 * (Moore 2002; Liu & Zhu 2022's Bertalign for the banded search):
 *
 * 1. Search a band around a path through confident anchors (sentence pairs
 *    sharing evidence rare on both sides, anchor-chain.ts), or the diagonal
 *    where there are none, with dictionary, length and anchor costs; the
 *    length variance starts generous.
 * 2. From the beads of pass 1, re-estimate the length variance and train IBM
 *    Model 1 to learn the document's own word pairs; search again in a narrow
 *    band around the pass-1 path.
 *
 * Chinese↔English uses the dictionary; Chinese↔Chinese character bigrams
 * after Traditional→Simplified conversion; any other pair shared word stems.
 */

import type { Alignment, Bead, BlockType, Lang, Version } from '../schema.js';
import { isChinese } from '../lang.js';
import { round } from '../statistics.js';
import { findAnchorPath, measureAnchorRatio } from './anchor-chain.js';
import { bandAroundAnchors, bandAroundPath, diagonalBand, type Band } from './band.js';
import { createBeadShares } from './bead-shares.js';
import { checkCoverage, listBeadShapes, range, type BeadSpan } from './beads.js';
import { beadCost } from './bead-cost.js';
import { costFloor, explainCost, type CostInputs, type CostWeights } from './cost.js';
import { NGRAM_WEIGHTS, resolveOptions, type AlignComponent, type AlignOptions } from './options.js';
import { computeAnchors } from './score-anchors.js';
import { countLength, estimateLengthModel, estimateVariance } from './score-length.js';
import { computePairMasks, createPairMaskWindow, lexicalEvidence, type LexicalEvidence } from './score-lexical.js';
import { learnTranslations } from './score-model1.js';
import { searchBand } from './search.js';
import { buildUnits, type PlainSide } from './side-units.js';
import { pairSourceUnits, type SourceUnits } from './units.js';
import { wideGate, wideRowFilter } from './wide-beads.js';

export type { AlignComponent, AlignOptions, AlignStage } from './options.js';

/** One side to align: a core `Version`, or just its language and sentences. */
export type AlignSide = Version | { lang: Lang; id?: string; sentences: readonly { text: string; type?: BlockType }[] };

function toPlain(side: AlignSide): PlainSide {
  if ('blocks' in side) {
    return { lang: side.lang, id: side.id, sentences: side.sentences.map((s) => ({ text: s.text, type: side.blocks[s.block]?.type })) };
  }
  // Already text and type: read as they are, not copied (a part of a book is tens of thousands of them).
  return { lang: side.lang, id: side.id, sentences: side.sentences };
}

/** Beads up to this many sentences a side read their lexical shares from the search's tables (bead-shares.ts): every shape but the wide ones. */
const SHARE_HEIGHT = 4;

function unitCounts(start: Int32Array): Int32Array {
  const out = new Int32Array(start.length - 1);
  for (let k = 0; k < out.length; k++) out[k] = Math.min(32, start[k + 1]! - start[k]!);
  return out;
}

/** Aligns the sentences of two versions; every sentence of each side lands in exactly one bead, in order. */
export function alignPair(a: AlignSide, b: AlignSide, options: AlignOptions = {}): Alignment {
  const o = resolveOptions(options);
  const off = (c: AlignComponent): boolean => o.disable.has(c);
  const plainA = toPlain(a);
  const plainB = toPlain(b);
  // The side with the dictionary's headwords is the source; English-first pairs are swapped and swapped back.
  const swap = !isChinese(plainA.lang) && isChinese(plainB.lang);
  const [src, tgt] = swap ? [plainB, plainA] : [plainA, plainB];
  const cross = isChinese(src.lang) && !isChinese(tgt.lang);
  if (cross && !o.dictionary && !off('dictionary') && !off('lexical')) {
    throw new TypeError(`alignPair: aligning ${src.lang} with ${tgt.lang} needs options.dictionary (await loadDictionary()), or disable: ['dictionary']`);
  }
  const n = src.sentences.length;
  const m = tgt.sentences.length;
  const stage = options.onStage ?? ((): void => {});
  const units = buildUnits(src, tgt, off('dictionary') ? undefined : o.dictionary, off('names') ? false : o.names, off('dictionary-words') ? 'icu' : 'dictionary', stage);
  const { wordVocab, source: interned } = units;
  const vocabSize = units.vocab.words.length;
  let source: SourceUnits = pairSourceUnits(interned, wordVocab.words, vocabSize);
  const lengthA = Float64Array.from(src.sentences, (s) => countLength(s.text));
  const lengthB = Float64Array.from(tgt.sentences, (s) => countLength(s.text));
  const inputs: CostInputs = {
    masks: undefined,
    unitsA: unitCounts(source.wordStart),
    unitsB: unitCounts(units.target.start),
    lengthA: prefixSums(lengthA),
    lengthB: prefixSums(lengthB),
    lengthModel: off('length') ? undefined : estimateLengthModel(lengthA, lengthB),
    anchorsA: off('anchors') ? undefined : computeAnchors(src.sentences),
    anchorsB: off('anchors') ? undefined : computeAnchors(tgt.sentences),
    wide: wideGate(o.wideBeads),
  };
  const weights: CostWeights = { ...o.weights, ...(units.method === 'ngram' ? NGRAM_WEIGHTS : {}), ...options.weights, ...(off('punctuation') ? { punctuation: 0 } : {}), ...(off('structure') ? { structure: 0 } : {}) };
  const lexical = !off('lexical');
  stage('dictionary units');
  const run = (band: Band, maxBead: number, weights: CostWeights): BeadSpan[] => {
    const shapes = listBeadShapes(maxBead);
    const floors = shapes.map((s) => costFloor(weights, s.a, s.b));
    const cost = (i0: number, na: number, j0: number, nb: number, before: number, best: number): number => beadCost(inputs, weights, i0, na, j0, nb, before, best);
    const gate = inputs.wide;
    const shapesAt = gate && inputs.lengthModel && shapes.some((s) => s.a > gate.from || s.b > gate.from) ? wideRowFilter(band, shapes, inputs.lengthA, inputs.lengthB, inputs.lengthModel, gate) : undefined;
    if (!lexical) return searchBand(band, shapes, cost, { floors, onRow: undefined, shapesAt });
    // Masks for the maxBead source rows a bead ending at the current row can span, filled as the search moves down.
    const rows = pairRows(band.lo, band.hi, maxBead, m);
    const window = createPairMaskWindow(source, units.target, vocabSize, rows.lo, rows.hi, maxBead);
    const shares = createBeadShares(window.masks, Math.min(maxBead, SHARE_HEIGHT), inputs.unitsA, inputs.unitsB, weights.empty);
    inputs.masks = window.masks;
    inputs.shares = shares;
    const onRow = (i: number) => {
      if (i === 0) return;
      window.fill(i - 1);
      shares.fill(i - 1);
    };
    // Options of one shape for every pass (the search's compiled code is not thrown away when pass 2 adds shapesAt).
    const path = searchBand(band, shapes, cost, { floors, onRow, shapesAt });
    inputs.shares = undefined;
    // The path's own cells, for explaining its beads (toBead).
    inputs.masks = computePairMasks(source, units.target, vocabSize, ...pathRows(path, n));
    return path;
  };
  let firstBand: Band;
  let anchorCount = 0;
  if (off('anchor-path')) {
    firstBand = diagonalBand(n, m, Math.min(o.firstBandMax, Math.max(o.firstBand, Math.ceil(o.firstBandFraction * Math.max(n, m)))));
  } else {
    // Anchors come from the dictionary and surface evidence only: Model 1 needs a first path to learn from.
    const chain = findAnchorPath(source, units.target, units.vocab.words.length, o.anchorPath);
    anchorCount = chain.length;
    // The ratio of document totals is wrong when one side leaves out a chapter; the anchors' steps are not.
    const ratio = inputs.lengthModel && measureAnchorRatio(chain, inputs.lengthA, inputs.lengthB, o.minLengthBeads);
    if (inputs.lengthModel && ratio) inputs.lengthModel = { ratio, variance: inputs.lengthModel.variance * (ratio / inputs.lengthModel.ratio) };
    const guide = chain.length > 0 ? chain : lengthGuide(inputs.lengthA, inputs.lengthB);
    firstBand = bandAroundAnchors(guide, n, m, { min: o.firstBand, fraction: o.firstBandFraction, max: o.firstBandMax });
  }
  stage('anchors');
  const firstWidth = maxHalfWidth(firstBand);
  let path = run(firstBand, Math.min(o.maxBead, o.firstMaxBead), weights);
  stage('pass 1');
  // How much of their units the first pass's 1-1 beads match: where the dictionary accounts for most of a translation, a merged sentence that matches nothing is priced in pass 2.
  const matchedShare = lexical ? measureMatchedShare(path, inputs, weights.empty) : 0;
  // Same-script pairs price every unmatched share of a merge already (NGRAM_WEIGHTS).
  const second: CostWeights = o.silentMerges && units.method !== 'ngram' && matchedShare >= o.silentMerges.minShare ? { ...weights, silent: o.silentMerges.weight } : weights;
  const confident = path.filter((s) => s.a >= 1 && s.b >= 1 && s.a + s.b <= 3);
  // Gale & Church estimate c and s² from 1-1 beads; the pass-1 ones stand in for hand-aligned data.
  const ones = path.filter((s) => s.a === 1 && s.b === 1);
  if (inputs.lengthModel && ones.length >= o.minLengthBeads) {
    const pairs = ones.map((s) => [lengthA[s.i0]!, lengthB[s.j0]!] as const);
    const ratio = pairs.reduce((x, p) => x + p[1], 0) / Math.max(1, pairs.reduce((x, p) => x + p[0], 0));
    if (ratio > 0) inputs.lengthModel = { ratio, variance: estimateVariance(pairs, ratio) };
  }
  let learned = 0;
  if (units.method === 'lexical' && lexical && !off('model1') && confident.length > 0) {
    const training = confident.slice(0, o.model1.maxBeads);
    const extra = learnTranslations(source, units.target, training, o.model1);
    for (const list of extra.values()) learned += list.length;
    source = pairSourceUnits(interned, wordVocab.words, vocabSize, wordVocab.words.map((word) => extra.get(word)), source);
  }
  stage('model 1');
  if (!off('second-pass')) path = run(bandAroundPath(path, n, m, o.band), o.maxBead, second);
  const beads: Bead[] = path.map((s) => toBead(s, inputs, second, swap));
  checkCoverage(beads, plainA.sentences.length, plainB.sentences.length);
  stage('pass 2');
  const stats: Record<string, number> = { learnedPairs: learned, anchors: anchorCount, firstBand: firstWidth, matchedShare: Math.round(matchedShare * 1000) / 1000 };
  if (inputs.lengthModel) Object.assign(stats, { lengthRatio: inputs.lengthModel.ratio, lengthVariance: inputs.lengthModel.variance });
  if (swap && stats['lengthRatio']) stats['lengthRatio'] = 1 / stats['lengthRatio'];
  return {
    a: plainA.id === undefined ? { lang: plainA.lang } : { lang: plainA.lang, id: plainA.id },
    b: plainB.id === undefined ? { lang: plainB.lang } : { lang: plainB.lang, id: plainB.id },
    method: units.method,
    beads,
    stats,
  };
}

/** The widest row of a band, halved: the first pass's effective half-width, for `stats`. */
function maxHalfWidth(band: Band): number {
  let widest = 0;
  for (let i = 0; i < band.lo.length; i++) widest = Math.max(widest, band.hi[i]! - band.lo[i]!);
  return Math.ceil(widest / 2);
}

/**
 * Without anchors, the points where both sides have reached the same share of
 * their text (Gale & Church's observation that lengths correspond), every
 * `LENGTH_GUIDE_STEP` source sentences: a path to follow that bends where the
 * sentence ratio changes, unlike the straight diagonal.
 */
function lengthGuide(lengthA: Float64Array, lengthB: Float64Array): { i: number; j: number }[] {
  const n = lengthA.length - 1;
  const m = lengthB.length - 1;
  const points: { i: number; j: number }[] = [];
  let j = 0;
  for (let i = LENGTH_GUIDE_STEP; i < n - 1; i += LENGTH_GUIDE_STEP) {
    const target = (lengthA[i]! / lengthA[n]!) * lengthB[m]!;
    while (j < m - 1 && lengthB[j + 1]! <= target) j++;
    if (points.length === 0 || j > points.at(-1)!.j) points.push({ i, j });
  }
  return points;
}

const LENGTH_GUIDE_STEP = 50;

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k]! + values[k]!;
  return out;
}

/** Per source sentence, the target sentences a bead in the band can pair it with. */
function pairRows(lo: Int32Array, hi: Int32Array, maxBead: number, m: number): { lo: Int32Array; hi: Int32Array } {
  const n = lo.length - 1;
  const pairLo = new Int32Array(n);
  const pairHi = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    pairLo[r] = Math.max(0, lo[r + 1]! - maxBead);
    pairHi[r] = Math.min(m - 1, hi[Math.min(n, r + maxBead)]! - 1);
  }
  return { lo: pairLo, hi: pairHi };
}

/** Per source sentence, the target sentences of its bead in `path` (none for a 1-0 bead). */
function pathRows(path: readonly BeadSpan[], n: number): [Int32Array, Int32Array] {
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (const s of path) {
    for (let r = s.i0; r < s.i0 + s.a; r++) {
      lo[r] = s.j0;
      hi[r] = s.j0 + s.b - 1;
    }
  }
  return [lo, hi];
}

function toBead(s: BeadSpan, inputs: CostInputs, weights: CostWeights, swap: boolean): Bead {
  const parts = explainCost(inputs, weights, s.i0, s.a, s.j0, s.b);
  const size = s.a + s.b;
  const scores: Record<string, number> = {
    cost: round(parts.total),
    matched: parts.matched,
    units: parts.units,
    lexical: round(parts.lexical),
    length: round(parts.length),
    punctuation: round(parts.punctuation),
    structure: round(parts.structure),
    shape: round(parts.shape),
  };
  const [a, b] = swap ? [range(s.j0, s.b), range(s.i0, s.a)] : [range(s.i0, s.a), range(s.j0, s.b)];
  return { a, b, type: `${a.length}-${b.length}`, score: round(Math.exp(-parts.total / Math.max(1, size))), scores };
}

/** The mean share of their units that the 1-1 beads of `path` match (0 with none): how far the dictionary accounts for this translation. */
function measureMatchedShare(path: readonly BeadSpan[], inputs: CostInputs, empty: number): number {
  const { masks, unitsA, unitsB } = inputs;
  if (!masks) return 0;
  const evidence: LexicalEvidence = { matched: 0, unmatched: 0, merged: 0, silent: 0 };
  let [sum, count] = [0, 0];
  for (const s of path) {
    const units = s.a === 1 && s.b === 1 ? unitsA[s.i0]! + unitsB[s.j0]! : 0;
    if (units === 0) continue;
    sum += lexicalEvidence(masks, unitsA, unitsB, empty, s.i0, 1, s.j0, 1, evidence).matched / units;
    count++;
  }
  return count > 0 ? sum / count : 0;
}
