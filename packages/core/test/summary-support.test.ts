import { describe, expect, it } from 'vitest';
import { findLabels, findSummarySupport, rateAddition, readDocument, type Support, type SupportPair } from '../src/index.js';
import { findLabelSections } from '../src/compare/labels.js';

/** A Support for four summary sentences against a 40-sentence source, threshold 0.2; only `rankedA` and `a` matter here. */
function support(ranked: SupportPair[][]): Support {
  const a = ranked.map((row) => row.filter((p) => p.score >= 0.2));
  const none = new Float64Array(ranked.length);
  return { method: 'ngram', a, b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] };
}
/** A 40-sentence source without titles or speakers. */
const source = readDocument(Array.from({ length: 40 }, (_, k) => `原文第${k}句说了一件事。`).join('\n'), { source: 'source.txt', format: 'lines' }).versions[0]!;
const target = readDocument(['第一句讲开头。', '第二句换了说法。', '第三句讲后面。', '第四句讲结尾。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;

describe('the order prior of a summary', () => {
  it('gives a paraphrase the candidate between its neighbours’ sources, below the threshold but above half of it', () => {
    const s = support([[{ a: 0, b: 5, score: 0.4 }], [{ a: 1, b: 30, score: 0.15 }, { a: 1, b: 9, score: 0.12 }], [{ a: 2, b: 12, score: 0.5 }], [{ a: 3, b: 20, score: 0.3 }]]);
    const found = findSummarySupport(target, s, source);
    // 30 is the better score but lies past the next sentence's source (12) and the margin; 9 lies between 5 and 12.
    expect(found.partners[1]!.map((p) => p.b)).toEqual([9]);
    expect(found.byPrior).toEqual([false, true, false, false]);
  });

  it('gives an anchored line the passage around its anchor: the sentences within two of it that a window would take', () => {
    const s = support([[{ a: 0, b: 5, score: 0.4 }], [{ a: 1, b: 12, score: 0.3 }, { a: 1, b: 11, score: 0.19 }, { a: 1, b: 15, score: 0.19 }, { a: 1, b: 14, score: 0.185 }, { a: 1, b: 13, score: 0.09 }], [{ a: 2, b: 18, score: 0.5 }], [{ a: 3, b: 20, score: 0.3 }]]);
    // Below the threshold (0.2), 11 and 14 lie within two of 12 and score as a window's candidates would (half the threshold, 0.6 of the best); 15 is too far, 13 too weak.
    expect(findSummarySupport(target, s, source).partners[1]!.map((p) => p.b)).toEqual([12, 11, 14]);
    expect(findSummarySupport(target, s, source, { passageReach: 0 }).partners[1]!.map((p) => p.b)).toEqual([12]);
  });

  it('leaves a sentence without support when nothing between its neighbours reaches half the threshold', () => {
    const s = support([[{ a: 0, b: 5, score: 0.4 }], [{ a: 1, b: 9, score: 0.08 }], [{ a: 2, b: 12, score: 0.5 }], [{ a: 3, b: 20, score: 0.3 }]]);
    expect(findSummarySupport(target, s, source).partners[1]).toEqual([]);
  });
});

describe('labels and additions', () => {
  it('takes headings and short colon or numbered lines as labels, not sentences that say something', () => {
    const md = readDocument(['# 访谈摘要', '', '他每天都在咖啡馆里思考研究问题，并把想法记下来。'].join('\n'), { source: 'x.md' }).versions[0]!;
    expect(findLabels(md, 24)).toEqual([true, false]);
    const plain = readDocument(['工作日常:', '- Work Routine:', '2. Tinker is a low-level fine-tuning API for researchers who know ML well.'].join('\n\n'), { source: 'x.txt', format: 'plain' }).versions[0]!;
    expect(findLabels(plain, 24)).toEqual([true, true, false]);
  });

  it('is surer of an addition far from any source sentence, at the edge, or talking about the summary itself', () => {
    const base = { nearness: 0.5, edge: false, text: '他喜欢在咖啡馆思考。', isHeading: false };
    expect(rateAddition(base)).toBeGreaterThan(rateAddition({ ...base, nearness: 0.95 }));
    expect(rateAddition({ ...base, edge: true })).toBeGreaterThan(rateAddition(base));
    expect(rateAddition({ ...base, text: '以下是访谈要点总结：' })).toBeGreaterThan(rateAddition(base));
    // A line restating its own heading adds nothing.
    expect(rateAddition({ ...base, text: '研究管理有两种模式。', heading: '研究管理的两种模式' })).toBeLessThan(0.5);
  });
});

describe('label sections', () => {
  it('lets a heading right above a label head that label’s lines too, down to the next heading of its rank', () => {
    const md = readDocument(['### 一、算力', '', '**1. 算力迷思：**', '', '- 算力不是唯一瓶颈。', '- 小团队也能做到。', '', '**2. 技术巧思：**', '', '- 后训练更重要。', '', '### 二、早期', '', '- 早期是松散的学术团体。'].join('\n'), { source: 'x.md' }).versions[0]!;
    const labels = findLabels(md, 24);
    expect(labels).toEqual([true, true, false, false, true, false, true, false]);
    expect(findLabelSections(md, labels)).toEqual([[2, 3, 5], [2, 3], [], [], [5], [], [7], []]);
  });

  it('takes a short unpunctuated line right above a label as a label (a list whose numbering was lost)', () => {
    const plain = readDocument(['Tinker产品与AI微调创新', 'Tinker的核心定位:', '作为底层微调API,Tinker提供小型原语。'].join('\n'), { source: 'x.txt', format: 'lines' }).versions[0]!;
    expect(findLabels(plain, 24)).toEqual([true, true, false]);
  });
});

describe('moved lines', () => {
  it('rests a line whose own support is off the path between its neighbours’ sources when a candidate there is near as good', () => {
    const s = support([[{ a: 0, b: 5, score: 0.4 }], [{ a: 1, b: 30, score: 0.3 }, { a: 1, b: 9, score: 0.2 }], [{ a: 2, b: 12, score: 0.5 }], [{ a: 3, b: 20, score: 0.3 }]]);
    const found = findSummarySupport(target, s, source);
    expect(found.partners[1]!.map((p) => p.b)).toEqual([9, 30]);
    // Far weaker than its own support: it stays moved.
    const weak = support([[{ a: 0, b: 5, score: 0.4 }], [{ a: 1, b: 30, score: 0.5 }, { a: 1, b: 9, score: 0.15 }], [{ a: 2, b: 12, score: 0.5 }], [{ a: 3, b: 20, score: 0.3 }]]);
    expect(findSummarySupport(target, weak, source).partners[1]!.map((p) => p.b)).toEqual([30]);
  });
});

describe('a label and its rare terms', () => {
  it('is supported by a sentence in its span that shares a rare term with it, though the score is low', () => {
    const src = readDocument(Array.from({ length: 40 }, (_, k) => (k === 11 ? 'Dota 项目是第一个大型成功项目。' : `原文第${k}句说了一件事。`)).join('\n'), { source: 'source.txt', format: 'lines' }).versions[0]!;
    const tgt = readDocument(['3. 首個成功案例——Dota項目：', '投入大量計算資源。', '工程挑戰很大。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
    const ranked = [[{ a: 0, b: 30, score: 0.05 }], [{ a: 1, b: 12, score: 0.4 }], [{ a: 2, b: 13, score: 0.4 }]];
    const none = new Float64Array(3);
    const s: Support = { method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: [true, true, true], contentB: [] };
    const found = findSummarySupport(tgt, s, src);
    expect(found.partners[0]!.map((p) => p.b)).toEqual([11]);
    // Found through its section, below the threshold: not a passage to read changed facts from ("3." is list numbering).
    expect(found.byPrior[0]).toBe(true);
  });
});

describe('a line where the path steps back', () => {
  it('is sought in its own section’s span, since there is no "between" its neighbours’ sources', () => {
    // The summary puts its tools section (source 30) before its trends section (source 10): the path steps back at the second label.
    const tgt = readDocument(['1. 工具：', '第一点在后面。', '第二点换了说法。', '2. 趋势：', '第三点讲早先。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
    const ranked = [[], [{ a: 1, b: 30, score: 0.4 }], [{ a: 2, b: 25, score: 0.15 }, { a: 2, b: 3, score: 0.14 }], [], [{ a: 4, b: 10, score: 0.4 }]];
    const none = new Float64Array(5);
    const s: Support = { method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] };
    const found = findSummarySupport(tgt, s, source);
    // 25 lies within the margin of its section's other source (30); 3 does not, though it scores near as well.
    expect(found.partners[2]!.map((p) => p.b)).toEqual([25]);
    expect(found.byPrior[2]).toBe(true);
  });
});

describe('a line that finds nothing between its neighbours', () => {
  // One section: the question (source 5), the answer first (source 30), then the reasons the source gave before the answer (source 12), then a closing point (source 32).
  const tgt = readDocument(['一、 问题：', '问题是这样提出的。', '答案出人意料。', '理由是这样的。', '最后补了一句。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
  const none = new Float64Array(5);
  const of = (reasons: number): Support => {
    const ranked = [[], [{ a: 1, b: 5, score: 0.4 }], [{ a: 2, b: 30, score: 0.4 }], [{ a: 3, b: 12, score: reasons }], [{ a: 4, b: 32, score: 0.4 }]];
    return { method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] };
  };
  it('is sought across its section, so reasons given after the answer they led to are not taken for an addition', () => {
    // Its window (between 30 and 32) holds nothing; its section spans 5 to 32, and 12 scores 0.75 of the threshold.
    const found = findSummarySupport(tgt, of(0.15), source);
    expect(found.partners[3]!.map((p) => p.b)).toEqual([12]);
    expect(found.byPrior[3]).toBe(true);
  });
  it('needs more there than in a window: at 0.6 of the threshold a candidate across the section is chance', () => {
    expect(findSummarySupport(tgt, of(0.12), source).partners[3]).toEqual([]);
    expect(findSummarySupport(tgt, of(0.12), source, { sectionShare: 0.5 }).partners[3]!.map((p) => p.b)).toEqual([12]);
  });
});

describe('a label whose own words find nothing', () => {
  // Two question/answer turns: 0–1 and 2–8, then 9–10 and 11–17.
  const turns = ['主持人：', '问题一是什么？', '嘉宾：', ...Array.from({ length: 6 }, (_, k) => `回答一第${k}句。`), '主持人：', '问题二是什么？', '嘉宾：', ...Array.from({ length: 6 }, (_, k) => `回答二第${k}句。`)];
  const src = readDocument(turns.join('\n'), { source: 'source.txt', format: 'lines' }).versions[0]!;
  const tgt = readDocument(['適用場景：', '放手型適合探索。', '親力親為型適合目標導向。', '範圍：', '第一點在前。', '第二點在後。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
  const ranked = [[], [{ a: 1, b: 4, score: 0.4 }], [{ a: 2, b: 5, score: 0.4 }], [], [{ a: 4, b: 6, score: 0.4 }], [{ a: 5, b: 14, score: 0.4 }]];
  const none = new Float64Array(6);
  const s: Support = { method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] };

  it('heads the passage its lines rest on when they all rest in one turn, with the question that opens it, and no passage when they spread across turns', () => {
    const found = findSummarySupport(tgt, s, src);
    expect(found.labels).toEqual([true, false, false, true, false, false]);
    // Its lines' sources, and the host's question before their answer (not the speaker label `主持人：`).
    expect(found.partners[0]!.map((p) => p.b)).toEqual([4, 5, 1]);
    expect(found.byPrior[0]).toBe(true);
    expect(found.partners[3]).toEqual([]);
  });
});

describe('a label over an answer', () => {
  const turns = ['主持人：', '你们的管理方式是否受到贝尔实验室的影响？', '嘉宾：', '坦率说并没有系统研究这些机构。', '我们更多是从实践中摸索管理方式。', '主持人：', '今天的研究工具有什么变化？', '嘉宾：', '现在我会用模型写代码。'];
  const src = readDocument(turns.join('\n'), { source: 'source.txt', format: 'lines' }).versions[0]!;
  const tgt = readDocument(['管理靈感來源：', '並非刻意借鑒貝爾實驗室。', '從實踐中摸索管理方式。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
  const none = new Float64Array(3);
  const withRanked = (ranked: SupportPair[][]): Support => ({ method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: none, bestB: none, nullA: none, nullB: none, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] });

  it('is supported by the question that opens the exchange as well as by the answer its lines rest on', () => {
    const found = findSummarySupport(tgt, withRanked([[{ a: 0, b: 4, score: 0.15 }], [{ a: 1, b: 3, score: 0.5 }], [{ a: 2, b: 4, score: 0.5 }]]), src);
    expect(found.partners[0]!.map((p) => p.b).sort((x, y) => x - y)).toEqual([1, 4]);
    // A question is no place to read the label's changed facts from (its list number against the question's 一个).
    expect(found.byPrior[0]).toBe(true);
  });

  it('takes the question of the exchange most of its lines rest in, though one of them strays to an earlier one', () => {
    const three = readDocument(['管理與工具：', '並非刻意借鑒貝爾實驗室。', '現在用模型寫代碼。', '模型幫助寫代碼。'].join('\n'), { source: 'summary.txt', format: 'lines' }).versions[0]!;
    const four = new Float64Array(4);
    const ranked: SupportPair[][] = [[{ a: 0, b: 8, score: 0.15 }], [{ a: 1, b: 3, score: 0.5 }], [{ a: 2, b: 8, score: 0.5 }], [{ a: 3, b: 8, score: 0.5 }]];
    const s: Support = { method: 'ngram', a: ranked.map((row) => row.filter((p) => p.score >= 0.2)), b: [], rankedA: ranked, bestA: four, bestB: four, nullA: four, nullB: four, thresholdA: 0.2, thresholdB: 0.2, contentA: ranked.map(() => true), contentB: [] };
    const found = findSummarySupport(three, s, src);
    expect(found.partners[0]!.map((p) => p.b)).toContain(6);
    expect(found.partners[0]!.map((p) => p.b)).not.toContain(1);
  });

  it('takes no question when the turn before its lines is not one', () => {
    // The lines rest on the question itself (1): the turn before it is nothing.
    const found = findSummarySupport(tgt, withRanked([[{ a: 0, b: 1, score: 0.15 }], [{ a: 1, b: 1, score: 0.5 }], [{ a: 2, b: 1, score: 0.5 }]]), src);
    expect(found.partners[0]!.map((p) => p.b)).toEqual([1]);
  });
});
