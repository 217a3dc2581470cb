import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lang } from '../src/schema.js';
import { segmentSentences, type SentenceOptions } from '../src/segment/sentences.js';

/** The sentences of `text` as strings, which is what a reader checks. */
function split(text: string, options: SentenceOptions = {}): string[] {
  return segmentSentences(text, options).map((s) => text.slice(s.start, s.end));
}

/** Throws unless the spans tile `text` as promised: ordered, trimmed, non-empty, whitespace between. */
function checkTiling(text: string, spans: Array<{ start: number; end: number }>): void {
  let at = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(at);
    expect(end).toBeGreaterThan(start);
    expect(text.slice(at, start).trim()).toBe('');
    const sentence = text.slice(start, end);
    expect(sentence.trim()).toBe(sentence);
    at = end;
  }
  expect(text.slice(at).trim()).toBe('');
}

describe('segmentSentences', () => {
  it('returns trimmed spans into the text', () => {
    expect(segmentSentences('  你好。 Hi there.  ')).toEqual([
      { start: 2, end: 5 },
      { start: 6, end: 15 },
    ]);
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\u3000 ')).toEqual([]);
  });

  describe('Chinese', () => {
    it('splits after 。！？；and ellipses, keeping repeated terminators together', () => {
      expect(split('真的吗？！当然。不过……需要时间⋯⋯还要运气…够了；好')).toEqual([
        '真的吗？！',
        '当然。',
        '不过……',
        '需要时间⋯⋯',
        '还要运气…',
        '够了；',
        '好',
      ]);
    });

    it('keeps closing quotes and brackets with the sentence they close', () => {
      expect(split('他說：「太早了。」當時如此。（這是後話。）她答：“對！”然後走了。')).toEqual([
        '他說：「太早了。」',
        '當時如此。',
        '（這是後話。）',
        '她答：“對！”',
        '然後走了。',
      ]);
    });

    it('starts the next sentence at an opening quote after a terminator', () => {
      expect(split('他走了。「再見！」“明天見。”')).toEqual(['他走了。', '「再見！」', '“明天見。”']);
    });

    it('treats half-width . ! ? ; next to Han as terminators', () => {
      expect(split('根本弱點?需要數十年.低垂果實很多;領域成熟!好')).toEqual([
        '根本弱點?',
        '需要數十年.',
        '低垂果實很多;',
        '領域成熟!',
        '好',
      ]);
    });

    it('decides half-width punctuation after English words by what follows', () => {
      expect(split('能多快做出 ChatGPT?Schulman 的答案是 2018.他說')).toEqual([
        '能多快做出 ChatGPT?Schulman 的答案是 2018.',
        '他說',
      ]);
      // In a Chinese block a glued `?` before a capital ends the sentence.
      expect(split('能多快做出 ChatGPT?Schulman 說', { lang: 'zh-Hant' })).toEqual(['能多快做出 ChatGPT?', 'Schulman 說']);
    });

    it('does not split at colons', () => {
      expect(split('核心主題：OpenAI 崛起。來源: Cursor Podcast')).toEqual(['核心主題：OpenAI 崛起。', '來源: Cursor Podcast']);
    });

    it('keeps decimals in Chinese text', () => {
      expect(split('延长2.5倍。接近GPT-3.5水平。')).toEqual(['延长2.5倍。', '接近GPT-3.5水平。']);
    });

    it('starts a sentence at a run-together list marker, which belongs to it', () => {
      expect(split('合适的前提条件。 - AGI时间线预测:\n研究人员普遍低估了时间。')).toEqual([
        '合适的前提条件。',
        '- AGI时间线预测:\n研究人员普遍低估了时间。',
      ]);
    });

    it('handles English inside Chinese and Chinese inside English', () => {
      expect(split('专注于模型创新而非底层算力。Focus on models rather than底层 computing power. 好的')).toEqual([
        '专注于模型创新而非底层算力。',
        'Focus on models rather than底层 computing power.',
        '好的',
      ]);
    });
  });

  describe('English', () => {
    it('splits at . ! ? before a capital, not before a lowercase word', () => {
      expect(split('It works. Does it? and more! Yes. Fine')).toEqual(['It works.', 'Does it? and more!', 'Yes.', 'Fine']);
    });

    it('does not split after abbreviations', () => {
      expect(split('Dr. Smith met Mr. Jones. Power vs. Methods, e.g. this, i.e. that. In the U.S. Army. See Fig. 3 now.')).toEqual([
        'Dr. Smith met Mr. Jones.',
        'Power vs. Methods, e.g. this, i.e. that.',
        'In the U.S. Army.',
        'See Fig. 3 now.',
      ]);
    });

    it('splits after etc. before a capital but not mid-sentence', () => {
      expect(split('Books, papers, etc. and more. Books, etc. Then more.')).toEqual([
        'Books, papers, etc. and more.',
        'Books, etc.',
        'Then more.',
      ]);
    });

    it('does not split decimals, versions or initials', () => {
      expect(split('It costs 3.5 dollars in v1.2.3. J. R. R. Tolkien wrote it.')).toEqual([
        'It costs 3.5 dollars in v1.2.3.',
        'J. R. R. Tolkien wrote it.',
      ]);
    });

    it('does not split after list markers at the start of a line or sentence', () => {
      expect(split('1. AI Development\n2. Tinker Product. It is new.\na. First item')).toEqual([
        '1. AI Development',
        '2. Tinker Product.',
        'It is new.',
        'a. First item',
      ]);
    });

    it('starts a sentence at a line that opens with a list marker', () => {
      expect(split('Future Plans:\n- Support training\n* Expand it\na) Lower it\n(1) Raise it\n一、上升')).toEqual([
        'Future Plans:',
        '- Support training',
        '* Expand it',
        'a) Lower it',
        '(1) Raise it',
        '一、上升',
      ]);
    });

    it('keeps soft line breaks inside a sentence', () => {
      expect(split('Sam believes that AI progress\nis not solely dependent on compute.')).toEqual([
        'Sam believes that AI progress\nis not solely dependent on compute.',
      ]);
    });

    it('treats an ellipsis as an end only before a capital', () => {
      expect(split('I waited... and waited… Then nothing... The end')).toEqual(['I waited... and waited…', 'Then nothing...', 'The end']);
    });

    it('keeps closing quotes after the period with the sentence', () => {
      expect(split('He said, "It is correct." Then he paused. "Too early?" she asked. \'Fine.\' Done.')).toEqual([
        'He said, "It is correct."',
        'Then he paused.',
        '"Too early?" she asked.',
        "'Fine.'",
        'Done.',
      ]);
    });

    it('does not split inside URLs and e-mail addresses', () => {
      expect(split('Watch https://www.youtube.com/watch?v=29BYxvvF1iM now. Mail john.doe@example.com. Ok')).toEqual([
        'Watch https://www.youtube.com/watch?v=29BYxvvF1iM now.',
        'Mail john.doe@example.com.',
        'Ok',
      ]);
    });

    it('does not split at semicolons', () => {
      expect(split('Researchers underestimate it; predictions should be extended.')).toHaveLength(1);
    });
  });

  describe('long input', () => {
    it('keeps a 5 MB block without punctuation as one sentence by default', () => {
      const text = '没有标点的文字 no punctuation '.repeat(200_000);
      expect(segmentSentences(text)).toEqual([{ start: 0, end: text.trimEnd().length }]);
    });

    it('cuts at the last whitespace before maxLength, else at the limit', () => {
      expect(split('aaa bbb ccc ddd', { maxLength: 8 })).toEqual(['aaa bbb', 'ccc ddd']);
      expect(split('一二三四五六七', { maxLength: 3 })).toEqual(['一二三', '四五六', '七']);
      // A surrogate pair (𠀀, U+20000) is never cut in half.
      expect(split('一二𠀀三', { maxLength: 3 })).toEqual(['一二', '𠀀三']);
      expect(() => segmentSentences('x', { maxLength: 1 })).toThrow(/maxLength/);
    });
  });

  describe('fixtures', () => {
    const dir = new URL('./fixtures/segment/', import.meta.url);
    const names = readdirSync(dir).filter((name) => /\.(zh-Hans|zh-Hant|en|other)\.txt$/.test(name));

    it('has fixtures for both scripts and English', () => {
      expect(names.some((name) => name.includes('.zh-Hant.'))).toBe(true);
      expect(names.some((name) => name.includes('.zh-Hans.'))).toBe(true);
      expect(names.some((name) => name.includes('.en.'))).toBe(true);
    });

    for (const name of names) {
      it(name, () => {
        const lang = Lang.parse(/\.([^.]+)\.txt$/.exec(name)![1]);
        const text = readFileSync(new URL(name, dir), 'utf8');
        const actual = split(text, { lang });
        const expectedUrl = new URL(name.replace(/\.txt$/, '.json'), dir);
        if (process.env.UPDATE === '1') writeFileSync(expectedUrl, JSON.stringify(actual, null, 2) + '\n');
        expect(actual).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')));
      });
    }
  });

  describe('properties', () => {
    // Traditional → Simplified, one character for one, so offsets stay comparable.
    const pairs: Array<[string, string]> = [
      ['們', '们'], ['說', '说'], ['這', '这'], ['個', '个'], ['來', '来'], ['時', '时'], ['學', '学'],
      ['會', '会'], ['為', '为'], ['對', '对'], ['開', '开'], ['發', '发'], ['國', '国'], ['實', '实'],
    ];
    const toS = new Map(pairs);
    const pieces = [
      ...pairs.flat(), '人', '好', 'a', 'Z', 'J', 'e', 'g', 'v', '1', '3', ' ', ' ', '\n', '\t', '\u3000',
      '.', '!', '?', ';', ':', '。', '！', '？', '；', '…', '⋯', '「', '」', '“', '”', '"', "'", '(', ')', '（', '）',
      '，', ',', '-', '- ', '\n- ', '1. ', 'e.g. ', 'Dr. ', 'vs. ', 'http://x.cn/a?b=1', '3.5', '𠀀',
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    const langs = fc.constantFrom<Lang | undefined>('zh-Hans', 'zh-Hant', 'en', 'other', undefined);

    it('spans are ordered, non-empty, trimmed, with only whitespace between them', () => {
      fc.assert(
        fc.property(texts, langs, (text, lang) => {
          checkTiling(text, segmentSentences(text, lang ? { lang } : {}));
        }),
        { numRuns: 2000 },
      );
    });

    it('respects maxLength and still tiles the text', () => {
      fc.assert(
        fc.property(texts, fc.integer({ min: 2, max: 12 }), (text, maxLength) => {
          const spans = segmentSentences(text, { maxLength });
          checkTiling(text, spans);
          for (const { start, end } of spans) expect(end - start).toBeLessThanOrEqual(maxLength);
        }),
        { numRuns: 1000 },
      );
    });

    it('splits Traditional text exactly as its Simplified conversion', () => {
      fc.assert(
        fc.property(texts, (text) => {
          const simplified = [...text].map((ch) => toS.get(ch) ?? ch).join('');
          expect(segmentSentences(text, { lang: 'zh-Hant' })).toEqual(segmentSentences(simplified, { lang: 'zh-Hans' }));
        }),
        { numRuns: 2000 },
      );
    });
  });
});
