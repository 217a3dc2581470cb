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

  it('says a file with NULs looks like UTF-16 without a BOM, in the byte order it reads in', () => {
    expect(errorOf(() => decodeText(iconv.encode('Hello world.\n', 'utf-16le'))).message).toBe(
      'binary file: NUL byte at byte offset 1; it looks like UTF-16LE without a BOM: try --encoding utf-16le',
    );
    // Chinese in UTF-16 has few zero bytes (一 is 4E 00 in UTF-16BE); the byte order that reads as text wins.
    expect(errorOf(() => decodeText(iconv.encode(SAMPLE_HANT, 'utf-16be'))).message).toMatch(/it looks like UTF-16BE without a BOM: try --encoding utf-16be$/);
    expect(errorOf(() => decodeText(iconv.encode(SAMPLE_HANS, 'utf-16le'))).message).toMatch(/it looks like UTF-16LE without a BOM: try --encoding utf-16le$/);
    expect(decodeText(iconv.encode(SAMPLE_HANS, 'utf-16le'), { encoding: 'utf-16le' })).toBe(SAMPLE_HANS);
    // Real binary (a PNG header and random-looking bytes) gets no such hint.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0xfa, 0x13, 0x9c, 0xe1]);
    expect(errorOf(() => decodeText(png)).message).toBe('binary file: NUL byte at byte offset 8');
  });

  it('gives UTF-16, GB18030 and Big5 decode errors a line, column and byte offset, as UTF-8 ones have', () => {
    const gb = new Uint8Array([...iconv.encode('第一行\n好', 'gb18030'), 0x81, 0x20, ...iconv.encode('后面', 'gb18030')]);
    const e = errorOf(() => decodeText(gb, { encoding: 'gb18030' }));
    expect(e.message).toBe('2:2: invalid GB18030 byte 0x81 at byte offset 9');
    expect(e.byteOffset).toBe(9);
    const big5 = new Uint8Array([...iconv.encode('軟體', 'big5'), 0xa4]);
    expect(errorOf(() => decodeText(big5, { encoding: 'big5' })).message).toBe('1:3: unfinished BIG5 character at the end of the file, byte offset 4');
    // A BOM, "a", then a high surrogate followed by "b": the surrogate is unpaired (the BOM counts as a column, as offsets do).
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    expect(errorOf(() => decodeText(le)).message).toBe('1:3: invalid UTF-16LE code unit 0xD800 (an unpaired surrogate) at byte offset 4');
    const be = new Uint8Array([0x00, 0x61, 0x00, 0x0a, 0xdc, 0x00]);
    expect(errorOf(() => decodeText(be, { encoding: 'utf-16be' })).message).toBe('2:1: invalid UTF-16BE code unit 0xDC00 (an unpaired surrogate) at byte offset 4');
  });

  it('resolves encoding labels users type', () => {
    expect(resolveEncoding('GB2312')).toBe('gbk');
    expect(resolveEncoding('utf8')).toBe('utf-8');
    expect(resolveEncoding('latin9')).toBeUndefined();
  });
});
