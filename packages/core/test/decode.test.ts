import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeText, findInvalidUtf8, guessLegacyEncoding, resolveEncoding } from '../src/ingest/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE_HANS = '他发明了PPO算法，这是目前大型语言模型训练的核心技术。我们的研究方法需要更多的工程能力。';
const SAMPLE_HANT = '他發明了PPO演算法，這是目前大型語言模型訓練的核心技術。我們的研究方法需要更多的工程能力。';

function errorOf(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeText', () => {
  it('reads UTF-8 and keeps a BOM as a character so offsets cover the whole file', () => {
    expect(decodeText(utf8('\uFEFF你好\r\nhi'))).toBe('\uFEFF你好\r\nhi');
  });

  it('reads UTF-16 with a BOM in both byte orders', () => {
    const le = iconv.encode('\uFEFF軟體 OK', 'utf-16le');
    expect(decodeText(le)).toBe('\uFEFF軟體 OK');
    const be = iconv.encode('\uFEFF軟體 OK', 'utf-16be');
    expect(decodeText(be)).toBe('\uFEFF軟體 OK');
  });

  it('refuses empty and binary input with the byte offset', () => {
    expect(errorOf(() => decodeText(new Uint8Array())).message).toBe('empty file');
    const e = errorOf(() => decodeText(new Uint8Array([0x61, 0x62, 0x00, 0x63])));
    expect(e.message).toBe('binary file: NUL byte at byte offset 2');
    expect(e.byteOffset).toBe(2);
  });

  it('reports invalid UTF-8 with line, column and byte', () => {
    const bytes = new Uint8Array([...utf8('第一行\n好'), 0xc3, 0x28]);
    const e = errorOf(() => decodeText(bytes));
    expect(e.message).toMatch(/^2:2: invalid UTF-8 byte 0xC3 at byte offset 13/);
    expect(findInvalidUtf8(utf8('ok 😀 好'))).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    expect(findInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0); // overlong
  });

  it('says which legacy encoding a Chinese file looks like, and decodes it when named', () => {
    const gb = iconv.encode(SAMPLE_HANS, 'gb18030');
    const big5 = iconv.encode(SAMPLE_HANT, 'big5');
    expect(guessLegacyEncoding(gb)).toBe('gb18030');
    expect(guessLegacyEncoding(big5)).toBe('big5');
    expect(errorOf(() => decodeText(gb)).message).toMatch(/looks like GB18030: try --encoding gb18030$/);
    expect(errorOf(() => decodeText(big5)).message).toMatch(/looks like BIG5: try --encoding big5$/);
    expect(decodeText(gb, { encoding: 'gb18030' })).toBe(SAMPLE_HANS);
    expect(decodeText(big5, { encoding: 'big5' })).toBe(SAMPLE_HANT);
  });

  it('resolves encoding labels users type', () => {
    expect(resolveEncoding('GB2312')).toBe('gbk');
    expect(resolveEncoding('utf8')).toBe('utf-8');
    expect(resolveEncoding('latin9')).toBeUndefined();
  });
});
