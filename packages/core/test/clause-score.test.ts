import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { scoreSupport } from '../src/align/coverage.js';
import { scoreInContext } from '../src/compare/context-score.js';
import { findClauses } from '../src/compare/clause-score.js';

const lines = (texts: string[], source: string) => readDocument(texts.join('\n'), { source, format: 'lines' }).versions[0]!;
const filler = ['天气很好我们去公园散步', '今天的午饭是面条和饺子', '他在图书馆借了三本小说', '火车晚点了二十分钟才到', '孩子们在操场上踢足球', '邻居家的小狗叫了一整夜', '妈妈在厨房里包馄饨'];
const sourceTexts = Array.from({ length: 40 }, (_, k) => `${filler[k % filler.length]}第${k}次。`);
sourceTexts[8] = '研究团队决定先训练一个小规模的语言模型。';
sourceTexts[30] = '公司的服务器机房搬到了海边的新大楼。';
const source = lines(sourceTexts, 'source.txt');

describe('a summary line scored by its clauses', () => {
  it('cuts a line at semicolons and colons into pieces of four Han characters or more', () => {
    expect(findClauses('實際路徑：優化後訓練流程能大幅提升效率；投入精力微調也能達到不錯效果。')).toEqual(['實際路徑', '優化後訓練流程能大幅提升效率', '投入精力微調也能達到不錯效果。']);
    // A label of fewer than four characters is no clause, and a line left with one piece has none (its score is the line's).
    expect(findClauses('挑戰：管理性格各異、能力突出的專業人才。')).toEqual([]);
    expect(findClauses('Tinker：RL API；LoRA')).toEqual([]);
  });

  it('finds each part’s own source sentence, which the whole line dilutes', () => {
    const target = lines(['团队先训练小规模的语言模型；服务器机房搬到了海边的新大楼。', '孩子们在操场上踢足球。'], 'summary.txt');
    const s = scoreSupport(target, source);
    const smooth = [true, true];
    const plain = scoreInContext(target, source, s, smooth, {}, { clauses: false });
    const clauses = scoreInContext(target, source, s, smooth, {}, {});
    const score = (support: typeof s, b: number) => support.rankedA[0]!.find((p) => p.b === b)?.score ?? 0;
    for (const b of [8, 30]) expect(score(clauses, b)).toBeGreaterThan(score(plain, b));
    expect(clauses.a[0]!.map((p) => p.b).sort((x, y) => x - y)).toEqual([8, 30]);
    // A line without clauses scores as it did, against the same threshold.
    expect(clauses.thresholdA).toBe(plain.thresholdA);
    expect(clauses.rankedA[1]).toEqual(plain.rankedA[1]);
  });
});
