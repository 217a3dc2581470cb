import { describe, expect, it } from 'vitest';
import { findIncreasingRun, scoreSupport } from '../src/index.js';

const side = (lang: 'zh-Hans' | 'zh-Hant', texts: string[]) => ({ lang, sentences: texts.map((text) => ({ text })) });

describe('scoreSupport', () => {
  const source = side('zh-Hans', ['强化学习的价值函数重新回到中心。', '自动驾驶比预期晚了很多年。', '咖啡馆里思考问题效率很高。', '开源代码库让实验更加严谨。', '多智能体博弈训练可能成为核心方法。', '工程能力的重要性显著上升。', '模型微调的门槛正在降低。', '研究品味的重要性相对下降。']);
  it('finds support in any order, across scripts', () => {
    const target = side('zh-Hant', ['工程能力的重要性顯著上升。', '強化學習的價值函數重新回到中心。']);
    const s = scoreSupport(target, source);
    expect(s.a[0]![0]!.b).toBe(5);
    expect(s.a[1]![0]!.b).toBe(0);
  });
  it('leaves a sentence with no source unsupported', () => {
    const target = side('zh-Hans', ['工程能力的重要性显著上升。', '今天天气晴朗适合散步爬山。']);
    expect(scoreSupport(target, source).a[1]).toEqual([]);
  });
});

describe('findIncreasingRun', () => {
  it('keeps the longest in-order run; the rest moved', () => {
    expect(findIncreasingRun([0, 1, 7, 2, 3, 4])).toEqual([0, 1, 3, 4, 5]);
    expect(findIncreasingRun([])).toEqual([]);
  });
});

describe('learnWordPairs', () => {
  it('learns a name the dictionary lacks from the aligned beads, and the coverage scorer then counts it', async () => {
    const { learnWordPairs } = await import('../src/align/learned-pairs.js');
    const { buildCoverageScorer } = await import('../src/align/coverage.js');
    const { loadDictionary } = await import('../src/align/dictionary.js');
    const dictionary = await loadDictionary();
    const pairs: [string, string][] = [
      ['韦小宝走进屋子。', 'Trinket walked into the room.'],
      ['韦小宝笑了。', 'Trinket laughed.'],
      ['韦小宝吃饭。', 'Trinket ate his dinner.'],
      ['韦小宝睡觉了。', 'Trinket went to sleep.'],
      ['韦小宝看书。', 'Trinket read a book.'],
      ['韦小宝哭了。', 'Trinket cried.'],
      ['韦小宝跑了。', 'Trinket ran.'],
      ['韦小宝喝茶。', 'Trinket drank tea.'],
      ['韦小宝写字。', 'Trinket wrote.'],
      ['韦小宝坐下。', 'Trinket sat down.'],
      ['韦小宝站起来。', 'Trinket stood up.'],
      ['他很高兴。', 'He was very happy.'],
    ];
    const zh = { lang: 'zh-Hans' as const, sentences: pairs.map(([text]) => ({ text })) };
    const en = { lang: 'en' as const, sentences: pairs.map(([, text]) => ({ text })) };
    const beads = pairs.map((_, k) => ({ a: [k], b: [k] }));
    const learned = learnWordPairs(zh, en, beads, dictionary);
    expect([...learned.values()].flat()).toContain('trinket');
    // English-first orientation gives the same table.
    expect(learnWordPairs(en, zh, beads.map((b) => ({ a: b.b, b: b.a })), dictionary)).toEqual(learned);
    // The name is in every sentence here, so keep frequent units (by default they carry no weight).
    const plain = buildCoverageScorer(zh, en, { dictionary, maxDocumentFrequency: 1 });
    const sharper = buildCoverageScorer(zh, en, { dictionary, learned, maxDocumentFrequency: 1 });
    expect(sharper.coverB(0, [0])).toBeGreaterThan(plain.coverB(0, [0]));
  });
});
