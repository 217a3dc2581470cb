/**
 * A null of its own for a summary's support, dealt the way text ties its
 * units (issue 11, measured in docs/summary.md, "A null of its own"; off by
 * default). Support beats a shuffled source (align/coverage.ts), whose
 * character bigrams are dealt in fixed runs of two (a three-character phrase)
 * from wherever a run of Han characters starts: 强化学习 may be dealt as 强化化学
 * and 学习习X into two sentences, so chance rarely holds a whole word of four
 * characters, while real text always does. Here the source is cut into words
 * (the dictionary's segmenter, align/dictionary-words.ts, when compare has the
 * dictionary, else ICU's) and each word's units go together: its own bigrams
 * and the one that leads out of it into the next word, so the pool is exactly
 * the source's units; whole words are dealt at random into sentences of as
 * many words as the real ones. Several deals may be pooled (one deal's 95th
 * percentile over a few dozen lines moves with its seed: 0.164-0.205 on the
 * article), and further layers (a word's characters, the word itself) dealt
 * with it.
 *
 * Why it is off: pooled over 8 deals at the 0.93 quantile it gains a little on
 * the held-out summaries with the dictionary's words, but that gain comes from
 * the dictionary's segmenter cutting a Latin word glued to Han text
 * (`Tinker是`) into single letters, so its letter bigrams are dealt apart;
 * dealt whole (ICU's words, or the dictionary's with Latin words kept), lines
 * naming a frequent term (`Tinker的核心定位:`) find as much in chance as in
 * the source, the one global threshold rises for every line, and the English
 * summary's translation loses support and additions. The article takes
 * neither layer.
 */

import type { Dictionary } from '../align/dictionary.js';
import { dictionaryWords, type HanSplitter } from '../align/dictionary-words.js';
import { tokenizeEnglish } from '../align/english.js';
import { createRandom } from '../random.js';
import { toComparable } from '../normalize/comparable.js';
import { splitHanWithIntl } from '../segment/engines/intl.js';

/** How a summary's chance support is dealt: `units` as every support is (runs of two bigrams), `words` whole words with their units. */
export type SummaryNull = 'units' | 'words';

export interface SummaryNullOptions {
  /** How the source is dealt: as the support's own null does (`units`), or by words. @default 'units' */
  deal?: SummaryNull;
  /** Deals pooled into the null (each line's best against each). @default 1 */
  deals?: number;
  /** Quantile of the pooled chance bests that support must beat. @default the support's `nullQuantile` (0.95) */
  quantile?: number;
  /**
   * Further units dealt with their word, each with a weight on its IDF (0 leaves the layer out): a word's Han
   * characters (`chars`), and the word itself when it has two characters or more (`words`). @default {}
   */
  layers?: UnitLayers;
}

/** Weights of the layers beyond character bigrams. */
export interface UnitLayers {
  chars?: number;
  words?: number;
}

/** Prefixes that keep a layer's units apart from the bigrams (a lone character is a bigram-layer unit too). */
export const CHAR_UNIT = '\u0001';
export const WORD_UNIT = '\u0002';

/** The options with their defaults (the support's own null: one deal in runs of units, at its quantile, bigrams only). */
export function resolveSummaryNull(options: SummaryNullOptions = {}, nullQuantile = 0.95): Required<SummaryNullOptions> {
  return { deal: options.deal ?? 'units', deals: Math.max(1, Math.round(options.deals ?? 1)), quantile: options.quantile ?? nullQuantile, layers: options.layers ?? {} };
}

const HAN_RUN = /\p{Script=Han}+|[\p{L}\p{Nd}]+/gu;

/**
 * The units of a Chinese sentence as `ngramTokens` gives them (align/score-ngram.ts: character bigrams after T→S,
 * a lone character, Latin words and numbers), grouped by the word they start in: each group is one word's bigrams and
 * the bigram leading out of it, a Latin word or a number alone. The groups, flattened, are `ngramTokens(text)`.
 */
export function groupUnitsByWord(text: string, split: HanSplitter = splitHanWithIntl, layers: UnitLayers = {}): string[][] {
  const out: string[][] = [];
  for (const match of toComparable(text).text.matchAll(HAN_RUN)) {
    const run = match[0];
    if (!/\p{Script=Han}/u.test(run)) {
      for (const word of tokenizeEnglish(run)) out.push([word]);
      continue;
    }
    if (run.length === 1) {
      out.push([run]);
      continue;
    }
    let start = 0;
    for (const end of split(run)) {
      const group: string[] = [];
      for (let k = start; k < end && k + 2 <= run.length; k++) group.push(run.slice(k, k + 2));
      if ((layers.chars ?? 0) > 0) for (const c of run.slice(start, end)) group.push(CHAR_UNIT + c);
      if ((layers.words ?? 0) > 0 && end - start >= 2) group.push(WORD_UNIT + run.slice(start, end));
      if (group.length > 0) out.push(group);
      start = end;
    }
  }
  return out;
}

/** IDF weights (coverage.ts `idf`) with each layer's units weighed by its layer's weight. */
export function weighLayers(weights: Map<string, number>, layers: UnitLayers): Map<string, number> {
  for (const [unit, w] of weights) {
    if (unit.startsWith(CHAR_UNIT)) weights.set(unit, w * (layers.chars ?? 0));
    else if (unit.startsWith(WORD_UNIT)) weights.set(unit, w * (layers.words ?? 0));
  }
  return weights;
}

/** The word splitter for a summary's null: the dictionary's own when there is one (as the aligner's units), else ICU's. */
export function chooseSplitter(dictionary: Dictionary | undefined): HanSplitter {
  return dictionary ? dictionaryWords(dictionary) : splitHanWithIntl;
}

/**
 * Deals the words of all sentences (each a group of units) at random into sentences of as many words as each real one
 * (Fisher–Yates, seeded), and returns each dealt sentence's units.
 */
export function dealWords(sentences: readonly (readonly (readonly string[])[])[], seed: number): string[][] {
  const pool = sentences.flat();
  const next = createRandom(seed);
  const order = pool.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const r = Math.floor(next() * (k + 1));
    [order[k], order[r]] = [order[r]!, order[k]!];
  }
  let at = 0;
  return sentences.map((words) => order.slice(at, (at += words.length)).flatMap((k) => pool[k]!));
}
