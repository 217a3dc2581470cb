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

  it('joins a Chinese paragraph wrapped by character count without spaces, through Latin words and up to its closing punctuation', () => {
    const para = ['沙瑞山博士的实验室主要接收三颗卫星的观测数据：即将淘汰的微波背景探测卫星CO', 'BE，还有威尔金森微波各向异性探测卫星WMAP和欧洲航天局发射的普朗克探测卫星', '。'];
    const book = ['第一章', '', ...para, '', '汪淼驱车沿京密路到密云县，再转至黑龙潭，又走了一段盘山路，便到达中科院国家', '天文观测中心的射电天文观测基地。', '', '他看到二十八面直径为九米的抛物面天线在暮色中一字排开，像一排壮观的钢铁植物，', '车驶近后，它们令汪淼不由想起了那张杨冬母女合影的背景。', ''].join('\n');
    const version = readDocument(book, { source: 'book.txt' }).versions[0]!;
    const texts = version.sentences.map((s) => s.text);
    expect(texts).toContain('沙瑞山博士的实验室主要接收三颗卫星的观测数据：即将淘汰的微波背景探测卫星COBE，还有威尔金森微波各向异性探测卫星WMAP和欧洲航天局发射的普朗克探测卫星。');
    expect(texts).toContain('汪淼驱车沿京密路到密云县，再转至黑龙潭，又走了一段盘山路，便到达中科院国家天文观测中心的射电天文观测基地。');
    // Every character still points back to itself in the file.
    for (const s of version.sentences) for (const [from, to, src, srcEnd] of s.map ?? [[0, s.text.length, s.start, s.end]]) expect(book.slice(src, srcEnd)).toBe(s.text.slice(from, to));
  });

  it('joins a compound wrapped after its hyphen without a space', () => {
    const book = 'A title\n\nThe signal ran short-long-long-long-long, short-long-long-\nlong-long, and so on through the whole of the long night,\nuntil it stopped at dawn without any warning at all.\n\nThen the room was quiet again for a long while, and the\nmachines went on humming in the dark as if nothing had\nhappened there at all.\n';
    const texts = readDocument(book, { source: 'b.txt' }).versions[0]!.sentences.map((s) => s.text.replace(/\s+/g, ' '));
    expect(texts[1]).toBe('The signal ran short-long-long-long-long, short-long-long-long-long, and so on through the whole of the long night, until it stopped at dawn without any warning at all.');
  });

  it('keeps a file of one paragraph per line, with short headings over them, line by line', () => {
    const summary = '訪談摘要\n\n第一部分\n這是一段完整的句子，說明了訪談的第一個重點。\n這是另一段完整的句子，說明了第二個重點。\n\n第二部分\n最後一段完整的句子，總結了全部內容。\n- 一個要點\n- 另一個要點\n';
    expect(readPlainText(summary).blocks.map((b) => b.text)).toEqual(['訪談摘要', '第一部分', '這是一段完整的句子，說明了訪談的第一個重點。', '這是另一段完整的句子，說明了第二個重點。', '第二部分', '最後一段完整的句子，總結了全部內容。', '一個要點', '另一個要點']);
  });

  it('keeps a poem line by line: its lines end mid-sentence, but they are not filled to a width', () => {
    const poem = ['Stopping by Woods', '', 'Whose woods these are I think I know', 'His house is in the village though', 'He will not see me stopping here', 'To watch his woods fill up with snow', '', 'My little horse must think it queer', 'To stop without a farmhouse near', 'Between the woods and frozen lake', 'The darkest evening of the year', ''].join('\n');
    expect(readPlainText(poem).blocks).toHaveLength(9);
    const lyrics = ['床前明月光', '疑是地上霜', '举头望明月', '低头思故乡', '', '春眠不觉晓', '处处闻啼鸟', '夜来风雨声', '花落知多少', ''].join('\n');
    expect(readPlainText(lyrics).blocks).toHaveLength(8);
  });

  it('keeps lines apart in a file without blank lines, where nothing marks a paragraph', () => {
    const lines = BOOK.split('\n').filter((line) => line !== '').join('\n');
    expect(readPlainText(lines).blocks).toHaveLength(9);
  });
});
