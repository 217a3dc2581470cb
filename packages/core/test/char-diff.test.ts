import { describe, expect, it } from 'vitest';
import { diffScripts, renderDiff } from '../src/index.js';

const diff = (a: string, b: string) => renderDiff(diffScripts({ text: a }, { text: b }));

describe('diffScripts', () => {
  it('does not count script, OpenCC regional wording or punctuation width as differences', () => {
    expect(diff('這個軟體的程式碼，他們看過。', '这个软件的代码,他们看过。')).toBe('這個軟體的程式碼，他們看過。');
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
