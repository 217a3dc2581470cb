/**
 * Lexical evidence between sentences, Chinese↔English: each Chinese word is
 * matched against CC-CEDICT headwords (its own segmentation, plus every
 * headword of 2+ characters that occurs as a substring overlapping it, which
 * recovers words the segmenter split differently), and counts as translated
 * when one of its definitions' stems occurs in the English sentence
 * (the dictionary score of Hunalign, Varga et al. 2005, made symmetric).
 */

import { segmentWords, type Token } from '../segment/words.js';
import type { Dictionary } from './dictionary.js';
import { tokenizeEnglish } from './english.js';
import { findChineseNames } from './names.js';
import type { SourceUnit, SourceUnits, TargetUnits } from './units.js';

/**
 * The units of a Chinese sentence (already in Simplified) with their dictionary
 * translations. Function words (headwords whose definitions are all English
 * function words) and unknown single characters carry no evidence and are left
 * out, so they neither help nor dilute a bead's coverage.
 */
export function chineseUnits(text: string, dictionary: Dictionary | undefined, names = true, prefixes?: ReadonlySet<string>): SourceUnit[] {
  return chineseUnitsOf(text, segmentWords(text, { lang: 'zh-Hans' }), dictionary, names, prefixes);
}

/**
 * `chineseUnits` of a sentence already segmented into `tokens` (`segmentWords`), so segmentation can be timed apart.
 * With `names` (and the dictionary's readings), a word that is part of a name spelled in pinyin also has that name's keys (names.ts),
 * only those the other side can meet when `prefixes` (`namePrefixes`) is given.
 */
export function chineseUnitsOf(text: string, tokens: readonly Token[], dictionary: Dictionary | undefined, names = true, prefixes?: ReadonlySet<string>): SourceUnit[] {
  const entries = dictionary;
  const max = dictionary?.maxLength ?? 4;
  const lookup = dictionary ? new SubstringLookup(text, dictionary) : undefined;
  const readings = names ? dictionary?.readings : undefined;
  const nameKeys = readings && lookup ? findChineseNames(text, tokens, readings, (word) => dictionary!.get(word) !== undefined, {}, prefixes) : [];
  const units: SourceUnit[] = [];
  for (const [k, token] of tokens.entries()) {
    if (token.kind === 'number') units.push({ word: token.norm, candidates: [token.norm] });
    else if (token.kind === 'latin') {
      const stems = tokenizeEnglish(token.norm);
      if (stems.length > 0) units.push({ word: stems.join(' '), candidates: stems });
    } else if (token.kind === 'han') {
      const candidates = new Set<string>();
      const own = lookup ? lookup.get(token.start, token.text.length) : undefined;
      if (own) for (const stem of own) candidates.add(stem);
      if (lookup) {
        for (let p = Math.max(0, token.start - max + 1); p < token.end; p++) {
          for (let len = 2; len <= max && p + len <= text.length; len++) {
            if (p + len <= token.start || (p === token.start && len === token.text.length)) continue;
            const stems = lookup.get(p, len);
            if (stems) for (const stem of stems) candidates.add(stem);
          }
        }
      }
      // A word the dictionary does not know (写书, a name) falls back on its characters' own entries.
      if (!own && candidates.size === 0 && entries) {
        for (const ch of token.text) for (const stem of entries.get(ch) ?? []) candidates.add(stem);
      }
      const known = own !== undefined;
      // A name's keys join the units there are; a function word (了) inside a span does not become a unit for them.
      if (candidates.size > 0 || (!known && token.text.length >= 2)) {
        for (const key of nameKeys[k] ?? []) candidates.add(key);
        units.push({ word: token.text, candidates });
      }
    }
  }
  return units;
}

/**
 * Dictionary entries of the substrings of one sentence, each looked up once:
 * a substring that overlaps two words is a candidate of both.
 */
class SubstringLookup {
  private readonly found: (readonly string[] | null | undefined)[];
  private readonly stride: number;
  constructor(
    private readonly text: string,
    private readonly dictionary: Dictionary,
  ) {
    this.stride = dictionary.maxLength + 1;
    this.found = new Array<readonly string[] | null | undefined>(text.length * this.stride);
  }
  get(from: number, length: number): readonly string[] | undefined {
    if (length >= this.stride) return this.dictionary.get(this.text.slice(from, from + length));
    const at = from * this.stride + length;
    let entry = this.found[at];
    if (entry === undefined) this.found[at] = entry = this.dictionary.get(this.text.slice(from, from + length)) ?? null;
    return entry ?? undefined;
  }
}

/** Mask unions for every sentence pair inside a band: the raw material of bead lexical scores. */
export interface PairMasks {
  /** First target sentence stored for source sentence i, and the offset of its row. */
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
  /** Bits of target tokens of j matched by source sentence i. */
  target: Uint32Array;
  /** Bits of source units of i matched by target sentence j. */
  source: Uint32Array;
}

/** Computes pair masks for `i` in `[0, n)` and `j` in `[lo[i], hi[i]]`. */
export function computePairMasks(src: SourceUnits, tgt: TargetUnits, vocabSize: number, lo: Int32Array, hi: Int32Array): PairMasks {
  const window = createPairMaskWindow(src, tgt, vocabSize, lo, hi, lo.length);
  for (let i = 0; i < lo.length; i++) window.fill(i);
  return window.masks;
}

/** Pair masks of which only the last `rows` source rows are kept; `fill(i)` computes row i in place of row i − rows. */
export interface PairMaskWindow {
  masks: PairMasks;
  fill(i: number): void;
}

/**
 * Pair masks for a sliding window of `rows` source rows (all rows when
 * `rows` ≥ n). The search needs only the rows a bead ending at its current
 * row can span, so a long text's masks take rows × widest row, not the
 * whole band (at 400k sentences, hundreds of MB).
 */
export function createPairMaskWindow(src: SourceUnits, tgt: TargetUnits, vocabSize: number, lo: Int32Array, hi: Int32Array, rows: number): PairMaskWindow {
  const n = lo.length;
  const offset = new Int32Array(n + 1);
  let size = 0;
  if (rows >= n) {
    for (let i = 0; i < n; i++) offset[i + 1] = offset[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
    size = offset[n]!;
  } else {
    let widest = 0;
    for (let i = 0; i < n; i++) widest = Math.max(widest, hi[i]! - lo[i]! + 1);
    for (let i = 0; i <= n; i++) offset[i] = (i % rows) * widest;
    size = rows * widest;
  }
  const target = new Uint32Array(size);
  const source = new Uint32Array(size);
  const stamp = new Int32Array(vocabSize).fill(-1);
  const owner = new Uint32Array(vocabSize);
  const fill = (i: number): void => {
    for (let p = src.pairStart[i]!; p < src.pairStart[i + 1]!; p++) {
      stamp[src.pairTarget[p]!] = i;
      owner[src.pairTarget[p]!] = src.pairMask[p]!;
    }
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      let t = 0;
      let s = 0;
      const from = tgt.start[j]!;
      for (let k = from; k < tgt.start[j + 1]!; k++) {
        const id = tgt.ids[k]!;
        if (stamp[id] === i) {
          t |= 1 << ((k - from) & 31);
          s |= owner[id]!;
        }
      }
      const at = offset[i]! + j - lo[i]!;
      target[at] = t >>> 0;
      source[at] = s >>> 0;
    }
  };
  return { masks: { lo, hi, offset, target, source }, fill };
}

/** Number of set bits of a 32-bit integer. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Mask for pair (i, j), 0 outside the stored band. */
function maskAt(masks: PairMasks, which: Uint32Array, i: number, j: number): number {
  if (j < masks.lo[i]! || j > masks.hi[i]!) return 0;
  return which[masks.offset[i]! + j - masks.lo[i]!]!;
}

/** Lexical evidence of a bead: matched units, and the summed per-sentence share of units left unmatched. */
export interface LexicalEvidence {
  matched: number;
  unmatched: number;
  /** The part of `unmatched` from sentences on a side of two or more: what a merge must justify. */
  merged: number;
  /** Sentences on a side of two or more whose units the other side leaves all unmatched, share 1 (`CostWeights.silent`). */
  silent: number;
}

/**
 * Lexical evidence of a bead: source sentences `[i0, i0+a)`, target `[j0, j0+b)`.
 * Each sentence's matched units are the union over the bead's other side, so
 * a word translated twice counts once; each sentence then adds the share of
 * its own units left unmatched, so a sentence merged into a bead without
 * evidence of its own costs nearly a whole unit. A sentence with no units
 * (all function words) costs `empty`. Writes into `out`: the search calls this
 * millions of times and must not allocate.
 */
export function lexicalEvidence(
  masks: PairMasks, unitsA: Int32Array, unitsB: Int32Array, empty: number,
  i0: number, a: number, j0: number, b: number, out: LexicalEvidence,
): LexicalEvidence {
  let matched = 0;
  let unmatched = 0;
  let merged = 0;
  let silent = 0;
  for (let j = j0; j < j0 + b; j++) {
    let m = 0;
    for (let i = i0; i < i0 + a; i++) m |= maskAt(masks, masks.target, i, j);
    const hits = popcount(m >>> 0);
    const units = unitsB[j]!;
    const share = units > 0 ? 1 - hits / units : empty;
    matched += hits;
    unmatched += share;
    if (b > 1) merged += share;
    if (b > 1 && share === 1) silent++;
  }
  for (let i = i0; i < i0 + a; i++) {
    let m = 0;
    for (let j = j0; j < j0 + b; j++) m |= maskAt(masks, masks.source, i, j);
    const hits = popcount(m >>> 0);
    const units = unitsA[i]!;
    const share = units > 0 ? 1 - hits / units : empty;
    matched += hits;
    unmatched += share;
    if (a > 1) merged += share;
    if (a > 1 && share === 1) silent++;
  }
  out.matched = matched;
  out.unmatched = unmatched;
  out.merged = merged;
  out.silent = silent;
  return out;
}
