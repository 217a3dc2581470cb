/**
 * Each dictionary entry's stems as target ids (those the target side has, in
 * stem order), read on the entry's first occurrence in a text, not once per
 * occurrence, for `ChineseUnitInterner` (chinese-units.ts).
 */

import type { HeadwordIndex } from './dictionary.js';
import { IntList, type Vocabulary } from './units.js';

export class EntryTargets {
  /** Per entry: 0 not yet asked, 1 it has stems, 2 it has none (only cross-references). */
  private state: Uint8Array;
  /** The target ids of entry e: `ids.data[from[e] … to[e])`. */
  from: Int32Array;
  to: Int32Array;
  readonly ids = new IntList();
  /** The unit word id of an entry's headword + 1 (0: not yet interned), so a known word is not hashed again. */
  word: Int32Array;

  constructor(
    private readonly index: HeadwordIndex,
    private readonly targetVocab: Vocabulary,
    /** Entries expected (the dictionary's size); an index over `get` numbers headwords as it meets them, and these grow. */
    size: number,
  ) {
    this.state = new Uint8Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.word = new Int32Array(size);
  }

  /** Whether `entry` has stems; reads them on its first occurrence. */
  hasStems(entry: number): boolean {
    if (entry >= this.state.length) this.grow(entry);
    if (this.state[entry] === 0) this.ask(entry);
    return this.state[entry] === 1;
  }

  private ask(entry: number): void {
    const stems = this.index.stemsOf(entry);
    this.state[entry] = stems ? 1 : 2;
    this.from[entry] = this.ids.length;
    if (stems) {
      for (const stem of stems) {
        const id = this.targetVocab.ids.get(stem);
        if (id !== undefined) this.ids.push(id);
      }
    }
    this.to[entry] = this.ids.length;
  }

  /** Room for entry numbers up to `entry`. */
  private grow(entry: number): void {
    const size = Math.max(entry + 1, 2 * this.state.length);
    const grow = <T extends Uint8Array | Int32Array>(from: T, to: T): T => (to.set(from), to);
    this.state = grow(this.state, new Uint8Array(size));
    this.from = grow(this.from, new Int32Array(size));
    this.to = grow(this.to, new Int32Array(size));
    this.word = grow(this.word, new Int32Array(size));
  }
}
