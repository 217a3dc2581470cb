import { describe, expect, it } from 'vitest';
import { compareFacts, readDocument, type CompareItem, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;
const zh = version(['一九一二年的春天很冷。', '1912年，他第一次来到北京，住了3个月。'], 'zh');
const items: CompareItem[] = [{ type: 'match', source: [1], target: [1], score: 1 }];
const render = (en: Version) => compareFacts(zh, en, items).map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`);

describe('changed numbers across languages', () => {
  it('finds a year changed in the English, comparing values, not units', () => {
    const en = version(['The spring was cold.', 'In 1919 he came to Beijing for the first time and stayed 3 months.'], 'en');
    expect(render(en)).toEqual(['different-number: 1912年 → 1919']);
  });

  it('finds nothing when the numbers agree (1912 / 1912年, 3 / 3个)', () => {
    const en = version(['The spring was cold.', 'In 1912 he came to Beijing for the first time and stayed 3 months.'], 'en');
    expect(render(en)).toEqual([]);
  });
});
