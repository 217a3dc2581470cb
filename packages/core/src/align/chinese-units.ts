/**
 * The units of Chinese sentences straight to ids, for long texts: what
 * `chineseUnitsOf` computes, handed to a `SourceInterner` as target ids
 * without building a set of candidate strings per word. Every substring's
 * headword is found through the dictionary's `HeadwordIndex` (one walk per
 * position), and each dictionary entry's stems are turned into target ids
 * once per text, not once per occurrence. The ids, their order and the units
 * kept are exactly those of `sources.add(chineseUnitsOf(text, tokens, dictionary))`.
 */

import type { Token } from '../segment/words.js';
import { headwordIndex, type Dictionary, type HeadwordIndex } from './dictionary.js';
import { tokenizeEnglish } from './english.js';
import { findChineseNames, namePrefixes } from './names.js';
import type { Readings } from './readings.js';
import { IntList, type SourceInterner, type Vocabulary } from './units.js';


export class ChineseUnitInterner {
  private readonly index: HeadwordIndex | undefined;
  private readonly max: number;
  private readonly readings: Readings | undefined;
  private readonly prefixes: ReadonlySet<string> | undefined;
  /**
   * Per dictionary entry, asked once (`entryAt`), not once per occurrence: 0 not yet, 1 it has stems, 2 it has none;
   * the target ids of its stems (those the target side has, in stem order), `entryIds[entryFrom[e] … entryTo[e])`;
   * and the unit word id of its headword (+1; 0: not yet interned), so a known word is not hashed again.
   */
  private hasStems: Uint8Array;
  private entryFrom: Int32Array;
  private entryTo: Int32Array;
  private entryWord: Int32Array;
  private readonly entryIds = new IntList();
  /** `found[p · max + len − 1]`: the entry of the substring at p of length len, or −1 (with or without stems: see `entryAt`). */
  private found = new Int32Array(0);
  private readonly run: Int32Array;
  /** Target id → the unit (counter) that last took it, to drop repeats. */
  private readonly seen: Int32Array;
  private unit = 0;
  private readonly isWord: (word: string) => boolean;
  private ids = new Int32Array(64);
  private count = 0;

  constructor(
    dictionary: Dictionary | undefined,
    private readonly targetVocab: Vocabulary,
    private readonly out: SourceInterner,
    /** Whether words that spell a name in pinyin also get that name's keys (names.ts). */
    names = true,
  ) {
    this.index = dictionary ? headwordIndex(dictionary) : undefined;
    this.readings = names && dictionary ? dictionary.readings : undefined;
    // Only what the target side can meet is spelled: most spans of a book spell no name it has.
    this.prefixes = this.readings ? namePrefixes(targetVocab.words) : undefined;
    this.isWord = (word) => dictionary?.get(word) !== undefined;
    this.max = dictionary?.maxLength ?? 4;
    this.run = new Int32Array(this.max);
    this.seen = new Int32Array(targetVocab.words.length).fill(-1);
    const size = dictionary?.size ?? 0;
    this.hasStems = new Uint8Array(size);
    this.entryFrom = new Int32Array(size);
    this.entryTo = new Int32Array(size);
    this.entryWord = new Int32Array(size);
  }

  /**
   * Adds one sentence (already Simplified) and its segmentation (`segmentWords`);
   * `extra` tokens (quantity anchors) become units of one candidate each, after the words.
   */
  add(text: string, tokens: readonly Token[], extra: readonly string[] = []): void {
    if (this.index) this.lookUpAll(text);
    const nameKeys = this.readings && this.index && this.prefixes!.size > 0 ? findChineseNames(text, tokens, this.readings, this.isWord, {}, this.prefixes) : [];
    // Each kind in its own method: the loop over a book's Han words stays small for the optimizing compiler,
    // and the first number or Latin word met does not throw its compiled code away.
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.kind === 'han') this.addHan(text, token.start, token.end, token.text, nameKeys[k]);
      else if (token.kind === 'number') this.addAnchor(token.norm);
      else if (token.kind === 'latin') this.addLatin(token.norm);
    }
    for (const token of extra) this.addAnchor(token);
    this.out.endSentence();
  }

  /** A unit of one candidate, itself (a number, a quantity anchor). */
  private addAnchor(word: string): void {
    this.begin();
    this.push(this.targetVocab.ids.get(word));
    this.out.addUnit(word, this.ids, this.count);
  }

  /** A Latin word: its stems, every one, a repeated one too (as `chineseUnitsOf` gives them). */
  private addLatin(norm: string): void {
    const stems = tokenizeEnglish(norm);
    if (stems.length === 0) return;
    this.begin();
    for (const stem of stems) this.push(this.targetVocab.ids.get(stem));
    this.out.addUnit(stems.join(' '), this.ids, this.count);
  }

  /** A Han word at `[start, end)` of the sentence; `keys`: the names it may spell (names.ts). */
  private addHan(text: string, start: number, end: number, word: string, keys: readonly string[] | undefined): void {
    const { max } = this;
    this.begin();
    const length = end - start;
    const own = this.index && length <= max ? this.entryAt(start, length) : -1;
    const known = own >= 0;
    if (known) this.takeEntry(own);
    let any = known;
    if (this.index) {
      // Every headword of 2+ characters that overlaps the token, but the token itself (lookUpAll leaves −1 past the text's end).
      for (let p = Math.max(0, start - max + 1); p < end; p++) {
        for (let len = Math.max(2, start - p + 1); len <= max; len++) {
          const entry = this.entryAt(p, len);
          if (entry >= 0 && (p !== start || len !== length)) {
            this.takeEntry(entry);
            any = true;
          }
        }
      }
      // A word the dictionary does not know (写书, a name) falls back on its characters' own entries.
      if (!known && !any) {
        for (let q = start; q < end; ) {
          const size = (text.codePointAt(q) ?? 0) > 0xffff ? 2 : 1;
          if (size <= max) {
            const entry = this.entryAt(q, size);
            if (entry >= 0) {
              this.takeEntry(entry);
              any = true;
            }
          }
          q += size;
        }
      }
    }
    if (any || (!known && length >= 2)) {
      // As in `chineseUnitsOf`: a name's keys join the units there are.
      if (keys) for (const key of keys) this.take(this.targetVocab.ids.get(key));
      this.out.addUnit(known ? this.headwordId(own, word) : word, this.ids, this.count);
    }
  }

  /** The entry of every substring of up to `max` characters, −1 for none. */
  private lookUpAll(text: string): void {
    const { max, run } = this;
    const index = this.index!;
    if (this.found.length < text.length * max) this.found = new Int32Array(Math.max(text.length * max, 2 * this.found.length));
    const found = this.found;
    for (let p = 0; p < text.length; p++) {
      index.matchAt(text, p, run);
      found.set(run, p * max);
    }
  }

  /** The entry of the substring at p of length len, −1 for none or one without stems. */
  private entryAt(p: number, len: number): number {
    const entry = this.found[p * this.max + len - 1]!;
    if (entry < 0) return -1;
    if (entry >= this.hasStems.length) this.growEntries(entry);
    if (this.hasStems[entry] === 0) this.askEntry(entry);
    return this.hasStems[entry] === 1 ? entry : -1;
  }

  /** Reads an entry's stems, as target ids, on its first occurrence. */
  private askEntry(entry: number): void {
    const stems = this.index!.stemsOf(entry);
    this.hasStems[entry] = stems ? 1 : 2;
    this.entryFrom[entry] = this.entryIds.length;
    if (stems) {
      for (const stem of stems) {
        const id = this.targetVocab.ids.get(stem);
        if (id !== undefined) this.entryIds.push(id);
      }
    }
    this.entryTo[entry] = this.entryIds.length;
  }

  /** Room for entry numbers up to `entry` (an index over `get` numbers headwords as it meets them). */
  private growEntries(entry: number): void {
    const size = Math.max(entry + 1, 2 * this.hasStems.length);
    const grow = <T extends Uint8Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
    this.hasStems = grow(this.hasStems, new Uint8Array(size));
    this.entryFrom = grow(this.entryFrom, new Int32Array(size));
    this.entryTo = grow(this.entryTo, new Int32Array(size));
    this.entryWord = grow(this.entryWord, new Int32Array(size));
  }

  /** The unit word id of a dictionary entry's headword (`word`). */
  private headwordId(entry: number, word: string): number {
    let id = this.entryWord[entry]! - 1;
    if (id < 0) {
      id = this.out.internWord(word);
      this.entryWord[entry] = id + 1;
    }
    return id;
  }

  private begin(): void {
    this.unit++;
    this.count = 0;
  }

  /** Adds a target id to the current unit's candidates, once. */
  private take(id: number | undefined): void {
    if (id === undefined || this.seen[id] === this.unit) return;
    this.seen[id] = this.unit;
    this.push(id);
  }

  private push(id: number | undefined): void {
    if (id === undefined) return;
    if (this.count === this.ids.length) {
      const grown = new Int32Array(2 * this.ids.length);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }

  /** Adds the target ids of an entry's stems (one `entryAt` gave). */
  private takeEntry(entry: number): void {
    const ids = this.entryIds.data;
    for (let k = this.entryFrom[entry]!; k < this.entryTo[entry]!; k++) {
      const id = ids[k]!;
      if (this.seen[id] !== this.unit) {
        this.seen[id] = this.unit;
        this.push(id);
      }
    }
  }
}
