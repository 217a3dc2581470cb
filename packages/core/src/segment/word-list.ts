/**
 * The words of sentences as parallel arrays, the form `segmentWords` fills
 * before it makes its `Token` objects. The aligner reads a book's words from
 * here directly: a `Token` per word, read once and dropped, was a good part of
 * its segmentation time and of its garbage collection (issue 13).
 */

import type { Token } from '../schema.js';

/** Kinds of word, as `WordList.kind` holds them: `KINDS[code]` is the `Token` kind. */
export const HAN = 0;
export const NUMBER = 1;
export const LATIN = 2;
export const PUNCT = 3;
export const OTHER = 4;
export const KINDS: readonly Token['kind'][] = ['han', 'number', 'latin', 'punct', 'other'];

/**
 * The words of one or more sentences, in order: word w is `text.slice(start[w], end[w])`
 * of its sentence, of kind `kind[w]`, matched by `norm[w]` (a Han word by its text: its `norm`
 * is '', so that no string is made for it); the words of
 * sentence s are `sentenceStart[s] … sentenceStart[s + 1]`. Reused: `clear` empties it.
 */
export class WordList {
  count = 0;
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  norm: string[] = [];
  /** Sentences ended so far (`endSentence`). */
  sentences = 0;
  sentenceStart = new Int32Array(64);

  clear(): void {
    this.count = 0;
    this.sentences = 0;
  }

  push(kind: number, start: number, end: number, norm: string): void {
    if (this.count === this.kind.length) this.grow();
    const w = this.count++;
    this.kind[w] = kind;
    this.start[w] = start;
    this.end[w] = end;
    this.norm[w] = norm;
  }

  /** Ends the current sentence: its words are those pushed since the last `endSentence` or `clear`. */
  endSentence(): void {
    if (this.sentences + 2 > this.sentenceStart.length) this.sentenceStart = copy(this.sentenceStart, new Int32Array(2 * this.sentenceStart.length));
    this.sentenceStart[++this.sentences] = this.count;
  }

  private grow(): void {
    const size = 2 * this.kind.length;
    this.kind = copy(this.kind, new Uint8Array(size));
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
  }
}

function copy<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
