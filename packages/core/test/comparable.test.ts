import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toComparable } from '../src/normalize/comparable.js';
import { mapSpan } from '../src/normalize/offset-map.js';
import { toSimplified } from '../src/normalize/script.js';
import { normalizeWidth } from '../src/normalize/width.js';

const CORPUS = join(import.meta.dirname, '../../../corpus/schulman-2025');

describe('toComparable', () => {
  it('normalizes widths and converts to Simplified, Taiwan phrases by default', () => {
    expect(toComparable('深度訪談:從 ChatGPT 的早產可能,到 RL 研究的未來').text).toBe('深度访谈：从 ChatGPT 的早产可能，到 RL 研究的未来');
    expect(toComparable('軟體,程式碼(１２３)').text).toBe('软件，代码（123）');
    expect(toComparable('軟體,程式碼', { from: 'tw' }).text).toBe('软体，程式码');
  });

  it('normalizes width first, so phrases spelled with full-width letters still convert', () => {
    expect(toComparable('Ａ型肝炎').text).toBe('甲型肝炎');
    expect(toSimplified('Ａ型肝炎').text).not.toBe('甲型肝炎');
  });

  it('maps every span of the result back to the original characters', () => {
    const input = '寫程式碼,用Ａ型肝炎的資料';
    const { text, map } = toComparable(input);
    expect(text).toBe('写代码，用甲型肝炎的数据');
    const span = (s: string): string => {
      const at = text.indexOf(s);
      const { start, end } = mapSpan(map, at, at + s.length);
      return input.slice(start, end);
    };
    expect(span('代码')).toBe('程式碼');
    expect(span('码')).toBe('程式碼');
    expect(span('，')).toBe(',');
    expect(span('甲型肝炎')).toBe('Ａ型肝炎');
    expect(span('数据')).toBe('資料');
  });

  it('is toSimplified after normalizeWidth, with a map that tiles both texts', () => {
    const fragment = fc.constantFrom('程式碼', '軟體', 'Ａ型肝炎', 'A', 'Ｂ', '１', ',', '(', ')', '?', ' ', '\n', '體', '𠀀', '\u{2F800}', '😀');
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }), fc.constantFrom('twp', 'tw', 'hk', 't') as fc.Arbitrary<'twp'>, (parts, from) => {
        const s = parts.join('');
        const { text, map } = toComparable(s, { from });
        expect(text).toBe(toSimplified(normalizeWidth(s).text, { from }).text);
        let pos = 0;
        let src = 0;
        for (const [start, end, srcStart, srcEnd] of map) {
          expect([start, srcStart]).toEqual([pos, src]);
          pos = end;
          src = srcEnd;
        }
        expect([pos, src]).toEqual([text.length, s.length]);
      }),
    );
  });

  it('brings the Traditional article closer to Simplified punctuation', () => {
    const article = readFileSync(join(CORPUS, 'summary-article.zh-Hant.txt'), 'utf8');
    const { text } = toComparable(article);
    expect(text).toContain('OpenAI 共同创办人 John Schulman 深度访谈：从 ChatGPT 的早产可能，到 RL 研究的未来');
    expect(text.match(/\p{Script=Han},/gu)).toBeNull();
  });
});
