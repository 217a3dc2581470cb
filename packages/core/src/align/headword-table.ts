/**
 * The dictionary entry of every substring of up to `max` characters of a
 * block of sentences, found once and read twice: by the dictionary's word
 * split (`splitOverTable`, dictionary-words.ts) and by the units of each word
 * (chinese-units.ts). Each read walked the `HeadwordIndex` on its own before
 * (issue 13).
 */

import type { HeadwordIndex } from './dictionary.js';

export class HeadwordTable {
  /** `found[base + p · max + len − 1]`: the entry of the substring at p of length len of the sentence at `base` (`lookUp`), or −1. */
  found = new Int32Array(4096);
  /**
   * `heads[base / max + p]`: bit len − 1 set when the substring at p of length len is a headword. Most substrings
   * are none, so a reader that wants every headword overlapping a word reads one number per position, not `max`.
   */
  heads = new Int32Array(1024);
  private length = 0;
  private readonly run: Int32Array;

  constructor(
    private readonly index: HeadwordIndex,
    /** Longest headword, in UTF-16 code units. */
    readonly max: number,
  ) {
    if (max > 31) throw new RangeError(`HeadwordTable: headwords of up to ${max} characters, but lengths are kept as bits of a 32-bit number (at most 31)`);
    this.run = new Int32Array(max);
  }

  /** Forgets the sentences looked up so far, for a new block of `chars` characters in all (room made once, not grown sentence by sentence). */
  clear(chars = 0): void {
    this.length = 0;
    if (this.found.length < chars * this.max) {
      this.found = new Int32Array(chars * this.max);
      this.heads = new Int32Array(chars);
    }
  }

  /** Looks up every substring of `text` (−1 past its end); returns its base in `found`. */
  lookUp(text: string): number {
    const { max, run, index } = this;
    const base = this.length;
    this.length += text.length * max;
    if (this.found.length < this.length) {
      this.found = grow(this.found, this.length, base);
      this.heads = grow(this.heads, this.length / max, base / max);
    }
    const { found, heads } = this;
    for (let p = 0; p < text.length; p++) {
      index.matchAt(text, p, run);
      found.set(run, base + p * max);
      let bits = 0;
      for (let len = 1; len <= max; len++) if (run[len - 1]! >= 0) bits |= 1 << (len - 1);
      heads[base / max + p] = bits;
    }
    return base;
  }
}

/** A copy of `array`'s first `keep` values in one of at least `size`. */
function grow(array: Int32Array<ArrayBuffer>, size: number, keep: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(size, 2 * array.length));
  grown.set(array.subarray(0, keep));
  return grown;
}
