import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWidth } from '../src/normalize/width.js';

const CORPUS = join(import.meta.dirname, '../../../corpus/schulman-2025');

describe('normalizeWidth', () => {
  it('turns full-width Latin letters and digits into ASCII', () => {
    expect(normalizeWidth('ＧＰＴ－４在２０２５年').text).toBe('GPT－4在2025年');
    expect(normalizeWidth('ａｂｃＸＹＺ０９').text).toBe('abcXYZ09');
  });

  it('turns half-width punctuation next to Han characters into full-width', () => {
    expect(normalizeWidth('深度訪談:從 ChatGPT 的早產可能,到 RL 研究的未來').text).toBe(
      '深度訪談：從 ChatGPT 的早產可能，到 RL 研究的未來',
    );
    expect(normalizeWidth('真的嗎?!好;走吧').text).toBe('真的嗎？！好；走吧');
    expect(normalizeWidth('「好」,他說').text).toBe('「好」，他說');
  });

  it('converts parentheses as a pair when either side is in Chinese context', () => {
    expect(normalizeWidth('他發明了 PPO(Proximal Policy Optimization)演算法').text).toBe(
      '他發明了 PPO（Proximal Policy Optimization）演算法',
    );
    expect(normalizeWidth('約翰·舒爾曼 (John Schulman)\n').text).toBe('約翰·舒爾曼 （John Schulman）\n');
  });

  it('converts punctuation ending a mostly-Han line after a Latin word', () => {
    expect(normalizeWidth('能多快做出 ChatGPT?\nWhy GPT?').text).toBe('能多快做出 ChatGPT？\nWhy GPT?');
  });

  it('keeps punctuation in English context, numbers and URLs', () => {
    const english = 'Methods (e.g., fine-tuning) matter: see f(x); really? yes!';
    expect(normalizeWidth(english).text).toBe(english);
    expect(normalizeWidth('2025年12月24日 14:03').text).toBe('2025年12月24日 14:03');
    expect(normalizeWidth('見 https://example.com/a?b=1,2 的說明').text).toBe('見 https://example.com/a?b=1,2 的說明');
  });

  it('changes no punctuation in the English summary paragraphs of the corpus', () => {
    const text = readFileSync(join(CORPUS, 'summary.en+translation.zh-Hans.txt'), 'utf8');
    const out = normalizeWidth(text).text;
    const changedInEnglish = [...text].flatMap((c, i) =>
      c !== out[i] && !/\p{Script=Han}/u.test(text.slice(Math.max(0, i - 3), i + 4)) ? [text.slice(i - 10, i + 10)] : [],
    );
    expect(changedInEnglish).toEqual([]);
    expect(out).toContain('需将预测时间延长2-3倍（如自动驾驶的案例）。');
  });

  it('keeps length and an identity map, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('文', 'a', 'Ａ', '１', ',', '(', ')', '?', ' ', '\n', '。', '𠀀', '😀') }), (s) => {
        const { text, map } = normalizeWidth(s);
        expect(text.length).toBe(s.length);
        expect(map).toEqual(s.length === 0 ? [] : [[0, s.length, 0, s.length]]);
        expect(normalizeWidth(text).text).toBe(text);
      }),
    );
  });
});
