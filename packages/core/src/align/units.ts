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

/**
 * A growing list of 32-bit integers: half the memory of a JavaScript array of
 * numbers, and no copy into a typed array at the end (a 400k-sentence book
 * has tens of millions of candidate ids).
 */
export class IntList {
  /** The values are `data[0 … length)`; read, do not keep: it is replaced as the list grows. */
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }
  /** Appends `values[0 … count)`. */
  append(values: Int32Array, count: number): void {
    if (this.length + count > this.data.length) this.reserve(count);
    // A loop, not `set(values.subarray(…))`: a unit has a few values, and a subarray per unit is garbage.
    const { data } = this;
    for (let k = 0; k < count; k++) data[this.length + k] = values[k]!;
    this.length += count;
  }
  /** Room for `count` more values: the buffer at least doubled. */
  private reserve(count: number): void {
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + count));
    grown.set(this.data);
    this.data = grown;
  }
  /** The values, trimmed to their length (a copy only when much of the buffer is unused). */
  finish(): Int32Array {
    return this.length > this.data.length * 0.75 ? this.data.subarray(0, this.length) : this.data.slice(0, this.length);
  }
}

/** Builds `TargetUnits` a sentence at a time, so a long text's tokens need not all be held at once. */
export class TargetBuilder {
  private readonly ids = new IntList();
  private readonly start = new IntList();
  constructor(private readonly vocab: Vocabulary) {
    this.start.push(0);
  }
  add(tokens: readonly string[]): void {
    for (const token of tokens) this.ids.push(this.vocab.intern(token));
    this.start.push(this.ids.length);
  }
  finish(): TargetUnits {
    return { start: this.start.finish(), ids: this.ids.finish() };
  }
}

/** Target token ids per sentence, from tokens already split. */
export function buildTargetUnits(sentences: readonly (readonly string[])[], vocab: Vocabulary): TargetUnits {
  const builder = new TargetBuilder(vocab);
  for (const tokens of sentences) builder.add(tokens);
  return builder.finish();
}

/** English sentences as stem ids. */
export function englishTargetUnits(texts: readonly string[], vocab: Vocabulary): TargetUnits {
  return buildTargetUnits(texts.map(tokenizeEnglish), vocab);
}

/**
 * Source units interned once: a word id and the candidate target ids of each
 * unit, so the (target id, mask) pairs can be rebuilt with learned candidates
 * (after Model 1) from integers, without looking strings up again.
 */
export interface InternedUnits {
  /** Units of sentence i: `[sentenceStart[i], sentenceStart[i + 1])`. */
  sentenceStart: Int32Array;
  /** Word id of each unit, into the word vocabulary. */
  word: Int32Array;
  /** Candidates of unit u: `candidates.subarray(candidateStart[u], candidateStart[u + 1])`, target ids. */
  candidateStart: Int32Array;
  candidates: Int32Array;
}

/**
 * Interns source units a sentence at a time (`InternedUnits`), so a long
 * text's unit objects need not all be held at once. Candidates absent from
 * the target vocabulary cannot match anything and are dropped: the target
 * side must be complete first.
 */
export class SourceInterner {
  private readonly sentenceStart = new IntList();
  private readonly word = new IntList();
  private readonly candidateStart = new IntList();
  private readonly candidates = new IntList();
  constructor(
    private readonly targetVocab: Vocabulary,
    private readonly wordVocab: Vocabulary,
  ) {
    this.sentenceStart.push(0);
    this.candidateStart.push(0);
  }
  add(units: readonly SourceUnit[]): void {
    for (const unit of units) {
      this.word.push(this.wordVocab.intern(unit.word));
      for (const candidate of unit.candidates) {
        const id = this.targetVocab.ids.get(candidate);
        if (id !== undefined) this.candidates.push(id);
      }
      this.candidateStart.push(this.candidates.length);
    }
    this.endSentence();
  }
  /** The id of a unit word, for `addUnit`. */
  internWord(word: string): number {
    return this.wordVocab.intern(word);
  }
  /** One unit of the current sentence (a word or its `internWord` id), its candidates already target ids: `ids[0 … count)`. */
  addUnit(word: string | number, ids: Int32Array, count: number): void {
    this.word.push(typeof word === 'number' ? word : this.wordVocab.intern(word));
    this.candidates.append(ids, count);
    this.candidateStart.push(this.candidates.length);
  }
  /** Ends the current sentence (after its `addUnit` calls). */
  endSentence(): void {
    this.sentenceStart.push(this.word.length);
  }
  finish(): InternedUnits {
    return {
      sentenceStart: this.sentenceStart.finish(),
      word: this.word.finish(),
      candidateStart: this.candidateStart.finish(),
      candidates: this.candidates.finish(),
    };
  }
}

/** `SourceInterner` over all sentences at once. */
export function internSourceUnits(sentences: readonly (readonly SourceUnit[])[], targetVocab: Vocabulary, wordVocab: Vocabulary): InternedUnits {
  const interner = new SourceInterner(targetVocab, wordVocab);
  for (const units of sentences) interner.add(units);
  return interner.finish();
}

/**
 * The (target id, unit mask) pairs of every sentence: the bit of unit u
 * (u mod 32 within its sentence) is set for each target id it may translate
 * to, from its candidates and `extra[word id]` (learned translations, IBM
 * Model 1, see score-model1.ts). Pairs keep the order in which a sentence
 * first meets each target id. With `before`, the pairs of the same units
 * without `extra`, the sentences none of whose words learned anything copy
 * their pairs from there, a run at a time: Model 1 teaches some hundred words,
 * and most of a book's sentences hold none of them.
 */
export function pairSourceUnits(
  units: InternedUnits,
  wordVocab: string[],
  targetVocabSize: number,
  extra?: readonly (readonly number[] | undefined)[],
  before?: SourceUnits,
): SourceUnits {
  const { sentenceStart, word, candidateStart, candidates } = units;
  const n = sentenceStart.length - 1;
  let bound = candidates.length;
  // Per word, whether it learned candidates.
  const learns = new Uint8Array(extra ? wordVocab.length : 0);
  if (extra) {
    for (let w = 0; w < wordVocab.length; w++) if ((extra[w]?.length ?? 0) > 0) learns[w] = 1;
    for (let u = 0; u < word.length; u++) if (learns[word[u]!] === 1) bound += extra[word[u]!]!.length;
  }
  const pairStart = new Int32Array(n + 1);
  const pairTarget = new Int32Array(bound);
  const pairMask = new Uint32Array(bound);
  // Where target id t sits among sentence i's pairs, valid while seen[t] === i.
  const seen = new Int32Array(targetVocabSize).fill(-1);
  const slot = new Int32Array(targetVocabSize);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (before && !learnsAny(units, learns, i)) {
      // This sentence and those after it that learned nothing either: their pairs as they were, in one copy.
      let end = i + 1;
      while (end < n && !learnsAny(units, learns, end)) end++;
      const from = before.pairStart[i]!;
      pairTarget.set(before.pairTarget.subarray(from, before.pairStart[end]!), count);
      pairMask.set(before.pairMask.subarray(from, before.pairStart[end]!), count);
      for (let k = i; k < end; k++) pairStart[k + 1] = before.pairStart[k + 1]! - from + count;
      count = pairStart[end]!;
      i = end - 1;
      continue;
    }
    const first = sentenceStart[i]!;
    for (let u = first; u < sentenceStart[i + 1]!; u++) {
      // Bit (u − first) mod 32, as an int32: a Uint32Array stores the same 32 bits.
      const bit = 1 << ((u - first) & 31);
      const own = candidateStart[u + 1]! - candidateStart[u]!;
      const more = learns.length > 0 && learns[word[u]!] === 1 ? extra![word[u]!]! : undefined;
      const total = own + (more ? more.length : 0);
      for (let k = 0; k < total; k++) {
        const id = k < own ? candidates[candidateStart[u]! + k]! : more![k - own]!;
        if (seen[id] === i) {
          pairMask[slot[id]!]! |= bit;
        } else {
          seen[id] = i;
          slot[id] = count;
          pairTarget[count] = id;
          pairMask[count++] = bit;
        }
      }
    }
    pairStart[i + 1] = count;
  }
  return {
    wordStart: sentenceStart,
    words: word,
    wordVocab,
    pairStart,
    // Views, not copies: at a book's length the copies would double the peak.
    pairTarget: pairTarget.subarray(0, count),
    pairMask: pairMask.subarray(0, count),
  };
}

/** Whether one of sentence i's unit words learned candidates. */
function learnsAny(units: InternedUnits, learns: Uint8Array, i: number): boolean {
  if (learns.length === 0) return false;
  for (let u = units.sentenceStart[i]!; u < units.sentenceStart[i + 1]!; u++) if (learns[units.word[u]!] === 1) return true;
  return false;
}

/**
 * Source units with their candidate target ids (`internSourceUnits`, then
 * `pairSourceUnits`); `extra` adds learned candidates per unit word.
 */
export function buildSourceUnits(
  sentences: readonly (readonly SourceUnit[])[],
  targetVocab: Vocabulary,
  extra?: ReadonlyMap<string, readonly number[]>,
  wordVocab: Vocabulary = new Vocabulary(),
): SourceUnits {
  const interned = internSourceUnits(sentences, targetVocab, wordVocab);
  const byWord = extra ? wordVocab.words.map((word) => extra.get(word)) : undefined;
  return pairSourceUnits(interned, wordVocab.words, targetVocab.words.length, byWord);
}
