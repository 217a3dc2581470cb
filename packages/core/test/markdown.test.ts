import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/ingest/markdown.js';
import type { OffsetMap } from '../src/schema.js';

/** The source of each text character, as `text` with removed markup shown as `·`. */
function sourceOf(src: string, map: OffsetMap): string {
  return map.map(([, , s, e]) => src.slice(s, e)).join('·');
}

/** Every 1:1 piece points at identical characters; pieces tile the text and move forward in the source. */
function expectFaithful(src: string, text: string, map: OffsetMap): void {
  let pos = 0;
  let srcPos = -1;
  for (const [start, end, srcStart, srcEnd] of map) {
    expect(start).toBe(pos);
    expect(srcStart).toBeGreaterThanOrEqual(srcPos);
    if (end - start === srcEnd - srcStart) expect(src.slice(srcStart, srcEnd)).toBe(text.slice(start, end));
    pos = end;
    srcPos = srcEnd;
  }
  expect(pos).toBe(text.length);
}

describe('parseMarkdown', () => {
  it('returns blocks with text, offsets and maps, and typed regions', () => {
    const src = '# Title\n\nSome *text*.\n';
    const { blocks, regions } = parseMarkdown(src);
    expect(blocks).toEqual([
      { type: 'heading', depth: 1, text: 'Title', start: 0, end: 7, map: [[0, 5, 2, 7]] },
      {
        type: 'paragraph',
        text: 'Some text.',
        start: 9,
        end: 21,
        map: [
          [0, 5, 9, 14],
          [5, 9, 15, 19],
          [9, 10, 20, 21],
        ],
      },
    ]);
    expect(regions).toEqual([]);
  });

  it('closes strong emphasis after a closing quote before Han text (remark-cjk-friendly)', () => {
    const src = '他说**“先做出来”**后面再说。';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('他说“先做出来”后面再说。');
    expect(sourceOf(src, block!.map)).toBe('他说·“先做出来”·后面再说。');
  });

  it('removes the markers of bold spans with stray spaces but keeps their words', () => {
    const src = '目标是 **极速通关 **做出 ChatGPT，那么你觉得** 最快能有多快** ？';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('目标是 极速通关 做出 ChatGPT，那么你觉得 最快能有多快 ？');
    expectFaithful(src, block!.text, block!.map);
  });

  it('keeps escaped characters and decodes entities, mapping them to their source', () => {
    const src = 'a \\* b &amp; c &#x1F600; &lt;d';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('a * b & c 😀 <d');
    expect(sourceOf(src, block!.map)).toBe('a ·* b ·&amp;· c ·&#x1F600;· ·&lt;·d');
    expectFaithful(src, block!.text, block!.map);
  });

  it('keeps soft line breaks as they are, CRLF included, and drops continuation indentation', () => {
    const src = '第一行\r\n   第二行\nthird';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('第一行\r\n第二行\nthird');
    expectFaithful(src, block!.text, block!.map);
  });

  it('keeps a hard break as its line ending', () => {
    const src = 'one  \ntwo\\\nthree';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('one\ntwo\nthree');
    expectFaithful(src, block!.text, block!.map);
  });

  it('gives nested list items their own blocks, one level deeper', () => {
    const src = '- 外层\n  - 内层 **粗体**\n    - 第三层\n- 外层二\n\n  续段\n';
    const blocks = parseMarkdown(src).blocks;
    expect(blocks.map((b) => [b.type, b.depth, b.text])).toEqual([
      ['listItem', 1, '外层'],
      ['listItem', 2, '内层 粗体'],
      ['listItem', 3, '第三层'],
      ['listItem', 1, '外层二\n续段'],
    ]);
    // Blocks do not overlap: the outer item stops where its nested list starts.
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThanOrEqual(blocks[i - 1]!.end);
    expect(src.slice(blocks[0]!.start, blocks[0]!.end)).toBe('- 外层');
  });

  it('makes blockquote paragraphs blockquote blocks with their nesting depth', () => {
    const blocks = parseMarkdown('> 引用一\n> 续\n>\n> > 引用二\n').blocks;
    expect(blocks.map((b) => [b.type, b.depth, b.text])).toEqual([
      ['blockquote', 1, '引用一\n续'],
      ['blockquote', 2, '引用二'],
    ]);
  });

  it('makes table cells blocks', () => {
    const blocks = parseMarkdown('| 名称 | 值 |\n| --- | --- |\n| PPO | 2017 |\n').blocks;
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['tableCell', '名称'],
      ['tableCell', '值'],
      ['tableCell', 'PPO'],
      ['tableCell', '2017'],
    ]);
  });

  it('types front matter, images (data-URL SVG too), HTML, code and URLs as non-text', () => {
    const svg = "![Image](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)";
    const src = `---\ntitle: 标题\n---\n${svg}\n\n<div>html</div>\n\n\`\`\`\ncode\n\`\`\`\n\n看 [链接文字](https://example.com) 和 https://bare.example.com\n\n[ref]: https://x.org\n`;
    const { blocks, regions } = parseMarkdown(src);
    expect(blocks.map((b) => b.text)).toEqual(['看 链接文字 和']);
    expect(regions.map((r) => [r.type, src.slice(r.start, r.end)])).toEqual([
      ['frontmatter', '---\ntitle: 标题\n---'],
      ['image', svg],
      ['html', '<div>html</div>'],
      ['code', '```\ncode\n```'],
      ['url', '](https://example.com)'],
      ['url', 'https://bare.example.com'],
      ['url', '[ref]: https://x.org'],
    ]);
  });

  it('keeps inline code text without its backticks', () => {
    const src = '运行 `npm test` 即可';
    const [block] = parseMarkdown(src).blocks;
    expect(block!.text).toBe('运行 npm test 即可');
    expect(sourceOf(src, block!.map)).toBe('运行 ·npm test· 即可');
  });

  it('drops a paragraph that holds only images', () => {
    expect(parseMarkdown('**![Image](https://a.png)** ![b](c.png)\n\n正文').blocks.map((b) => b.text)).toEqual(['正文']);
  });

  it('uses UTF-16 offsets (astral characters count two) and skips a BOM', () => {
    const src = '\uFEFF# 𠀀𝐀 标题\n\n正文𠀁。';
    const { blocks, regions } = parseMarkdown(src);
    expect(regions).toEqual([{ type: 'bom', start: 0, end: 1 }]);
    for (const block of blocks) expectFaithful(src, block.text, block.map);
    expect(src.slice(blocks[1]!.start, blocks[1]!.end)).toBe('正文𠀁。');
  });

  it('reads a bare URL followed by CJK text and an underscore (an autolink made without a position) as a URL', () => {
    // fast-check's counterexample: remark-gfm links the whole run and gives the link no offsets.
    const src = 'https://bare.example.com中文句子_中文句子 and text';
    const { blocks, regions } = parseMarkdown(src);
    expect(regions).toEqual([{ type: 'url', start: 0, end: 33 }]);
    expect(blocks.map((b) => b.text)).toEqual(['and text']);
    for (const block of blocks) expectFaithful(src, block.text, block.map);
  });

  it('maps every character faithfully for random Markdown', () => {
    const piece = fc.constantFrom(
      '中文', '繁體', 'English words', ' ', '\n', '\r\n', '\n\n', '。', '.', '**', '*', '_', '`', '# ', '- ', '> ',
      '1. ', '\\*', '\\\\', '&amp;', '&#x4e2d;', '&#0;', '&foo;', '&NotEqualTilde;', '<b>', '    ', '\n> > ', '[x]: http://d\n', '![alt](http://i.png)', '[t](http://u)', '𠀀', '😀', '“', '”', '  ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const src = parts.join('');
        const { blocks, regions } = parseMarkdown(src);
        for (const block of blocks) {
          expectFaithful(src, block.text, block.map);
          expect(block.text).toBe(block.text.trim());
          expect(block.text.length).toBeGreaterThan(0);
        }
        for (const r of regions) expect(r.end).toBeGreaterThan(r.start);
      }),
      { numRuns: 300 },
    );
  });
});
