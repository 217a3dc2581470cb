import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHanWithIntl, splitTextWithIntl } from '../src/segment/engines/intl.js';
import { DEFAULT_WORD_ENGINE, segmentWords, type WordEngine } from '../src/segment/words.js';

const ENGINES: WordEngine[] = ['intl', 'segmentit'];

/** Tokens as `text/kind` (and `=norm` where it differs), the way a reader checks them. */
function show(text: string, engine: WordEngine = DEFAULT_WORD_ENGINE): string {
  return segmentWords(text, { engine })
    .map((t) => `${t.text}/${t.kind}${t.norm === t.text ? '' : `=${t.norm}`}`)
    .join(' ');
}

/** Words of `text` joined by spaces. */
function words(text: string, engine: WordEngine): string {
  return segmentWords(text, { engine })
    .map((t) => t.text)
    .join(' ');
}

describe('segmentWords', () => {
  it('returns tokens with offsets into the text, without whitespace', () => {
    expect(segmentWords('AI 研究。')).toEqual([
      { text: 'AI', norm: 'ai', start: 0, end: 2, kind: 'latin' },
      { text: '研究', norm: '研究', start: 3, end: 5, kind: 'han' },
      { text: '。', norm: '。', start: 5, end: 6, kind: 'punct' },
    ]);
    expect(segmentWords('')).toEqual([]);
    expect(segmentWords(' \n\u3000')).toEqual([]);
  });

  it('defaults to the Intl engine', () => {
    expect(DEFAULT_WORD_ENGINE).toBe('intl');
    expect(segmentWords('研究人员普遍低估了时间')).toEqual(segmentWords('研究人员普遍低估了时间', { engine: 'intl' }));
  });

  it('splits Latin words, numbers and punctuation by script, whatever the engine', () => {
    for (const engine of ENGINES) {
      expect(show('GPT-3.5在2018年, e.g. Tinker’s v1.2 ＡＩ １,０００ rather than底层……', engine)).toBe(
        'GPT/latin=gpt -/punct 3.5/number 在/han 2018/number 年/han ,/punct e.g/latin ./punct ' +
          "Tinker’s/latin=tinker's v1.2/latin ＡＩ/latin=ai １,０００/number=1000 rather/latin than/latin 底层/han ……/punct",
      );
    }
  });

  it('segments Chinese with either engine', () => {
    expect(words('研究人员普遍低估了实现的时间', 'intl')).toBe('研究 人员 普遍 低估 了 实现 的 时间');
    expect(words('研究人员普遍低估了实现的时间', 'segmentit')).toBe('研究人员 普遍 低估 了 实现 的 时间');
  });

  it('segments Traditional text with segmentit through a Simplified conversion, keeping the original characters', () => {
    const text = '他發明了演算法，訓練資料集很重要';
    const tokens = segmentWords(text, { engine: 'segmentit' });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    // The same words as for the Simplified text, character for character.
    const simplified = '他发明了演算法，训练资料集很重要';
    expect(tokens.map((t) => [t.start, t.end])).toEqual(segmentWords(simplified, { engine: 'segmentit' }).map((t) => [t.start, t.end]));
  });

  it('rejects an unknown engine', () => {
    expect(() => segmentWords('字', { engine: 'jieba' as WordEngine })).toThrow(/unknown engine "jieba"/);
  });

  it('covers every non-whitespace character exactly once, with exact offsets', () => {
    const pieces = ['研究', '人员', '們', '發明', '算力', '。', '，', '“', 'AI', 'e.g.', '3.5', '1,000', ' ', '\n', '—', '…', '𠀀', 'é', 'Ω', '😀', 'ア'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    for (const engine of ENGINES) {
      fc.assert(
        fc.property(texts, (text) => {
          const tokens = segmentWords(text, { engine });
          let at = 0;
          for (const t of tokens) {
            expect(t.start).toBeGreaterThanOrEqual(at);
            expect(t.end).toBeGreaterThan(t.start);
            expect(text.slice(at, t.start).trim()).toBe('');
            expect(text.slice(t.start, t.end)).toBe(t.text);
            at = t.end;
          }
          expect(text.slice(at).trim()).toBe('');
        }),
        { numRuns: 300 },
      );
    }
  });

  describe('quality on the gold standard', () => {
    // Hand-segmented in PKU style; see the comment lines of the file and bench/words.ts.
    const lines = readFileSync(new URL('./fixtures/segment/words-gold.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));

    /** F1 of the boundaries between two Han characters, SIGHAN-style counting over all sentences. */
    function hanBoundaryF1(engine: WordEngine): number {
      let correct = 0, predicted = 0, gold = 0;
      for (const line of lines) {
        let text = '';
        const goldEnds = new Set<number>();
        for (const word of line.split(' ')) {
          if (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(word)) text += ' ';
          text += word;
          goldEnds.add(text.length);
        }
        const inHan = (i: number): boolean => /\p{Script=Han}/u.test(text[i - 1] ?? '') && /\p{Script=Han}/u.test(text[i] ?? '');
        const ends = segmentWords(text, { engine }).map((t) => t.end).filter(inHan);
        gold += [...goldEnds].filter(inHan).length;
        predicted += ends.length;
        correct += ends.filter((e) => goldEnds.has(e)).length;
      }
      const p = correct / predicted;
      const r = correct / gold;
      return (2 * p * r) / (p + r);
    }

    it('intl divides a sentence in one pass exactly as it divides each Han run alone', () => {
      const joined = lines.map((line) => line.replace(/ /g, ''));
      for (const text of [...joined, 'AI 研究人员说：“2018年，GPT-3.5 还没有出现。”他笑了。']) {
        expect(splitTextWithIntl(text)).toBeDefined();
        const perRun = [...text.matchAll(/\p{Script=Han}+/gu)].flatMap((m) => splitHanWithIntl(m[0]).map((end) => m.index + end));
        const hanEnds = segmentWords(text, { engine: 'intl' }).filter((t) => t.kind === 'han').map((t) => t.end);
        expect(hanEnds).toEqual(perRun);
      }
      // With kana, ICU would segment kana and Han together: runs go one by one.
      expect(splitTextWithIntl('東京タワーに行った')).toBeUndefined();
    });

    it('has 40 or more gold sentences in both scripts', () => {
      expect(lines.length).toBeGreaterThanOrEqual(40);
      expect(lines.some((line) => line.includes('們'))).toBe(true);
      expect(lines.some((line) => line.includes('们'))).toBe(true);
    });

    // Measured: intl 93.3, segmentit 92.9 (pnpm bench words). A drop below the floor is a regression.
    it.each(ENGINES)('%s reaches a Han-boundary F1 of at least 0.91', (engine) => {
      expect(hanBoundaryF1(engine)).toBeGreaterThanOrEqual(0.91);
    });
  });
});
