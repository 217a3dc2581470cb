import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagonalBand } from '../src/align/band.js';
import { listBeadShapes } from '../src/align/beads.js';
import { beadCost } from '../src/align/bead-cost.js';
import { costFloor, explainCost, type CostInputs } from '../src/align/cost.js';
import { DEFAULT_WEIGHTS } from '../src/align/options.js';
import { computeAnchors } from '../src/align/score-anchors.js';
import { computePairMasks, createPairMaskWindow } from '../src/align/score-lexical.js';
import { createBeadShares } from '../src/align/bead-shares.js';
import { countLength, estimateLengthModel, lengthCost, zAbove } from '../src/align/score-length.js';
import { identityUnits } from '../src/align/score-ngram.js';
import { searchBand } from '../src/align/search.js';
import { wideGate, wideRowFilter } from '../src/align/wide-beads.js';
import { buildSourceUnits, buildTargetUnits, Vocabulary } from '../src/align/units.js';

const WORDS = ['river', 'mountain', 'zhang', 'sword', 'moon', 'rain', 'horse', 'gate'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 });
const side = fc.array(sentence, { minLength: 1, maxLength: 8 });
const prefix = (values: number[]) => Float64Array.from([0, ...values.map((_, k) => values.slice(0, k + 1).reduce((x, y) => x + y, 0))]);

/** Cost inputs of two sides of word lists, with masks over the whole matrix. */
function costInputs(a: string[][], b: string[][]): CostInputs {
  const vocab = new Vocabulary();
  const target = buildTargetUnits(b, vocab);
  const source = buildSourceUnits(a.map(identityUnits), vocab);
  const lengths = (s: string[][]) => s.map((words) => words.join(' ').length);
  const texts = (s: string[][]) => s.map((words, k) => ({ text: `${words.join(' ')}${k % 3 === 0 ? '?' : '.'}` }));
  return {
    masks: computePairMasks(source, target, vocab.words.length, new Int32Array(a.length), new Int32Array(a.length).fill(b.length - 1)),
    unitsA: Int32Array.from(a, (s) => Math.min(32, s.length)),
    unitsB: Int32Array.from(b, (s) => Math.min(32, s.length)),
    lengthA: prefix(lengths(a)),
    lengthB: prefix(lengths(b)),
    lengthModel: estimateLengthModel(Float64Array.from(lengths(a)), Float64Array.from(lengths(b))),
    anchorsA: computeAnchors(texts(a)),
    anchorsB: computeAnchors(texts(b)),
    wide: undefined,
  };
}

describe('wide beads', () => {
  // One long sentence against the five it was translated as, then a short one against one.
  const five = Array.from({ length: 5 }, () => ['river', 'mountain', 'moon']);
  // Gale & Church's model with c = 1 and s² = 6.8 (their value for European pairs), not one estimated from two sentences.
  const inputs = { ...costInputs([five.flat(), ['rain']], [...five, ['rain']]), lengthModel: { ratio: 1, variance: 6.8 }, wide: wideGate({ from: 4, maxLengthCost: 6 }) };

  it('are costed where the lengths call for them: one sentence as long as the five', () => {
    expect(beadCost(inputs, DEFAULT_WEIGHTS, 0, 1, 0, 5)).toBe(explainCost(inputs, DEFAULT_WEIGHTS, 0, 1, 0, 5).total);
  });

  it('are never costed where the lengths do not fit, and are when not gated', () => {
    expect(beadCost(inputs, DEFAULT_WEIGHTS, 1, 1, 1, 5)).toBe(Infinity);
    expect(beadCost({ ...inputs, wide: undefined }, DEFAULT_WEIGHTS, 1, 1, 1, 5)).toBeLessThan(Infinity);
    // Narrow beads are never gated, however their lengths fit.
    expect(beadCost(inputs, DEFAULT_WEIGHTS, 1, 1, 2, 4)).toBeLessThan(Infinity);
  });

  it('are gated exactly where their length cost passes the gate (the quick test on δ² drops none that fit)', () => {
    // lb drawn near the gate's edge: about zAbove(most) standard deviations from ratio × la, either way.
    const double = (min: number, max: number) => fc.double({ min, max, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), double(-0.1, 0.1), fc.boolean(), double(0.2, 5), double(0.5, 40), double(0, 11.5), (la, e, longer, ratio, variance, most) => {
        const t = (longer ? 1 : -1) * zAbove(most) * (1 + e);
        const lb = Math.max(0, Math.round(ratio * la + t * Math.sqrt(variance * Math.max(la, 1))));
        const x: CostInputs = { ...inputs, masks: undefined, anchorsA: undefined, anchorsB: undefined, lengthA: Float64Array.of(0, la), lengthB: Float64Array.of(0, lb), lengthModel: { ratio, variance }, wide: wideGate({ from: 0, maxLengthCost: most }) };
        const fits = lengthCost(la, lb, { ratio, variance }) <= most;
        expect(beadCost(x, DEFAULT_WEIGHTS, 0, 1, 0, 1) < Infinity).toBe(fits);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('beadCost', () => {
  it('is explainCost’s total to the bit, and never below costFloor, for every bead', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const inputs = costInputs(a, b);
        const wrong: string[] = [];
        for (const { a: na, b: nb } of listBeadShapes(4)) {
          for (let i0 = 0; i0 + na <= a.length; i0++) {
            for (let j0 = 0; j0 + nb <= b.length; j0++) {
              const cost = beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb);
              const total = explainCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb).total;
              if (cost !== total || cost < costFloor(DEFAULT_WEIGHTS, na, nb)) wrong.push(`${i0}+${na} × ${j0}+${nb}: ${cost} vs ${total}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('has no floor when a weight is negative', () => {
    expect(costFloor(DEFAULT_WEIGHTS, 1, 3)).toBeCloseTo(0.7);
    expect(costFloor({ ...DEFAULT_WEIGHTS, length: -1 }, 1, 3)).toBe(0);
  });
});

describe('beadCost given the path cost before the bead and the best so far', () => {
  it('is the bead’s cost, or Infinity only where before + cost cannot beat the best', () => {
    let cut = 0;
    fc.assert(
      fc.property(side, side, fc.double({ min: 0, max: 6, noNaN: true }), fc.double({ min: 0, max: 8, noNaN: true }), (a, b, before, best) => {
        const inputs = costInputs(a, b);
        const wrong: string[] = [];
        for (const { a: na, b: nb } of listBeadShapes(4)) {
          for (let i0 = 0; i0 + na <= a.length; i0++) {
            for (let j0 = 0; j0 + nb <= b.length; j0++) {
              const exact = beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb);
              const given = beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb, before, best);
              if (given === Infinity && exact < Infinity) cut++;
              if (given !== exact && !(given === Infinity && before + exact >= best)) wrong.push(`${i0}+${na} × ${j0}+${nb}: ${given} vs ${exact}`);
            }
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
    // The shortcut was taken, so the property was tested where it matters.
    expect(cut).toBeGreaterThan(0);
  });

  it('leaves the search’s path as it is when every bead is costed in full', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const inputs = costInputs(a, b);
        const shapes = listBeadShapes(3);
        const band = diagonalBand(a.length, b.length, 3);
        const full = (i0: number, na: number, j0: number, nb: number) => beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb);
        const given = (i0: number, na: number, j0: number, nb: number, before: number, best: number) => beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb, before, best);
        expect(searchBand(band, shapes, given)).toEqual(searchBand(band, shapes, full));
      }),
    );
  });
});

describe('searchBand floors', () => {
  it('find the same path as a search that costs every shape', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const inputs = costInputs(a, b);
        const shapes = listBeadShapes(3);
        const band = diagonalBand(a.length, b.length, 3);
        const cost = (i0: number, na: number, j0: number, nb: number) => beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb);
        const floors = shapes.map((s) => costFloor(DEFAULT_WEIGHTS, s.a, s.b));
        expect(searchBand(band, shapes, cost, { floors })).toEqual(searchBand(band, shapes, cost));
      }),
    );
  });
});

describe('bead shares', () => {
  it('give every bead of a sliding window the cost its masks give, to the bit', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 1, max: 4 }), (a, b, rows) => {
        const base = costInputs(a, b);
        const vocab = new Vocabulary();
        const target = buildTargetUnits(b, vocab);
        const source = buildSourceUnits(a.map(identityUnits), vocab);
        // A window of `rows` rows over a band of half-width 2, filled row by row as the search fills it.
        const lo = Int32Array.from(a, (_, i) => Math.max(0, i - 2));
        const hi = Int32Array.from(a, (_, i) => Math.min(b.length - 1, i + 2));
        const window = createPairMaskWindow(source, target, vocab.words.length, lo, hi, rows);
        const shares = createBeadShares(window.masks, Math.min(rows, 4), base.unitsA, base.unitsB, DEFAULT_WEIGHTS.empty);
        const withShares = { ...base, masks: window.masks, shares };
        const without = { ...base, masks: window.masks };
        let read = 0;
        for (let i = 0; i < a.length; i++) {
          window.fill(i);
          shares.fill(i);
          // Every bead whose rows are in the window and end at row i.
          for (let na = 1; na <= rows && na <= i + 1; na++) {
            for (let j0 = 0; j0 < b.length; j0++) {
              for (let nb = 1; j0 + nb <= b.length && nb <= 5; nb++) {
                const i0 = i - na + 1;
                expect(beadCost(withShares, DEFAULT_WEIGHTS, i0, na, j0, nb)).toBe(beadCost(without, DEFAULT_WEIGHTS, i0, na, j0, nb));
                read++;
              }
            }
          }
        }
        expect(read).toBeGreaterThan(0);
      }),
    );
  });
});

describe('wideRowFilter', () => {
  // Sentences from one word to thirty, so that one side's sentence is sometimes as long as several of the other's.
  const varied = fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 14 });

  it('skips in a row only the wide shapes that no cell of the row would cost, so the path is the same', () => {
    fc.assert(
      fc.property(varied, varied, fc.double({ min: 0.5, max: 6, noNaN: true }), (a, b, most) => {
        const inputs = { ...costInputs(a, b), wide: wideGate({ from: 2, maxLengthCost: most }) };
        const shapes = listBeadShapes(10);
        const band = diagonalBand(a.length, b.length, 4);
        const cost = (i0: number, na: number, j0: number, nb: number) => beadCost(inputs, DEFAULT_WEIGHTS, i0, na, j0, nb);
        const filter = wideRowFilter(band, shapes, inputs.lengthA, inputs.lengthB, inputs.lengthModel!, inputs.wide);
        const active = new Uint8Array(shapes.length);
        for (let i = 0; i <= a.length; i++) {
          filter(i, active);
          for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
            shapes.forEach(({ a: na, b: nb }, s) => {
              if (active[s] === 0 && i >= na && j >= nb) expect(cost(i - na, na, j - nb, nb)).toBe(Infinity);
            });
          }
        }
        expect(searchBand(band, shapes, cost, { shapesAt: filter })).toEqual(searchBand(band, shapes, cost));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildSourceUnits', () => {
  it('gives a learned translation the bit of the unit that learned it', () => {
    const vocab = new Vocabulary();
    buildTargetUnits([['trinket', 'river']], vocab);
    const units = [{ word: '韦小宝', candidates: [] }, { word: '河', candidates: ['river'] }];
    const plain = buildSourceUnits([units], vocab);
    expect([...plain.pairTarget].map((id) => vocab.words[id])).toEqual(['river']);
    const learned = buildSourceUnits([units], vocab, new Map([['韦小宝', [vocab.ids.get('trinket')!]]]));
    expect([...learned.pairTarget].map((id) => vocab.words[id])).toEqual(['trinket', 'river']);
    expect([...learned.pairMask]).toEqual([0b01, 0b10]);
  });
});

describe('countLength', () => {
  it('counts code points that are not whitespace, as a regular expression over the code points would', () => {
    const reference = (text: string) => [...text].filter((ch) => !/\s/.test(ch)).length;
    for (let c = 0; c < 0x10000; c++) expect(countLength(String.fromCharCode(c))).toBe(reference(String.fromCharCode(c)));
    const unit = fc.constantFrom('a', ' ', '\u3000', '\ud83d', '\ude00', '\u2028', '\t', '中', '\ufeff', '\u00a0', '\u200b');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(countLength(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
