/**
 * Guessing what a file's bytes are when they do not read as UTF-8, to say so in
 * the error: a legacy Chinese encoding (GB18030 or Big5) or UTF-16 without a
 * BOM. A guess only fills a hint; nothing is ever decoded by a guess.
 */
import type { Encoding } from './decode.js';

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

/** Share of characters plain text is made of: tab, line breaks, printable ASCII, CJK and full-width forms. */
function textShare(text: string): number {
  let texty = 0;
  let all = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    all++;
    if (cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp < 0x7f) || (cp >= 0x3000 && cp <= 0x9fff) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0xa0 && cp <= 0x24f)) texty++;
  }
  return all === 0 ? 0 : texty / all;
}

/**
 * UTF-16LE or UTF-16BE when bytes with NULs read as text in one byte order:
 * ASCII in UTF-16 puts a zero in the high byte of every unit, and Chinese decodes
 * to CJK characters in the right order only. The byte order whose decoding of the
 * first 64 KiB is valid, has at least as many zeros in high bytes as in low ones,
 * and is most text-like wins, if at least 90 % of it is text. A sample shorter
 * than 8 units says too little to guess from.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16) & ~1);
  if (sample.length < 16) return undefined;
  const zeros = [0, 0]; // at even and at odd byte offsets
  sample.forEach((b, i) => {
    if (b === 0) zeros[i & 1]!++;
  });
  let best: 'utf-16le' | 'utf-16be' | undefined;
  let bestShare = 0.9;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const [high, low] = encoding === 'utf-16le' ? [zeros[1]!, zeros[0]!] : [zeros[0]!, zeros[1]!];
    if (high < low) continue;
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(sample, { stream: true });
    } catch {
      continue;
    }
    const share = textShare(text);
    if (share > bestShare) [best, bestShare] = [encoding, share];
  }
  return best;
}
