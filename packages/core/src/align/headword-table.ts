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
  private length = 0;
  private readonly run: Int32Array;

  constructor(
    private readonly index: HeadwordIndex,
    /** Longest headword, in UTF-16 code units. */
    readonly max: number,
  ) {
    this.run = new Int32Array(max);
  }

  /** Forgets the sentences looked up so far (a new block). */
  clear(): void {
    this.length = 0;
  }

  /** Looks up every substring of `text` (−1 past its end); returns its base in `found`. */
  lookUp(text: string): number {
    const { max, run, index } = this;
    const base = this.length;
    this.length += text.length * max;
    if (this.found.length < this.length) {
      const grown = new Int32Array(Math.max(this.length, 2 * this.found.length));
      grown.set(this.found.subarray(0, base));
      this.found = grown;
    }
    const found = this.found;
    for (let p = 0; p < text.length; p++) {
      index.matchAt(text, p, run);
      found.set(run, base + p * max);
    }
    return base;
  }
}
