import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/document.js';
import { readLines } from '../src/ingest/lines.js';

describe('readLines', () => {
  it('makes every line a block of type line, empty lines included', () => {
    const src = 'First sentence. Second part.\n\n  第三行。 \n';
    expect(readLines(src)).toEqual({
      blocks: [
        { type: 'line', text: 'First sentence. Second part.', start: 0, end: 28, map: [[0, 28, 0, 28]] },
        { type: 'line', text: '', start: 29, end: 29, map: [] },
        { type: 'line', text: '第三行。', start: 30, end: 37, map: [[0, 4, 32, 36]] },
      ],
      regions: [],
    });
  });

  it('handles CRLF and a BOM', () => {
    const { blocks, regions } = readLines('\uFEFFa\r\nb\r\n');
    expect(regions).toEqual([{ type: 'bom', start: 0, end: 1 }]);
    expect(blocks.map((b) => [b.text, b.start, b.end])).toEqual([
      ['a', 1, 2],
      ['b', 4, 5],
    ]);
  });
});

describe('readDocument with format lines', () => {
  it('makes line i sentence i, never re-split, empty lines kept as empty sentences', () => {
    const src = 'Dr. Smith arrived. He sat down.\n\n他来了。他坐下了。\n';
    const doc = readDocument(src, { source: 'gold.en', format: 'lines' });
    expect(doc.format).toBe('lines');
    expect(doc.versions).toHaveLength(1);
    const sentences = doc.versions[0]!.sentences;
    expect(sentences.map((s) => [s.index, s.block, s.text])).toEqual([
      [0, 0, 'Dr. Smith arrived. He sat down.'],
      [1, 1, ''],
      [2, 2, '他来了。他坐下了。'],
    ]);
    expect(sentences[1]!.start).toBe(sentences[1]!.end);
    expect(sentences[1]!.start).toBe(32);
  });

  it('does not split a file of lines into versions by language', () => {
    const en = Array.from({ length: 5 }, (_, i) => `This is English sentence number ${i}.`);
    const zh = Array.from({ length: 5 }, (_, i) => `这是第${i}个中文句子，内容比较长一些。`);
    const doc = readDocument([...en, ...zh].join('\n'), { source: 'mixed.txt', format: 'lines' });
    expect(doc.versions).toHaveLength(1);
    expect(doc.versions[0]!.sentences.map((s) => s.lang)).toEqual([...en.map(() => 'en'), ...zh.map(() => 'zh-Hans')]);
  });
});
