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
