/**
 * Bytes → text, strictly. A file is decoded as UTF-8 (with or without BOM)
 * or as UTF-16 when it starts with a UTF-16 BOM; anything else must be named
 * with `encoding`. Nothing is replaced: an undecodable byte is an error that
 * says where it is and, for Chinese legacy encodings, which one the bytes
 * look like (the WHATWG TextDecoder does the decoding; Node ships full ICU).
 */

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

// Frequent characters of running Chinese text in both scripts; a right guess of a legacy
// encoding puts many of a text's Han characters here, a wrong one (Big5 read as GBK, GBK as
// Big5) scatters them over rare characters, kana and private-use code points.
const FREQUENT =
  '的一是不了人我在有他這这個个們们中來来上大和國国地到以說说時时要就出會会可也你對对生能而子那得於于著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面起看定天分還还進进好小部其些主樣样理心她本前開开但因只從从想實实日問问題题為为與与訓训練练模型數数據据習习強强';
let frequentSet: Set<number> | undefined;

/** How Chinese a decoded text looks: share of Han characters among frequent ones, minus oddities. */
function chineseScore(text: string): number {
  frequentSet ??= new Set([...FREQUENT].map((c) => c.codePointAt(0)!));
  let han = 0;
  let frequent = 0;
  let odd = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      han++;
      if (frequentSet.has(cp)) frequent++;
    } else if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0x0370 && cp <= 0x04ff) || (cp >= 0x2500 && cp <= 0x257f)) {
      odd++;
    }
  }
  if (han === 0) return 0;
  return frequent / han - odd / (han + odd);
}

/** The legacy Chinese encoding that `bytes` most look like, if any decodes them cleanly. */
export function guessLegacyEncoding(bytes: Uint8Array): Encoding | undefined {
  let best: Encoding | undefined;
  let bestScore = 0.05;
  for (const encoding of ['gb18030', 'big5'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, 1 << 16));
    } catch {
      continue;
    }
    const score = chineseScore(text);
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

function decodeWith(bytes: Uint8Array, encoding: Encoding): string {
  try {
    // ignoreBOM keeps a BOM as U+FEFF in the text, so offsets cover every character.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DecodeError(`cannot be decoded as ${encoding}`);
  }
}

/**
 * Decodes a file's bytes. A UTF-8 or UTF-16 BOM stays in the text as U+FEFF
 * (ingest accounts for it as non-text), so every character has an offset.
 * Throws DecodeError for empty input, NUL bytes (binary), and invalid UTF-8.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const encoding = options.encoding ?? 'auto';
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (encoding !== 'auto') return decodeWith(bytes, encoding);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file: NUL byte at byte offset ${nul}`, nul);
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
