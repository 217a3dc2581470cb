/**
 * Per-sentence matching units, computed once per side so bead scores are
 * cheap integer work (Moore 2002 makes the same split between a one-time
 * vocabulary pass and the alignment search).
 *
 * The "source" side holds, for each sentence, its units (Chinese words, or
 * n-grams) and for each unit the ids of target-side tokens that would count as
 * a translation of it. The "target" side holds token ids. Unit positions are
 * folded into 32-bit masks (position mod 32) so the score of a bead of several
 * sentences is a union of masks, not a recount.
 */

import { tokenizeEnglish } from './english.js';

/** One side's sentences as token or unit ids. */
export interface TargetUnits {
  /** `ids.subarray(start[j], start[j + 1])` are sentence j's token ids. */
  start: Int32Array;
  ids: Int32Array;
}

/** The source side: unit words (for Model 1) and, per sentence, (target id, unit mask) pairs. */
export interface SourceUnits {
  /** Units per sentence: `words.subarray(wordStart[i], wordStart[i + 1])`, ids into `wordVocab`. */
  wordStart: Int32Array;
  words: Int32Array;
  wordVocab: string[];
  /** `pairTarget/pairMask.subarray(pairStart[i], pairStart[i + 1])`: target id → which units (bits) translate to it. */
  pairStart: Int32Array;
  pairTarget: Int32Array;
  pairMask: Uint32Array;
}

/** A unit of a source sentence and the target tokens it may translate to. */
export interface SourceUnit {
  word: string;
  candidates: Iterable<string>;
}

/** Interns strings to dense ids. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
}

/** Target token ids per sentence, from tokens already split. */
export function buildTargetUnits(sentences: readonly (readonly string[])[], vocab: Vocabulary): TargetUnits {
  const start = new Int32Array(sentences.length + 1);
  const ids: number[] = [];
  sentences.forEach((tokens, j) => {
    for (const token of tokens) ids.push(vocab.intern(token));
    start[j + 1] = ids.length;
  });
  return { start, ids: Int32Array.from(ids) };
}

/** English sentences as stem ids. */
export function englishTargetUnits(texts: readonly string[], vocab: Vocabulary): TargetUnits {
  return buildTargetUnits(texts.map(tokenizeEnglish), vocab);
}

/**
 * Source units with their candidate target ids. Candidates absent from the
 * target vocabulary cannot match anything and are dropped here; `extra`
 * adds learned candidates per unit word (IBM Model 1, see score-model1.ts).
 */
export function buildSourceUnits(
  sentences: readonly (readonly SourceUnit[])[],
  targetVocab: Vocabulary,
  extra?: ReadonlyMap<string, readonly number[]>,
  wordVocab: Vocabulary = new Vocabulary(),
): SourceUnits {
  const n = sentences.length;
  const wordStart = new Int32Array(n + 1);
  const pairStart = new Int32Array(n + 1);
  const words: number[] = [];
  const pairTarget: number[] = [];
  const pairMask: number[] = [];
  const masks = new Map<number, number>();
  sentences.forEach((units, i) => {
    masks.clear();
    units.forEach((unit, u) => {
      words.push(wordVocab.intern(unit.word));
      const bit = (1 << (u & 31)) >>> 0;
      const add = (id: number | undefined): void => {
        if (id !== undefined) masks.set(id, ((masks.get(id) ?? 0) | bit) >>> 0);
      };
      for (const candidate of unit.candidates) add(targetVocab.ids.get(candidate));
      for (const id of extra?.get(unit.word) ?? []) add(id);
    });
    for (const [id, mask] of masks) {
      pairTarget.push(id);
      pairMask.push(mask);
    }
    wordStart[i + 1] = words.length;
    pairStart[i + 1] = pairTarget.length;
  });
  return {
    wordStart,
    words: Int32Array.from(words),
    wordVocab: wordVocab.words,
    pairStart,
    pairTarget: Int32Array.from(pairTarget),
    pairMask: Uint32Array.from(pairMask),
  };
}
