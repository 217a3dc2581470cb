import { describe, expect, it } from 'vitest';
import { alignPair, findSplit, joinAlignments, planSplits, sliceSide } from '../src/index.js';
import { checkCoverage } from '../src/align/beads.js';
import { createRandom } from '../src/random.js';

/** English sentences of seeded random words, each sentence unique enough to align on shared words. */
function sentences(count: number, seed: number): string[] {
  const random = createRandom(seed);
  const word = () => `w${Math.floor(random() * 3000)}`;
  return Array.from({ length: count }, () => `${Array.from({ length: 6 + Math.floor(random() * 8) }, word).join(' ')}.`);
}

/** Side b: side a with every 7th sentence split in two and every 11th dropped; `gold[i]` = the b sentences of a's sentence i. */
function edited(a: readonly string[]) {
  const b: string[] = [];
  const gold: number[][] = [];
  a.forEach((text, i) => {
    if (i % 11 === 5) return gold.push([]);
    if (i % 7 === 3) {
      const words = text.split(' ');
      const half = words.length >> 1;
      gold.push([b.length, b.length + 1]);
      return b.push(`${words.slice(0, half).join(' ')}.`, words.slice(half).join(' '));
    }
    gold.push([b.length]);
    b.push(text);
  });
  return { b, gold };
}

const side = (texts: readonly string[]) => ({ lang: 'en' as const, sentences: texts.map((text) => ({ text })) });

describe('cutting a long pair in two', () => {
  const a = sentences(800, 1);
  const { b, gold } = edited(a);

  it('cuts at a bead boundary near the middle, and the two parts joined align as the whole does', () => {
    const cut = findSplit(side(a), side(b), { window: 40, minSentences: 0 });
    expect(cut).toBeDefined();
    const { a: i, b: j } = cut!;
    expect(Math.abs(i - 400)).toBeLessThan(40);
    // A boundary: every sentence of a before the cut has its b sentences before it, and the rest after.
    expect(gold[i - 1]!.every((y) => y < j) && gold[i]!.every((y) => y >= j)).toBe(true);
    const whole = alignPair(side(a), side(b));
    const parts = [alignPair(sliceSide(side(a), 0, i), sliceSide(side(b), 0, j)), alignPair(sliceSide(side(a), i, a.length), sliceSide(side(b), j, b.length))];
    const joined = joinAlignments(parts);
    checkCoverage(joined.beads, a.length, b.length);
    expect(joined.beads.map((x) => [x.a, x.b])).toEqual(whole.beads.map((x) => [x.a, x.b]));
    expect(joined.stats['parts']).toBe(2);
  });

  /** b without a's sentences [first, last), and the gold of the pair that makes. */
  function withGap(first: number, last: number) {
    const [from, to] = [gold[first]![0]!, gold[last]![0]!];
    const gapped = [...b.slice(0, from), ...b.slice(to)];
    const gappedGold = gold.map((ys) => ys.filter((y) => y < from || y >= to).map((y) => (y < from ? y : y - (to - from))));
    return { gapped, gappedGold };
  }

  it('does not cut where every position it tries is missing from the other side', () => {
    // a's sentences 250–550 are not in b: the windows at 40, 50 and 60 % of a (320, 400, 480) find nothing to pair.
    expect(findSplit(side(a), side(withGap(250, 551).gapped), { window: 40, minSentences: 0 })).toBeUndefined();
    expect(findSplit(side(a.slice(0, 100)), side(b.slice(0, 110)), { window: 40, minSentences: 0 })).toBeUndefined();
    // Below minSentences (6000 by default) a pair is never cut, found cut or not.
    expect(findSplit(side(a), side(b), { window: 40 })).toBeUndefined();
  });

  it('cuts past a gap at the next position, at a true boundary', () => {
    const { gapped, gappedGold } = withGap(330, 451);
    const cut = findSplit(side(a), side(gapped), { window: 40, minSentences: 0, at: [0.5, 0.7] });
    expect(cut).toBeDefined();
    expect(Math.abs(cut!.a - 560)).toBeLessThan(40);
    expect(gappedGold[cut!.a - 1]!.every((y) => y < cut!.b) && gappedGold[cut!.a]!.every((y) => y >= cut!.b)).toBe(true);
  });

  it('cuts a pair longer than maxPart again, every cut at a true boundary, and the parts join into the whole', () => {
    const cuts = planSplits(side(a), side(b), { window: 40, minSentences: 0, maxPart: 200 });
    expect(cuts.length).toBeGreaterThanOrEqual(3);
    const bounds = [{ a: 0, b: 0 }, ...cuts, { a: a.length, b: b.length }];
    for (let k = 1; k < bounds.length; k++) expect(bounds[k]!.a - bounds[k - 1]!.a).toBeGreaterThan(0);
    for (const cut of cuts) expect(gold[cut.a - 1]!.every((y) => y < cut.b) && gold[cut.a]!.every((y) => y >= cut.b)).toBe(true);
    const parts = bounds.slice(1).map((end, k) => alignPair(sliceSide(side(a), bounds[k]!.a, end.a), sliceSide(side(b), bounds[k]!.b, end.b)));
    const joined = joinAlignments(parts);
    expect(joined.stats['parts']).toBe(cuts.length + 1);
    expect(joined.beads.map((x) => [x.a, x.b])).toEqual(alignPair(side(a), side(b)).beads.map((x) => [x.a, x.b]));
  });
});
