/**
 * Bytes → text, strictly. A file is decoded as UTF-8 (with or without BOM)
 * or as UTF-16 when it starts with a UTF-16 BOM; anything else must be named
 * with `encoding`. Nothing is replaced: an undecodable byte is an error that
 * says where it is and, for Chinese legacy encodings, which one the bytes
 * look like (the WHATWG TextDecoder does the decoding; Node ships full ICU).
 */

import { guessLegacyEncoding, guessUtf16 } from './encoding-guess.js';

export { guessLegacyEncoding } from './encoding-guess.js';

/** Encodings a user may name with `--encoding`. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodeOptions {
  /**
   * The file's encoding. `auto` reads UTF-8, or UTF-16 when a UTF-16 BOM says so.
   * @default 'auto'
   */
  encoding?: Encoding | 'auto';
}

/** Thrown for input that cannot be read as text; `message` has no file name (the caller adds it). */
export class DecodeError extends Error {
  /** Byte offset of the problem, when there is one. */
  readonly byteOffset: number | undefined;
  constructor(message: string, byteOffset?: number) {
    super(message);
    this.name = 'DecodeError';
    this.byteOffset = byteOffset;
  }
}

/** Canonical name of an encoding label, or undefined when duizhao does not read it. */
export function resolveEncoding(label: string): Encoding | undefined {
  const name = label.trim().toLowerCase().replace(/_/g, '-');
  const alias: Record<string, Encoding> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    'utf-16le': 'utf-16le',
    utf16le: 'utf-16le',
    'utf-16be': 'utf-16be',
    utf16be: 'utf-16be',
    gb18030: 'gb18030',
    gbk: 'gbk',
    gb2312: 'gbk',
    cp936: 'gbk',
    big5: 'big5',
    'big5-hkscs': 'big5',
    cp950: 'big5',
  };
  return alias[name];
}

/** Line and column (1-based, in bytes-as-characters of the valid prefix) of a byte offset. */
function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters: count UTF-8 lead bytes between line start and offset.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The first byte offset at which `bytes` stop being valid `encoding`, or the length when only the end is cut short. */
function firstInvalidByte(bytes: Uint8Array, encoding: Encoding): number {
  // A streaming decode of a prefix fails exactly when the prefix holds an invalid
  // sequence (an unfinished character at its end is held back), so failure is
  // monotone in the prefix length: binary search for the shortest failing prefix.
  const fails = (n: number) => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let [lo, hi] = [0, bytes.length];
  if (!fails(hi)) return bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** Where decoding as `encoding` fails: line:column (of the decoded text before it), byte offset and the bytes there. */
function describeInvalid(bytes: Uint8Array, encoding: Encoding): DecodeError {
  const unit = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 1;
  const decodes = (n: number) => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n));
    } catch {
      return undefined;
    }
  };
  const detected = firstInvalidByte(bytes, encoding);
  // The bad character starts at the last character boundary before the byte where the decoder noticed it (a lead
  // byte or high surrogate is fine until what follows it is read): where a plain decode of the prefix succeeds.
  let start = detected - (detected % unit);
  let before = decodes(start);
  for (let back = 1; before === undefined && back <= 4 && start - unit >= 0; back++) {
    start -= unit;
    before = decodes(start);
  }
  const lines = (before ?? '').split('\n');
  const column = [...lines[lines.length - 1]!].length + 1;
  const name = encoding.toUpperCase();
  let what: string;
  if (detected >= bytes.length) what = `unfinished ${name} character at the end of the file, byte offset ${start}`;
  else if (unit === 2) {
    const value = encoding === 'utf-16le' ? bytes[start]! | (bytes[start + 1]! << 8) : (bytes[start]! << 8) | bytes[start + 1]!;
    what = `invalid ${name} code unit 0x${value.toString(16).toUpperCase().padStart(4, '0')} (an unpaired surrogate) at byte offset ${start}`;
  } else what = `invalid ${name} byte 0x${bytes[start]!.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${start}`;
  const guess = unit === 1 ? guessLegacyEncoding(bytes) : undefined;
  const hint = guess && guess !== encoding && !(guess === 'gb18030' && encoding === 'gbk') ? `; it looks like ${guess.toUpperCase()}: try --encoding ${guess}` : '';
  return new DecodeError(`${lines.length}:${column}: ${what}${hint}`, start);
}

function decodeWith(bytes: Uint8Array, encoding: Encoding): string {
  try {
    // ignoreBOM keeps a BOM as U+FEFF in the text, so offsets cover every character.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw describeInvalid(bytes, encoding);
  }
}

/**
 * Decodes a file's bytes. A UTF-8 or UTF-16 BOM stays in the text as U+FEFF
 * (ingest accounts for it as non-text), so every character has an offset.
 * Throws DecodeError for empty input, NUL bytes (binary; a hint when the bytes
 * read as UTF-16 without a BOM), and undecodable bytes, with line:column and byte offset.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const encoding = options.encoding ?? 'auto';
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (encoding !== 'auto') return decodeWith(bytes, encoding);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const utf16 = guessUtf16(bytes);
    const hint = utf16 ? `; it looks like ${utf16.toUpperCase()} without a BOM: try --encoding ${utf16}` : '';
    throw new DecodeError(`binary file: NUL byte at byte offset ${nul}${hint}`, nul);
  }
  // The platform's strict decoder checks the bytes (the same rules as findInvalidUtf8, RFC 3629) ten times faster;
  // only a file it refuses is walked again, to say where.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Located below.
  }
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineColumn(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    const guess = guessLegacyEncoding(bytes);
    const hint = guess ? `; it looks like ${guess.toUpperCase()}: try --encoding ${guess}` : '; name its encoding with --encoding';
    throw new DecodeError(`${line}:${column}: invalid UTF-8 byte 0x${hex} at byte offset ${bad}${hint}`, bad);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
