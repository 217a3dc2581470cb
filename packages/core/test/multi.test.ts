import { describe, expect, it } from 'vitest';
import { alignMany } from '../src/index.js';

const side = (lang: 'zh-Hans' | 'zh-Hant', texts: string[], id: string) => ({ lang, id, sentences: texts.map((text) => ({ text })) });

describe('alignMany', () => {
  const a = side('zh-Hans', ['强化学习的价值函数重新回到中心。', '自动驾驶比预期晚了很多年。', '工程能力的重要性显著上升。', '研究品味的重要性相对下降。'], 'a');
  const b = side('zh-Hant', ['強化學習的價值函數重新回到中心。', '自動駕駛比預期晚了很多年。', '工程能力的重要性顯著上升。'], 'b');
  const c = side('zh-Hans', ['强化学习的价值函数重新回到中心。', '自动驾驶比预期晚了很多年。', '研究品味的重要性相对下降。'], 'c');
  it('puts three versions in one table through the longest', () => {
    const m = alignMany([b, a, c]);
    expect(m.pivot).toBe(1);
    const rows = m.rows.map((r) => r.cells.map((cell) => cell.join(',')).join('|'));
    expect(rows).toEqual(['0|0|0', '1|1|1', '2|2|', '|3|2']);
    expect(m.rows.every((r) => r.conflicts.length === 0)).toBe(true);
  });
});
