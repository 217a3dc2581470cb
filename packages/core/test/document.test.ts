import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument, tileNonText } from '../src/document.js';
import { Doc } from '../src/schema.js';

const corpusDir = new URL('../../../corpus/schulman-2025/', import.meta.url);
const corpus = (file: string) => readFileSync(new URL(file, corpusDir), 'utf8');
const fixtureDir = new URL('./fixtures/ingest/', import.meta.url);

/**
 * The invariants of a document: sentences and non-text parts tile the file in
 * order; each sentence's span starts at its first text character and ends at
 * its last; every 1:1 map piece points at identical characters; no visible
 * text of a block is outside its sentences.
 */
function expectLossless(original: string, doc: Doc): void {
  expect(Doc.parse(doc)).toEqual(doc);
  const sentences = doc.versions.flatMap((v) => v.sentences);
  const parts = [...sentences.map((s) => ({ start: s.start, end: s.end })), ...doc.nonText].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  let rebuilt = '';
  for (const part of parts) {
    expect(part.start).toBe(pos);
    expect(part.end).toBeGreaterThanOrEqual(part.start);
    rebuilt += original.slice(part.start, part.end);
    pos = part.end;
  }
  expect(pos).toBe(original.length);
  expect(rebuilt).toBe(original);
  for (const n of doc.nonText) {
    expect(n.end).toBeGreaterThan(n.start);
    if (n.type === 'whitespace') expect(original.slice(n.start, n.end).trim()).toBe('');
  }

  for (const version of doc.versions) {
    let previous = -1;
    for (const s of version.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(previous);
      previous = s.end;
      const map = s.map ?? [];
      let at = 0;
      for (const [start, end, srcStart, srcEnd] of map) {
        expect(start).toBe(at);
        at = end;
        expect(srcStart).toBeGreaterThanOrEqual(s.start);
        expect(srcEnd).toBeLessThanOrEqual(s.end);
        if (end - start === srcEnd - srcStart) expect(original.slice(srcStart, srcEnd)).toBe(s.text.slice(start, end));
      }
      expect(at).toBe(s.text.length);
      if (s.text.length === 0) continue;
      expect(s.start).toBe(map[0]![2]);
      expect(s.end).toBe(map[map.length - 1]![3]);
      const first = map[0]!;
      const last = map[map.length - 1]!;
      if (first[1] - first[0] === first[3] - first[2]) expect(original[s.start]).toBe(s.text[0]);
      if (last[1] - last[0] === last[3] - last[2]) expect(original[s.end - 1]).toBe(s.text[s.text.length - 1]);
    }
    const blockText = version.blocks.map((b) => b.text).join('').replace(/\s+/g, '');
    const sentenceText = version.sentences.map((s) => s.text).join('').replace(/\s+/g, '');
    expect(sentenceText).toBe(blockText);
  }
}

describe('readDocument', () => {
  it('returns a Doc: format, versions with blocks and sentences, non-text parts', () => {
    const src = '# 标题\n\n第一句。第二句！\n';
    const doc = readDocument(src, { source: 'corpus/x/a.md' });
    expect(doc).toEqual({
      source: 'corpus/x/a.md',
      format: 'markdown',
      length: src.length,
      versions: [
        {
          id: 'a.md',
          source: 'corpus/x/a.md',
          lang: 'zh-Hans',
          language: 'zh',
          script: 'Hans',
          start: 0,
          end: 14,
          blocks: [
            { type: 'heading', depth: 1, text: '标题', start: 0, end: 4, map: [[0, 2, 2, 4]], lang: 'zh-Hans' },
            { type: 'paragraph', text: '第一句。第二句！', start: 6, end: 14, map: [[0, 8, 6, 14]], lang: 'zh-Hans' },
          ],
          sentences: [
            { index: 0, text: '标题', start: 2, end: 4, block: 0, lang: 'zh-Hans', map: [[0, 2, 2, 4]] },
            { index: 1, text: '第一句。', start: 6, end: 10, block: 1, lang: 'zh-Hans', map: [[0, 4, 6, 10]] },
            { index: 2, text: '第二句！', start: 10, end: 14, block: 1, lang: 'zh-Hans', map: [[0, 4, 10, 14]] },
          ],
        },
      ],
      nonText: [
        { type: 'markup', start: 0, end: 1 },
        { type: 'whitespace', start: 1, end: 2 },
        { type: 'whitespace', start: 4, end: 6 },
        { type: 'whitespace', start: 14, end: 15 },
      ],
    });
  });

  it('throws on empty or whitespace-only input, saying there is no text', () => {
    for (const src of ['', '   \n\t\r\n', '\uFEFF', '\uFEFF\n\n']) {
      expect(() => readDocument(src, { source: 'x.txt' })).toThrow(/no text/);
    }
    expect(() => readDocument('---\ntitle: x\n---\n![img](a.png)\n', { source: 'x.md' })).toThrow(/no text: only markup, images, links or code$/);
  });

  it('says a file of punctuation or zero-width spaces only has no letters, not that it is markup', () => {
    for (const src of ['。'.repeat(1000), ']', '\u200B'.repeat(20), '……！？\n——'])
      expect(() => readDocument(src, { source: 'x.txt' })).toThrow(/^the document has no text: no letters or characters to align \(only punctuation, symbols or invisible characters\)$/);
  });

  it('accounts for a BOM and CRLF line endings', () => {
    const src = '\uFEFF# 標題\r\n\r\n第一句。\r\n第二行**粗體**。\r\n';
    const doc = readDocument(src, { source: 'crlf.md' });
    expect(doc.nonText[0]).toEqual({ type: 'bom', start: 0, end: 1 });
    expect(doc.versions[0]!.sentences.map((s) => [s.text, src.slice(s.start, s.end)])).toEqual([
      ['標題', '標題'],
      ['第一句。', '第一句。'],
      ['第二行粗體。', '第二行**粗體**。'],
    ]);
    expectLossless(src, doc);
    for (const format of ['plain', 'lines'] as const) expectLossless(src, readDocument(src, { source: 'crlf.txt', format }));
  });

  it('keeps inline markup inside the sentence it interrupts', () => {
    const src = '这是 [链接](https://x.org) 和 **重点** 的一句话。';
    const doc = readDocument(src, { source: 'a.md' });
    const [sentence] = doc.versions[0]!.sentences;
    expect(sentence!.text).toBe('这是 链接 和 重点 的一句话。');
    expect(src.slice(sentence!.start, sentence!.end)).toBe(src);
    expect(doc.nonText).toEqual([]);
  });
});

describe('readDocument on the seed corpus', () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s is lossless', (file) => {
    const src = corpus(file);
    expectLossless(src, readDocument(src, { source: file }));
  });

  it('splits 003 into an English and a Simplified Chinese version, with Translation as separator', () => {
    const file = 'summary.en+translation.zh-Hans.txt';
    const src = corpus(file);
    const doc = readDocument(src, { source: `corpus/schulman-2025/${file}` });
    expect(doc.format).toBe('plain');
    expect(doc.versions.map((v) => [v.id, v.lang, v.language, v.script])).toEqual([
      [`${file}#0`, 'en', 'en', 'Latn'],
      [`${file}#1`, 'zh-Hans', 'zh', 'Hans'],
    ]);
    const [en, zh] = doc.versions;
    expect(en!.sentences[0]!.text).toBe('John Schulman on scaling RL and research institutions');
    expect(en!.sentences.at(-1)!.text).toMatch(/^His insights provide/);
    expect(zh!.sentences[0]!.text).toMatch(/^以下是关于Sam Altman/);
    const separator = doc.nonText.filter((n) => n.type === 'separator');
    expect(separator.map((n) => src.slice(n.start, n.end))).toEqual(['Translation']);
    // The code-mixed line stays English and in the English version.
    expect(en!.sentences.some((s) => s.text.includes('rather than底层 computing power') && s.lang === 'en')).toBe(true);
    // The trailing reference URL is not a sentence.
    expect(doc.versions.flatMap((v) => v.sentences).some((s) => s.text.includes('youtube.com'))).toBe(false);
  });

  it('reads 000 as one Simplified Markdown version, without front matter or data-URL images in sentences', () => {
    const src = corpus('transcript.zh-Hans.txt');
    const doc = readDocument(src, { source: 'transcript.zh-Hans.txt' });
    expect(doc.format).toBe('markdown');
    expect(doc.versions.map((v) => v.lang)).toEqual(['zh-Hans']);
    const sentences = doc.versions[0]!.sentences;
    const frontmatter = doc.nonText.filter((n) => n.type === 'frontmatter');
    expect(frontmatter).toEqual([{ type: 'frontmatter', start: 0, end: src.indexOf('\n---\n') + 4 }]);
    for (const s of sentences) {
      expect(s.start).toBeGreaterThanOrEqual(frontmatter[0]!.end);
      expect(s.text).not.toMatch(/svg|data:|mmbiz|!\[Image\]/);
    }
    const images = doc.nonText.filter((n) => n.type === 'image');
    expect(images.length).toBe(16);
    expect(images.some((n) => src.slice(n.start, n.end).includes('%3Csvg'))).toBe(false);
    expect(images.some((n) => src.slice(n.start, n.end).includes('www.w3.org/2000/svg'))).toBe(true);
    // `** 极速通关 **`: markers removed, words kept.
    expect(sentences.some((s) => s.text.includes('目标是 极速通关 做出 ChatGPT'))).toBe(true);
    // Headings used as speaker labels are sentences of their own.
    expect(sentences.filter((s) => s.text === '主持人：').length).toBeGreaterThan(5);
  });

  it('reads 001 as Traditional Markdown and 002 as Traditional plain text', () => {
    const outline = readDocument(corpus('summary-outline.zh-Hant.txt'), { source: 'summary-outline.zh-Hant.txt' });
    expect([outline.format, outline.versions.map((v) => v.lang)]).toEqual(['markdown', ['zh-Hant']]);
    const nested = outline.versions[0]!.blocks.filter((b) => b.type === 'listItem' && b.depth === 2);
    expect(nested.length).toBeGreaterThan(10);
    expect(outline.versions[0]!.blocks.some((b) => b.text === 'PPO 算法之父' && b.lang === 'zh-Hant')).toBe(true);
    expect(outline.nonText.filter((n) => n.type === 'break')).toHaveLength(2);
    const article = readDocument(corpus('summary-article.zh-Hant.txt'), { source: 'summary-article.zh-Hant.txt' });
    expect([article.format, article.versions.map((v) => v.lang)]).toEqual(['plain', ['zh-Hant']]);
  });

  it('reads 004 as one Simplified plain version', () => {
    const doc = readDocument(corpus('unrelated-essay.zh-Hans.txt'), { source: 'unrelated-essay.zh-Hans.txt' });
    expect([doc.format, doc.versions.map((v) => [v.id, v.lang])]).toEqual(['plain', [['unrelated-essay.zh-Hans.txt', 'zh-Hans']]]);
  });
});

describe('tileNonText', () => {
  it('types gaps by regions, then by whitespace or markup', () => {
    const src = '**a** ![i](u) b';
    expect(
      tileNonText(
        src,
        [
          { start: 2, end: 3 },
          { start: 14, end: 15 },
        ],
        [{ type: 'image', start: 6, end: 13 }],
      ),
    ).toEqual([
      { type: 'markup', start: 0, end: 2 },
      { type: 'markup', start: 3, end: 5 },
      { type: 'whitespace', start: 5, end: 6 },
      { type: 'image', start: 6, end: 13 },
      { type: 'whitespace', start: 13, end: 14 },
    ]);
  });
});

describe('readDocument properties', () => {
  const fragments = [
    '中文句子', '繁體中文說話', '這', '们', 'English words here', 'Dr. Smith', ' ', '  ', '\n', '\r\n', '\n\n', '\t',
    '。', '！', '？', '.', '!', '?', '，', ',', '：', '“', '”', '「', '」', '𠀀', '😀', '\uFEFF', '2025', '3.5',
  ];
  const markup = ['**', '*', '_', '`', '# ', '## ', '- ', '* ', '1. ', '> ', '\\*', '\\\\', '&amp;', '&#x4e2d;', '&foo;', '&NotEqualTilde;', '<br>', '---\n', '    ', '\n> > ', '[x]: http://d\n', '~~',
    '![alt](http://i.png)', '[text](http://u)', 'https://bare.example.com', '| a | b |\n| - | - |\n', '```\ncode\n```\n'];
  const text = (pool: string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 60 }).map((parts) => parts.join(''));

  for (const [name, arbitrary, format] of [
    ['mixed-script plain text', text(fragments), 'plain'],
    ['random Markdown', text([...fragments, ...markup]), 'markdown'],
    ['anything, format detected', text([...fragments, ...markup]), 'auto'],
    ['anything, as lines', text([...fragments, ...markup]), 'lines'],
  ] as const) {
    it(`is lossless on ${name}`, () => {
      fc.assert(
        fc.property(arbitrary, (src) => {
          let doc: Doc;
          try {
            doc = readDocument(src, { source: 'random.txt', format });
          } catch (error) {
            expect(String(error)).toMatch(/no text/);
            return;
          }
          expectLossless(src, doc);
        }),
        { numRuns: 250 },
      );
    });
  }
});

describe('fixtures', () => {
  const files = readdirSync(fixtureDir).filter((f) => !f.endsWith('.json'));

  it.each(files)('%s', (file) => {
    const src = readFileSync(new URL(file, fixtureDir), 'utf8');
    const doc = readDocument(src, { source: file, format: file.includes('.lines.') ? 'lines' : 'auto' });
    expectLossless(src, doc);
    const summary = {
      format: doc.format,
      versions: doc.versions.map((v) => ({
        id: v.id,
        lang: v.lang,
        blocks: v.blocks.map((b) => [b.type, b.depth ?? null, b.lang, b.text]),
        sentences: v.sentences.map((s) => [s.block, s.text, src.slice(s.start, s.end)]),
      })),
      nonText: doc.nonText.filter((n) => n.type !== 'whitespace').map((n) => [n.type, src.slice(n.start, n.end)]),
    };
    const expectedUrl = new URL(`${file}.json`, fixtureDir);
    if (process.env.UPDATE === '1') writeFileSync(expectedUrl, `${JSON.stringify(summary, null, 1)}\n`);
    expect(summary).toEqual(JSON.parse(readFileSync(expectedUrl, 'utf8')));
  });
});
