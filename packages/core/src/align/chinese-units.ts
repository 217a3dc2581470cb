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
import type { SourceInterner, Vocabulary } from './units.js';

const NONE = new Int32Array(0);
const NO_KEYS: readonly string[] = [];

export class ChineseUnitInterner {
  private readonly index: HeadwordIndex | undefined;
  private readonly max: number;
  private readonly readings: Readings | undefined;
  private readonly prefixes: ReadonlySet<string> | undefined;
  /** Per dictionary entry, the target ids of its stems (those the target side has), in stem order. */
  private readonly entryIds: (Int32Array | undefined)[] = [];
  /** Per dictionary entry, the unit word id of its headword (+1; 0: not yet interned), so a known word is not hashed again. */
  private readonly entryWord: Int32Array;
  /** `found[p · max + len − 1]`: the entry of the substring at p of length len, or −1. */
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
    this.entryWord = new Int32Array(dictionary?.size ?? 0);
  }

  /**
   * Adds one sentence (already Simplified) and its segmentation (`segmentWords`);
   * `extra` tokens (quantity anchors) become units of one candidate each, after the words.
   */
  add(text: string, tokens: readonly Token[], extra: readonly string[] = []): void {
    const { max } = this;
    if (this.index) this.lookUpAll(text);
    const nameKeys = this.readings && this.index && this.prefixes!.size > 0 ? findChineseNames(text, tokens, this.readings, this.isWord, {}, this.prefixes) : [];
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.kind === 'number') {
        this.begin();
        this.push(this.targetVocab.ids.get(token.norm));
        this.out.addUnit(token.norm, this.ids, this.count);
      } else if (token.kind === 'latin') {
        const stems = tokenizeEnglish(token.norm);
        if (stems.length === 0) continue;
        this.begin();
        // As `chineseUnitsOf` gives them: every stem, a repeated one too.
        for (const stem of stems) this.push(this.targetVocab.ids.get(stem));
        this.out.addUnit(stems.join(' '), this.ids, this.count);
      } else if (token.kind === 'han') {
        this.begin();
        const length = token.text.length;
        const own = this.index && length <= max ? this.entryAt(token.start, length) : -1;
        const known = own >= 0;
        let any = known && this.takeEntry(own);
        if (this.index) {
          // Every headword of 2+ characters that overlaps the token, but the token itself (lookUpAll leaves −1 past the text's end).
          for (let p = Math.max(0, token.start - max + 1); p < token.end; p++) {
            for (let len = Math.max(2, token.start - p + 1); len <= max; len++) {
              const entry = this.entryAt(p, len);
              if (entry >= 0 && (p !== token.start || len !== length) && this.takeEntry(entry)) any = true;
            }
          }
          // A word the dictionary does not know (写书, a name) falls back on its characters' own entries.
          if (!known && !any) {
            for (let q = token.start; q < token.end; ) {
              const size = (text.codePointAt(q) ?? 0) > 0xffff ? 2 : 1;
              if (size <= max) {
                const entry = this.entryAt(q, size);
                if (entry >= 0 && this.takeEntry(entry)) any = true;
              }
              q += size;
            }
          }
        }
        if (any || (!known && length >= 2)) {
          // As in `chineseUnitsOf`: a name's keys join the units there are.
          for (const key of nameKeys[k] ?? NO_KEYS) this.take(this.targetVocab.ids.get(key));
          this.out.addUnit(known ? this.headwordId(own, token.text) : token.text, this.ids, this.count);
        }
      }
    }
    for (const token of extra) {
      this.begin();
      this.push(this.targetVocab.ids.get(token));
      this.out.addUnit(token, this.ids, this.count);
    }
    this.out.endSentence();
  }

  /** The entry of every substring of up to `max` characters, −1 for none or one without stems. */
  private lookUpAll(text: string): void {
    const { max, run } = this;
    const index = this.index!;
    if (this.found.length < text.length * max) this.found = new Int32Array(Math.max(text.length * max, 2 * this.found.length));
    const found = this.found;
    for (let p = 0; p < text.length; p++) {
      index.matchAt(text, p, run);
      for (let l = 0; l < max; l++) {
        const entry = run[l]!;
        found[p * max + l] = entry >= 0 && index.stemsOf(entry) ? entry : -1;
      }
    }
  }

  /** The entry of the substring at p of length len, −1 for none or one without stems. */
  private entryAt(p: number, len: number): number {
    return this.found[p * this.max + len - 1]!;
  }

  /** The unit word id of a dictionary entry's headword (`word`). */
  private headwordId(entry: number, word: string): number {
    if (entry >= this.entryWord.length) return this.out.internWord(word);
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

  /** Adds an entry's stems (as target ids); true when it has stems at all, in the target or not. */
  private takeEntry(entry: number): boolean {
    let ids = this.entryIds[entry];
    if (!ids) {
      const stems = this.index!.stemsOf(entry);
      if (!stems) return false;
      const list: number[] = [];
      for (const stem of stems) {
        const id = this.targetVocab.ids.get(stem);
        if (id !== undefined) list.push(id);
      }
      this.entryIds[entry] = ids = list.length > 0 ? Int32Array.from(list) : NONE;
    }
    for (let k = 0; k < ids.length; k++) this.take(ids[k]);
    return true;
  }
}
