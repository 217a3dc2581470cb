import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { scoreSupport } from '../src/align/coverage.js';
import { addNeighbours, scoreInContext } from '../src/compare/context-score.js';

const lines = (texts: string[], source: string) => readDocument(texts.join('\n'), { source, format: 'lines' }).versions[0]!;
/** A source whose sentences 10 and 11 each say half of what the summary's first line says. */
const filler = ['天气很好我们去公园散步', '今天的午饭是面条和饺子', '他在图书馆借了三本小说', '火车晚点了二十分钟才到', '孩子们在操场上踢足球'];
const sourceTexts = Array.from({ length: 30 }, (_, k) => `${filler[k % filler.length]}第${k}次。`);
sourceTexts[10] = '研究团队决定先训练一个小规模的语言模型。';
sourceTexts[11] = '然后再用人类反馈做强化学习微调。';
const source = lines(sourceTexts, 'source.txt');
/** The null the support itself was scored against (one deal in runs of units, its quantile and units), not a summary's own (summary-null.ts). */
const PLAIN_NULL = { deal: 'units', deals: 1, quantile: 0.95, latinWords: false } as const;
const target = lines(['先训练小规模语言模型再用人类反馈强化学习微调。', '孩子们在操场上踢足球。', '第三行完全无关的内容比如烹饪菜谱。'], 'summary.txt');

describe('summary support in context', () => {
  it('adds a share of the better neighbour’s score, read from the row as it was', () => {
    const out = addNeighbours(Float64Array.from([0, 0.4, 0.1, 0]), 0.5);
    [0.2, 0.45, 0.3, 0.05].forEach((x, b) => expect(out[b]).toBeCloseTo(x, 12));
  });

  it('is the support as scored when context is off', () => {
    const s = scoreSupport(target, source);
    expect(scoreInContext(target, source, s, [true, true, true], {}, { weight: 0 }, PLAIN_NULL)).toBe(s);
  });

  it('scores as align/coverage.ts does, up to the neighbours’ share', () => {
    const s = scoreSupport(target, source);
    const c = scoreInContext(target, source, s, [true, true, true], {}, { weight: 1e-12 }, PLAIN_NULL);
    expect(c.thresholdA).toBeCloseTo(s.thresholdA, 9);
    for (const [t, row] of s.rankedA.entries()) for (const p of row) expect(c.rankedA[t]!.find((q) => q.b === p.b)?.score).toBeCloseTo(p.score, 9);
  });

  it('raises a passage’s sentences for a line that condenses them, and leaves a line out of context as it was', () => {
    const s = scoreSupport(target, source);
    const c = scoreInContext(target, source, s, [true, false, true], {}, { weight: 0.5 }, PLAIN_NULL);
    const own = (row: typeof s.rankedA[number], b: number) => row.find((p) => p.b === b)?.score ?? 0;
    expect(own(c.rankedA[0]!, 10)).toBeGreaterThan(own(s.rankedA[0]!, 10));
    expect(own(c.rankedA[0]!, 11)).toBeGreaterThan(own(s.rankedA[0]!, 11));
    expect(c.rankedA[0]!.slice(0, 2).map((p) => p.b).sort()).toEqual([10, 11]);
    expect(c.rankedA[1]).toEqual(s.rankedA[1]);
    // In context a score is measured against the shuffled source scored in context too, in the plain threshold's units: the threshold is the plain one, and a line with nothing in the source still finds nothing.
    expect(c.thresholdA).toBe(s.thresholdA);
    expect(c.a[2]).toEqual([]);
    // Either view counts: no sentence scores lower than on its own words.
    for (const [t, row] of s.rankedA.entries()) for (const p of row) expect(own(c.rankedA[t]!, p.b)).toBeGreaterThanOrEqual(p.score - 1e-12);
  });
});
