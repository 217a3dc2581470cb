import { describe, expect, it } from 'vitest';
import { chainAnchors, filterAnchors, findAnchorPairs, measureAnchorRatio, type AnchorPair } from '../src/align/anchor-chain.js';
import { bandAroundAnchors, diagonalBand, type Band } from '../src/align/band.js';
import { alignPair, type AlignSide } from '../src/align/pairwise.js';
import { buildSourceUnits, buildTargetUnits, Vocabulary } from '../src/align/units.js';
import { identityUnits } from '../src/align/score-ngram.js';
import { createRandom as random } from '../src/random.js';

const widths = { min: 10, fraction: 1, max: 40 };
const inBand = (band: Band, i: number, j: number): boolean => j >= band.lo[i]! && j <= band.hi[i]!;
const cells = (band: Band): number => band.lo.reduce((x, lo, i) => x + band.hi[i]! - lo + 1, 0);

/** Distinct Chinese-looking sentences (random CJK characters), ending in 。 */
function sentences(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = 8 + Math.floor(next() * 10);
    let text = '';
    for (let k = 0; k < length; k++) text += String.fromCodePoint(0x4e00 + Math.floor(next() * 3000));
    return `${text}。`;
  });
}

const side = (lang: 'zh-Hans' | 'zh-Hant' | 'en', texts: readonly string[]): AlignSide => ({ lang, sentences: texts.map((text) => ({ text })) });

describe('findAnchorPairs', () => {
  it('pairs sentences through tokens rare on both sides, not common ones', () => {
    const vocab = new Vocabulary();
    const target = buildTargetUnits([['zhang', 'said'], ['said', 'river'], ['said', 'mountain']], vocab);
    const source = buildSourceUnits([identityUnits(['zhang', 'said']), identityUnits(['said', 'river']), identityUnits(['said', 'mountain'])], vocab);
    const pairs = findAnchorPairs(source, target, vocab.words.length, { maxFrequency: 2 });
    expect(pairs.map((p) => `${p.i}:${p.j}`).sort()).toEqual(['0:0', '1:1', '2:2']);
  });

  it('in a long text, pairs a name that recurs in every chapter within its own chapter only', () => {
    // Ten chapters of 1,000 sentences, the target half as long again; "mira" opens every chapter, so it is common in the whole text.
    const chapters = 10;
    const length = 1000;
    const vocab = new Vocabulary();
    const src: string[][] = [];
    const tgt: string[][] = [];
    for (let c = 0; c < chapters; c++) {
      for (let k = 0; k < length; k++) src.push(k === 0 ? ['mira', `s${c}-${k}`] : [`s${c}-${k}`]);
      for (let k = 0; k < (length * 3) / 2; k++) tgt.push(k === 0 ? ['mira', `t${c}-${k}`] : [`t${c}-${k}`]);
    }
    const target = buildTargetUnits(tgt, vocab);
    const source = buildSourceUnits(src.map(identityUnits), vocab);
    const opening = (p: AnchorPair) => `${p.i}:${p.j}`;
    const expected = Array.from({ length: chapters }, (_, c) => `${c * length}:${(c * length * 3) / 2}`);
    expect(findAnchorPairs(source, target, vocab.words.length, { window: 500 }).map(opening).sort()).toEqual(expected.sort());
    // Read only whole, the text has no anchor at all.
    expect(findAnchorPairs(source, target, vocab.words.length, { window: 100_000 })).toEqual([]);
  });
});

describe('chainAnchors and filterAnchors', () => {
  it('keeps the heaviest chain increasing on both sides', () => {
    const pairs: AnchorPair[] = [
      { i: 0, j: 0, weight: 1 },
      { i: 1, j: 1, weight: 1 },
      { i: 2, j: 9, weight: 1.5 }, // crosses the three below
      { i: 3, j: 3, weight: 1 },
      { i: 4, j: 4, weight: 1 },
      { i: 5, j: 5, weight: 1 },
      { i: 5, j: 6, weight: 1 }, // same row as (5,5): only one of them
    ];
    expect(chainAnchors(pairs).map((p) => `${p.i}:${p.j}`)).toEqual(['0:0', '1:1', '3:3', '4:4', '5:6']);
  });

  it('drops a stray anchor no neighbour confirms, but keeps a long omission between consistent runs', () => {
    const run = (from: number, to: number, shift: number): AnchorPair[] => Array.from({ length: to - from }, (_, k) => ({ i: from + k * 5, j: from + k * 5 + shift, weight: 1 }));
    // Target sentences 100..250 have no source: the anchors jump by 150 columns once.
    const drift = [...run(0, 20, 0), ...run(20, 40, 150)];
    expect(filterAnchors(drift, 200, 350)).toEqual(drift);
    const stray = [...run(0, 10, 0), { i: 52, j: 140, weight: 1 }, ...run(20, 30, 0)];
    expect(filterAnchors(stray, 150, 150).some((p) => p.i === 52)).toBe(false);
  });

  it('measures the length ratio between anchors, unmoved by an omitted stretch', () => {
    const prefix = (lengths: number[]) => Float64Array.from([0, ...lengths.map((_, k) => lengths.slice(0, k + 1).reduce((x, y) => x + y, 0))]);
    const lengthA = prefix(Array.from({ length: 10 }, () => 10));
    // Target twice as long per sentence, plus one very long untranslated stretch between anchors 3 and 4.
    const lengthB = prefix(Array.from({ length: 10 }, (_, k) => (k === 3 ? 500 : 20)));
    const chain = Array.from({ length: 9 }, (_, k) => ({ i: k, j: k, weight: 1 }));
    expect(measureAnchorRatio(chain, lengthA, lengthB, 5)).toBe(2);
    expect(measureAnchorRatio(chain.slice(0, 3), lengthA, lengthB, 5)).toBeUndefined();
  });
});

describe('bandAroundAnchors', () => {
  it('is a band around the diagonal when there are no anchors', () => {
    const band = bandAroundAnchors([], 100, 100, widths);
    for (let i = 0; i <= 100; i++) expect(inBand(band, i, i)).toBe(true);
    expect(inBand(band, 50, 0)).toBe(false);
    expect(cells(band)).toBeLessThanOrEqual(101 * (2 * widths.max + 3));
  });

  it('follows a path that leaves the diagonal far behind, with a band of linear size', () => {
    // Source 0..99 ↔ target 0..99, target 100..399 inserted, source 100..199 ↔ target 400..499.
    const truth = (i: number): [number, number] => (i <= 100 ? [i, i] : [i, i + 300]);
    const anchors = [10, 30, 50, 70, 90, 110, 130, 150, 170, 190].map((i) => ({ i, j: truth(i)[1], weight: 1 }));
    const band = bandAroundAnchors(anchors, 200, 500, widths);
    for (let i = 0; i <= 200; i++) expect(inBand(band, i, truth(i)[1])).toBe(true);
    for (let j = 100; j <= 400; j++) expect(inBand(band, 100, j)).toBe(true);
    // The diagonal band of the same largest width misses it.
    const diagonal = diagonalBand(200, 500, widths.max);
    expect(inBand(diagonal, 100, 100)).toBe(false);
    // Linear, not quadratic: rows plus columns times the box size.
    expect(cells(band)).toBeLessThan((200 + 500) * (2 * widths.max + 1));
  });
});

describe('alignPair with a long insertion on one side', () => {
  const source = sentences(300, 1);
  const inserted = sentences(200, 2);
  const target = [...source.slice(0, 150), ...inserted, ...source.slice(150)];
  const expected = source.map((_, i) => `${i}:${i < 150 ? i : i + 200}`);
  const pairs = (disable: 'anchor-path'[]) =>
    alignPair(side('zh-Hans', source), side('zh-Hant', target), { disable }).beads.filter((b) => b.a.length > 0 && b.b.length > 0).map((b) => `${b.a.join(',')}:${b.b.join(',')}`);

  it('finds every pair and leaves the 200 inserted sentences unpaired', () => {
    const result = alignPair(side('zh-Hans', source), side('zh-Hant', target));
    expect(result.stats['anchors']).toBeGreaterThan(100);
    expect(pairs([])).toEqual(expected);
    const unpaired = result.beads.filter((b) => b.a.length === 0).flatMap((b) => b.b);
    expect(unpaired).toEqual(inserted.map((_, k) => 150 + k));
  });

  it('needs the anchor path: a band around the diagonal loses the pairs after the insertion', () => {
    const found = new Set(pairs(['anchor-path']));
    expect(expected.filter((p) => found.has(p)).length).toBeLessThan(250);
  });

  it('finds anchors for an English pair too', () => {
    const words = (seed: number, count: number) => {
      const next = random(seed);
      return Array.from({ length: count }, () => Array.from({ length: 8 }, () => `w${Math.floor(next() * 5000)}x`).join(' ') + '.');
    };
    const a = words(3, 120);
    const b = [...a.slice(0, 40), ...words(4, 150), ...a.slice(40)];
    const result = alignPair(side('en', a), side('en', b));
    const found = result.beads.filter((bead) => bead.a.length === 1 && bead.b.length === 1).map((bead) => `${bead.a[0]}:${bead.b[0]}`);
    expect(found).toEqual(a.map((_, i) => `${i}:${i < 40 ? i : i + 150}`));
  });
});
