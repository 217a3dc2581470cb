import { describe, expect, it } from 'vitest';
import { loadDictionary, readDocument } from '../src/index.js';
import { fisher, testAloneAnchors } from '../src/compare/alone-anchors.js';
import { buildAloneScorer, prepareAloneUnits } from '../src/compare/alone-scorer.js';
import { scoreAloneSupport } from '../src/compare/alone-support.js';

const FILLER = [
  '今天早上下了一场大雨。', '她在市场上买了新鲜的蔬菜。', '这座城市的夏天非常炎热。', '孩子们在公园里踢足球。', '我的祖母喜欢种花。',
  '火车晚点了两个小时。', '这家餐馆的面条很好吃。', '他每天骑自行车上班。', '图书馆周末不开门。', '山上的空气很清新。',
  '我们在海边散步。', '猫在窗台上睡觉。', '冬天的时候湖面会结冰。', '邻居养了一只小狗。', '商店里的衣服打折了。',
  '老师给学生讲了一个故事。', '河边有很多柳树。', '他喜欢听古典音乐。', '我们晚上一起看电影。', '农民在田里收割小麦。',
];
const source = (tinker: string, python: string) => readDocument([...FILLER.slice(0, 8), tinker, ...FILLER.slice(8, 16), python, ...FILLER.slice(16)].join('\n'), { source: 'zh.txt', format: 'lines' }).versions[0]!;
const english = (lines: string[]) => readDocument(lines.join('\n'), { source: 'en.txt', format: 'lines' }).versions[0]!;

describe('fisher', () => {
  it('combines probabilities: one is itself, certainties stay certain, two small ones are smaller', () => {
    expect(fisher([0.5])).toBeCloseTo(0.5, 10);
    expect(fisher([1, 1])).toBeCloseTo(1, 10);
    // −2 Σ ln p = 18.42 on 4 degrees of freedom.
    expect(fisher([0.01, 0.01])).toBeCloseTo(1e-4 * (1 + Math.log(1e4)), 8);
  });
});

describe('the anchors of a summary compared alone', () => {
  const summary = english(['Tinker is an interface for fine-tuning and training models.', 'You call the server from a Python script.', 'The weather was fine.']);
  it('finds shared rare terms whose lines restate their passages, and none against a text that lacks them', async () => {
    const dictionary = await loadDictionary();
    const zh = source('Tinker 是一个用来微调和训练模型的接口。', '你只要在 Python 脚本里调用服务器。');
    const found = testAloneAnchors(summary.sentences, zh.sentences, buildAloneScorer(prepareAloneUnits(summary, zh, dictionary)));
    expect(found.count).toBe(2);
    // 22 sentences: a passage ties with its two neighbours, so one anchor alone is no better than p 0.07.
    expect(found.p).toBeLessThan(0.05);
    const none = readDocument(FILLER.join('\n'), { source: 'zh.txt', format: 'lines' }).versions[0]!;
    expect(testAloneAnchors(summary.sentences, none.sentences, buildAloneScorer(prepareAloneUnits(summary, none, dictionary)))).toEqual({ count: 0, p: 1 });
  });

  it('gives no evidence when the terms stand in passages their lines do not restate', async () => {
    const dictionary = await loadDictionary();
    const zh = source('Tinker 这个名字来自一只小猫。', '他在 Python 河边钓鱼。');
    const found = testAloneAnchors(summary.sentences, zh.sentences, buildAloneScorer(prepareAloneUnits(summary, zh, dictionary)));
    // The Python line's context (call, server, script) has no translation in the source at all: no evidence either way, no anchor.
    expect(found.count).toBe(1);
    expect(found.p).toBeGreaterThan(0.1);
  });

  it('supports a line by the sentence that restates it, above its own null', async () => {
    const dictionary = await loadDictionary();
    const zh = source('Tinker 是一个用来微调和训练模型的接口。', '你只要在 Python 脚本里调用服务器。');
    const support = scoreAloneSupport(prepareAloneUnits(summary, zh, dictionary));
    expect(support.a[0]!.map((p) => p.b)).toContain(8);
    expect(support.a[1]!.map((p) => p.b)).toContain(17);
    expect(support.thresholdA).toBe(1);
  });
});
