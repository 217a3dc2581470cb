/**
 * The units of Chinese sentences straight to ids, for long texts: what
 * `chineseUnitsOf` computes, handed to a `SourceInterner` as target ids
 * without building a set of candidate strings per word. Every substring's
 * headword is found once, through the dictionary's `HeadwordIndex` (one walk
 * per position, headword-table.ts), and read both to split the sentence into
 * the dictionary's words (`segment`) and to find each word's entries; words are
 * offsets in a `WordList`, not `Token` objects; each entry's stems become target
 * ids once per text (entry-targets.ts). The ids, their order and the units kept
 * are exactly those of `sources.add(chineseUnitsOf(text, tokens, dictionary))`.
 */

import { HAN, KINDS, LATIN, NUMBER, WordList } from '../segment/word-list.js';
import { hanSplitter, segmentWordsInto, wordText, type RunSplitter, type Token } from '../segment/words.js';
import { headwordIndex, type Dictionary } from './dictionary.js';
import { splitOverTable } from './dictionary-words.js';
import { EntryTargets } from './entry-targets.js';
import { HeadwordTable } from './headword-table.js';
import { tokenizeEnglish } from './english.js';
import { ChineseNameFinder, namePrefixes } from './names.js';
import type { SourceInterner, Vocabulary } from './units.js';

const NO_NAMES: readonly (string[] | undefined)[] = [];

export class ChineseUnitInterner {
  /** The entries of the current block's substrings; undefined without a dictionary. */
  private readonly table: HeadwordTable | undefined;
  /** Where each sentence of the current block starts in `table.found` (`segment`), and the current one's. */
  private bases = new Int32Array(64);
  private base = 0;
  /** The Han runs of a sentence split by the dictionary over `table` (dictionary-words.ts), or by ICU. */
  private readonly splitRun: RunSplitter | undefined;
  private readonly tokenWords = new WordList();
  private readonly max: number;
  /** The names words may spell, when the target side has any (names.ts). */
  private readonly names: ChineseNameFinder | undefined;
  private readonly entries: EntryTargets | undefined;
  /** Target id → the unit (counter) that last took it, to drop repeats. */
  private readonly seen: Int32Array;
  private unit = 0;
  /** Whether `text[start, end)` of the current sentence is a headword (one with stems, as `Dictionary.get` tells), read from the table. */
  private readonly isWordAt = (_text: string, start: number, end: number): boolean => end - start <= this.max && this.entryAt(start, end - start) >= 0;
  private ids = new Int32Array(64);
  private count = 0;

  constructor(
    dictionary: Dictionary | undefined,
    private readonly targetVocab: Vocabulary,
    private readonly out: SourceInterner,
    /** Whether words that spell a name in pinyin also get that name's keys (names.ts). */
    names = true,
    /** How `segment` splits runs of Han characters: by the dictionary's headwords (dictionary-words.ts) or ICU's word break. */
    words: 'dictionary' | 'icu' = 'icu',
  ) {
    this.max = dictionary?.maxLength ?? 4;
    const index = dictionary ? headwordIndex(dictionary) : undefined;
    this.table = index ? new HeadwordTable(index, this.max) : undefined;
    this.entries = index ? new EntryTargets(index, targetVocab, dictionary?.size ?? 0) : undefined;
    const table = this.table;
    this.splitRun = table && words === 'dictionary' ? (text, start, end, list) => splitOverTable(text, start, end, list, table, this.base) : undefined;
    const readings = names && dictionary ? dictionary.readings : undefined;
    // Only what the target side can meet is spelled: most spans of a book spell no name it has.
    const prefixes = readings ? namePrefixes(targetVocab.words) : undefined;
    this.names = readings && table && prefixes!.size > 0 ? new ChineseNameFinder(readings, this.isWordAt, {}, prefixes) : undefined;
    this.seen = new Int32Array(targetVocab.words.length).fill(-1);
  }

  /**
   * The segmentation of a block of sentences (already Simplified): each one's words onto `words`,
   * which is cleared first, and its substrings' entries, for `addSegmented`.
   */
  segment(texts: readonly string[], words: WordList): void {
    words.clear();
    let chars = 0;
    for (const text of texts) chars += text.length;
    this.table?.clear(chars);
    if (this.bases.length < texts.length) this.bases = new Int32Array(texts.length);
    for (let s = 0; s < texts.length; s++) {
      const text = texts[s]!;
      this.base = this.bases[s] = this.table ? this.table.lookUp(text) : 0;
      segmentWordsInto(text, words, this.splitRun ?? hanSplitter(text));
    }
  }

  /** Adds sentence `s` of the block `segment` was given last; `extra` tokens (quantity anchors) become units of one candidate each, after the words. */
  addSegmented(text: string, words: WordList, s: number, extra: readonly string[] = []): void {
    this.base = this.bases[s]!;
    this.addWords(text, words, words.sentenceStart[s]!, words.sentenceStart[s + 1]!, extra);
  }

  /** Adds one sentence (already Simplified) and its segmentation (`segmentWords`), as `addSegmented` does. */
  add(text: string, tokens: readonly Token[], extra: readonly string[] = []): void {
    this.table?.clear();
    this.base = this.table ? this.table.lookUp(text) : 0;
    const words = this.tokenWords;
    words.clear();
    for (const token of tokens) words.push(KINDS.indexOf(token.kind), token.start, token.end, token.norm);
    this.addWords(text, words, 0, words.count, extra);
  }

  private addWords(text: string, words: WordList, from: number, to: number, extra: readonly string[]): void {
    const nameKeys = this.names ? this.names.find(text, words, from, to) : NO_NAMES;
    // Each kind in its own method: the loop over a book's Han words stays small for the optimizing compiler,
    // and the first number or Latin word met does not throw its compiled code away.
    const { kind, start, end, norm } = words;
    for (let w = from; w < to; w++) {
      const k = kind[w];
      if (k === HAN) this.addHan(text, start[w]!, end[w]!, nameKeys[w - from]);
      else if (k === NUMBER) this.addAnchor(norm[w]!);
      else if (k === LATIN) this.addLatin(norm[w]!);
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
  private addHan(text: string, start: number, end: number, keys: readonly string[] | undefined): void {
    const { max } = this;
    this.begin();
    const length = end - start;
    const own = this.table && length <= max ? this.entryAt(start, length) : -1;
    const known = own >= 0;
    if (known) this.takeEntry(own);
    let any = known;
    if (this.table) {
      // Every headword of 2+ characters that overlaps the token, but the token itself (the table holds −1 past the text's end).
      const heads = this.table.heads;
      const at = this.base / max;
      for (let p = Math.max(0, start - max + 1); p < end; p++) {
        // The lengths from max(2, start − p + 1) that are headwords at p, shortest first, as one bit each.
        const shortest = Math.max(2, start - p + 1);
        for (let len = shortest, bits = heads[at + p]! >>> (shortest - 1); bits !== 0; len++, bits >>>= 1) {
          if ((bits & 1) === 0 || (p === start && len === length)) continue;
          const entry = this.entryAt(p, len);
          if (entry >= 0) {
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
      this.out.addUnit(known ? this.headwordId(own, text, start, end) : wordText(text, start, end), this.ids, this.count);
    }
  }

  /** The entry of the substring at p of length len, −1 for none or one without stems. */
  private entryAt(p: number, len: number): number {
    const entry = this.table!.found[this.base + p * this.max + len - 1]!;
    return entry >= 0 && this.entries!.hasStems(entry) ? entry : -1;
  }

  /** The unit word id of a dictionary entry's headword, `text[start, end)`. */
  private headwordId(entry: number, text: string, start: number, end: number): number {
    const { word } = this.entries!;
    let id = word[entry]! - 1;
    if (id < 0) {
      id = this.out.internWord(wordText(text, start, end));
      word[entry] = id + 1;
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
    const { from, to } = this.entries!;
    const ids = this.entries!.ids.data;
    for (let k = from[entry]!; k < to[entry]!; k++) {
      const id = ids[k]!;
      if (this.seen[id] !== this.unit) {
        this.seen[id] = this.unit;
        this.push(id);
      }
    }
  }
}
