import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlainText, splitLines, trimBlockText } from '../src/ingest/text.js';

const corpus = (file: string) => readFileSync(new URL(`../../../corpus/schulman-2025/${file}`, import.meta.url), 'utf8');

describe('readPlainText', () => {
  it('returns one block per non-empty line, with offsets and an identity map', () => {
    const src = '标题\n\n第一段。\n第二段，很长的一句话。\n';
    expect(readPlainText(src)).toEqual({
      blocks: [
        { type: 'heading', text: '标题', start: 0, end: 2, map: [[0, 2, 0, 2]] },
        { type: 'paragraph', text: '第一段。', start: 4, end: 8, map: [[0, 4, 4, 8]] },
        { type: 'paragraph', text: '第二段，很长的一句话。', start: 9, end: 20, map: [[0, 11, 9, 20]] },
      ],
      regions: [],
    });
  });

  it('makes bulleted and numbered lines list items, marker excluded, depth by indentation', () => {
    const src = '1. 第一节\n- 要点\n  - 细节\n    * 更细\n  - 细节二\n- 要点二\n普通的一句话，结束。';
    const { blocks } = readPlainText(src);
    expect(blocks.map((b) => [b.type, b.depth, b.text])).toEqual([
      ['listItem', 1, '第一节'],
      ['listItem', 1, '要点'],
      ['listItem', 2, '细节'],
      ['listItem', 3, '更细'],
      ['listItem', 2, '细节二'],
      ['listItem', 1, '要点二'],
      ['paragraph', undefined, '普通的一句话，结束。'],
    ]);
  });

  it('does not take a decimal number or a date for a list marker', () => {
    const { blocks } = readPlainText('第一行。\n3.5 倍的增长。\n2025 年是关键的一年。');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('calls a short unpunctuated line a heading only where it stands apart', () => {
    const src = '开头的标题\n正文第一行，有逗号结尾，\n中间短行\n正文又一行。\n\n分节标题\n\n带句号的短行。\n\n以冒号结尾：\n\nChatGPT 可以更早誕生嗎?\n';
    const { blocks } = readPlainText(src);
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['heading', '开头的标题'],
      ['paragraph', '正文第一行，有逗号结尾，'],
      ['paragraph', '中间短行'],
      ['paragraph', '正文又一行。'],
      ['heading', '分节标题'],
      ['paragraph', '带句号的短行。'],
      ['paragraph', '以冒号结尾：'],
      ['paragraph', 'ChatGPT 可以更早誕生嗎?'],
    ]);
  });

  it('reads a short line of dialogue as a paragraph, its end punctuation inside the closing quote', () => {
    const src = '“就是，宇宙3K微波背景辐射整体上的各向同性的波动。”\n“哦，那就对了。”\n俗语说的好：‘与人方便，自己方便。 ’\n\'Too-tah – too-tah –\'\n“你是说，那些传说——”\n《三体》\n"Why?"\nYou mean, those rumors—\n(He left.)\nChapter One\n';
    expect(readPlainText(src).blocks.map((b) => [b.type, b.text])).toEqual([
      ['paragraph', '“就是，宇宙3K微波背景辐射整体上的各向同性的波动。”'],
      ['paragraph', '“哦，那就对了。”'],
      ['paragraph', '俗语说的好：‘与人方便，自己方便。 ’'],
      ['paragraph', "'Too-tah – too-tah –'"],
      ['paragraph', '“你是说，那些传说——”'],
      ['heading', '《三体》'],
      ['paragraph', '"Why?"'],
      ['paragraph', 'You mean, those rumors—'],
      ['paragraph', '(He left.)'],
      ['heading', 'Chapter One'],
    ]);
  });

  it('takes short unpunctuated lines for headings in a file without blank lines', () => {
    const src = 'A title line\nThe first paragraph says something.\nSummary\nThe end, finally.\n';
    expect(readPlainText(src).blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('respects maxHeadingLength', () => {
    const src = '\nA rather long title line\n\n';
    expect(readPlainText(src).blocks[0]!.type).toBe('heading');
    expect(readPlainText(src, { maxHeadingLength: 10 }).blocks[0]!.type).toBe('paragraph');
  });

  it('types bare URL lines and symbol rules as non-text', () => {
    const src = 'Reference:\nhttps://www.youtube.com/watch?v=29BYxvvF1iM\n---\n——\n';
    const { blocks, regions } = readPlainText(src);
    expect(blocks.map((b) => b.text)).toEqual(['Reference:']);
    expect(regions.map((r) => [r.type, src.slice(r.start, r.end)])).toEqual([
      ['url', 'https://www.youtube.com/watch?v=29BYxvvF1iM'],
      ['break', '---'],
      ['break', '——'],
    ]);
  });

  it('handles CRLF and a BOM with offsets into the string as given', () => {
    const src = '\uFEFF标题\r\n\r\n  正文。  \r\n';
    const { blocks, regions } = readPlainText(src);
    expect(regions).toEqual([{ type: 'bom', start: 0, end: 1 }]);
    expect(blocks.map((b) => [b.text, src.slice(b.start, b.end)])).toEqual([
      ['标题', '标题'],
      ['正文。', '正文。'],
    ]);
  });

  it('reads the plain seed 002 with its section headings', () => {
    const { blocks } = readPlainText(corpus('summary-article.zh-Hant.txt'));
    const headings = blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toContain('AI 產業動態');
    expect(headings).toContain('研究管理的兩種模式');
    expect(headings).toContain('RL 研究的未來');
    expect(headings.every((h) => !/[。,]$/.test(h))).toBe(true);
    expect(blocks.filter((b) => b.type === 'paragraph').length).toBeGreaterThan(25);
  });
});

describe('splitLines and trimBlockText', () => {
  it('splits at CRLF, LF and CR; a final line ending opens no line', () => {
    expect(splitLines('a\r\nb\nc\rd\n')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 5, end: 6 },
      { start: 7, end: 8 },
    ]);
    expect(splitLines('a\n\n')).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 2 },
    ]);
  });

  it('trims text and slices its map', () => {
    expect(trimBlockText('  ab ', [[0, 5, 10, 15]])).toEqual({ text: 'ab', map: [[0, 2, 12, 14]] });
  });
});
