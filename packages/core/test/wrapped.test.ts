import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { readPlainText } from '../src/ingest/text.js';

/** A book as Project Gutenberg wraps it: lines of at most 60 columns, a blank line between paragraphs. */
const BOOK = [
  'CHAPTER I',
  '',
  'It was the best of times, it was the worst of times, it was',
  'the age of wisdom, it was the age of foolishness, it was the',
  'epoch of belief. It was the season of Light, it was the',
  'season of Darkness.',
  '',
  'There were a king with a large jaw and a queen with a plain',
  'face, on the throne of England; there were a king with a',
  'large jaw and a queen with a fair face, on the throne of',
  'France.',
  '',
].join('\n');

describe('hard-wrapped plain text', () => {
  it('reads each run of wrapped lines as one paragraph, its text the original slice', () => {
    const { blocks } = readPlainText(BOOK);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    for (const b of blocks) expect(BOOK.slice(b.start, b.end)).toBe(b.text);
    expect(blocks[1]!.text.startsWith('It was the best')).toBe(true);
    expect(blocks[1]!.text.endsWith('season of Darkness.')).toBe(true);
  });

  it('splits sentences across the line breaks, not at them', () => {
    const version = readDocument(BOOK, { source: 'book.txt' }).versions[0]!;
    const texts = version.sentences.map((s) => s.text.replace(/\s+/g, ' '));
    expect(texts).toContain('It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief.');
    expect(texts).toContain('It was the season of Light, it was the season of Darkness.');
    expect(texts.at(-1)).toBe('There were a king with a large jaw and a queen with a plain face, on the throne of England; there were a king with a large jaw and a queen with a fair face, on the throne of France.');
  });

  it('keeps a file of one paragraph per line, with short headings over them, line by line', () => {
    const summary = '訪談摘要\n\n第一部分\n這是一段完整的句子，說明了訪談的第一個重點。\n這是另一段完整的句子，說明了第二個重點。\n\n第二部分\n最後一段完整的句子，總結了全部內容。\n- 一個要點\n- 另一個要點\n';
    expect(readPlainText(summary).blocks.map((b) => b.text)).toEqual(['訪談摘要', '第一部分', '這是一段完整的句子，說明了訪談的第一個重點。', '這是另一段完整的句子，說明了第二個重點。', '第二部分', '最後一段完整的句子，總結了全部內容。', '一個要點', '另一個要點']);
  });

  it('keeps lines apart in a file without blank lines, where nothing marks a paragraph', () => {
    const lines = BOOK.split('\n').filter((line) => line !== '').join('\n');
    expect(readPlainText(lines).blocks).toHaveLength(9);
  });
});
