import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SupportPair, Unit } from '../src/align/coverage.js';
import { indexTokens, scoreAll } from '../src/align/score-all.js';

/** scoreAll as session 11 left it: every pair of a row made an object, the row sorted (stably) by score, every pair offered to its b. */
function reference(units: Unit[][], tokens: string[][], wa: Map<string, number>, wb: Map<string, number>, keep: number) {
  const { postings, totalB } = indexTokens(tokens, wb);
  const m = tokens.length;
  const ma = new Float64Array(m);
  const mb = new Float64Array(m);
  const stamp = new Int32Array(m).fill(-1);
  const byA: SupportPair[][] = [];
  const byB: SupportPair[][] = Array.from({ length: m }, () => []);
  const lowestAt = (list: readonly SupportPair[]): number => list.reduce((at, x, k) => (x.score < list[at]!.score || (x.score === list[at]!.score && x.a > list[at]!.a) ? k : at), 0);
  let unitId = 0;
  units.forEach((list, i) => {
    const touched: number[] = [];
    const seen = new Set<string>();
    const keys = new Set<string>();
    let totalA = 0;
    for (const unit of list) {
      const w = wa.get(unit.word) ?? 0;
      if (seen.has(unit.word) || w <= 0) continue;
      seen.add(unit.word);
      totalA += w;
      unitId++;
      for (const key of unit.keys) {
        keys.add(key);
        for (const j of postings.get(key) ?? []) {
          if (stamp[j] === unitId) continue;
          stamp[j] = unitId;
          if (ma[j] === 0 && mb[j] === 0) touched.push(j);
          ma[j] = ma[j]! + w;
        }
      }
    }
    for (const key of keys) for (const j of postings.get(key) ?? []) mb[j] = mb[j]! + Math.max(0, wb.get(key) ?? 0);
    const row: SupportPair[] = [];
    for (const j of touched) {
      const score = Math.min(1, (ma[j]! + mb[j]!) / (2 * Math.sqrt(totalA * totalB[j]!)));
      if (score > 0) row.push({ a: i, b: j, score });
      ma[j] = 0;
      mb[j] = 0;
    }
    row.sort((x, y) => y.score - x.score);
    byA.push(row.slice(0, keep));
    for (const pair of row) {
      const own = byB[pair.b]!;
      if (own.length < keep) own.push(pair);
      else if (pair.score > own[lowestAt(own)]!.score) own[lowestAt(own)] = pair;
    }
  });
  for (const row of byB) row.sort((x, y) => y.score - x.score || x.a - y.a);
  return { byA, byB };
}

const round = (rows: SupportPair[][]) => rows.map((row) => row.map((p) => [p.a, p.b, Number(p.score.toFixed(12))]));

describe('scoreAll', () => {
  it('keeps, per sentence of either side, the same best partners in the same order as scoring and sorting every pair', () => {
    // Few distinct words and weights, so that equal scores (ties) are common.
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const sentences = fc.array(fc.array(word, { maxLength: 5 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(sentences, sentences, fc.integer({ min: 1, max: 4 }), fc.array(fc.constantFrom(0, 1, 2), { minLength: 6, maxLength: 6 }), (a, b, keep, weights) => {
        const w = new Map(['a', 'b', 'c', 'd', 'e', 'f'].map((x, k) => [x, weights[k]!]));
        const units = a.map((list) => list.map((x) => ({ word: x, keys: [x, x === 'a' ? 'b' : x] })));
        const got = scoreAll(units, b, w, w, keep);
        const want = reference(units, b, w, w, keep);
        expect(round(got.byA)).toEqual(round(want.byA));
        expect(round(got.byB)).toEqual(round(want.byB));
      }),
      { numRuns: 300 },
    );
  });
});
