import { describe, expect, it } from 'vitest';
import { diffScripts, renderDiff } from '../src/index.js';

const diff = (a: string, b: string) => renderDiff(diffScripts({ text: a }, { text: b }));

describe('diffScripts', () => {
  it('does not count script, OpenCC regional wording or punctuation width as differences', () => {
    expect(diff('這個軟體的程式碼，他們看過。', '这个软件的代码,他们看过。')).toBe('這個軟體的程式碼，他們看過。');
  });
  it('does not count a Taiwan computing phrase OpenCC forces onto ordinary words as a difference', () => {
    // OpenCC's Taiwan phrases turn 音訊 into 音频 ("audio") and 陣列 into 数组 ("array") wherever they stand.
    expect(diff('講她後來杳無音訊；沿著長長的天線陣列漫步。', '讲她后来杳无音讯；沿着长长的天线阵列漫步。')).toBe('講她後來杳無音訊；沿著長長的天線陣列漫步。');
    expect(diff('他們沿著天線陣列走了三圈。', '他们沿着天线阵列走了两圈。')).toBe('他們沿著天線陣列走了<del>三</del><ins>两</ins>圈。');
  });
  it('reports real changes in each side’s original characters', () => {
    expect(diff('他們明年發布新模型', '他们今年发布新模型')).toBe('他們<del>明</del><ins>今</ins>年發布新模型');
  });
  it('maps parts to original offsets', () => {
    const parts = diffScripts({ text: '需乘以3倍', start: 100 }, { text: '需乘以2到3倍', start: 200 });
    const ins = parts.find((p) => p.type === 'insert')!;
    expect(ins).toMatchObject({ text: '2到', start: 203, end: 205 });
  });
});
