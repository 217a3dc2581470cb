/**
 * A null of its own for a summary's support between Chinese texts (issue 11;
 * measured in docs/summary.md, "A null of its own"). Support beats a shuffled
 * source (align/coverage.ts), whose character bigrams are dealt in fixed runs
 * of two (a three-character phrase) from wherever a run of Han characters
 * starts: 强化学习 may be dealt as 强化化学 and 学习习X into two sentences, so
 * chance rarely holds a whole word of four characters, while real text always
 * does. Here the source is cut into words (ICU's, `Intl.Segmenter`: the same
 * whether or not compare has the dictionary, which the CLI loads only where
 * Chinese meets English) and each word's units go together: its own bigrams
 * and the one that leads out of it into the next word; whole words are dealt
 * at random into sentences of as many words as the real ones.
 *
 * Two things go with it. One deal's threshold is a 95th percentile over a few
 * dozen lines and moves with its seed (0.164-0.205 on the article), so eight
 * deals are pooled. And a Latin word or a number glued to Han text (`Tinker是`,
 * `预训练Transformer进行`, `2018年`) is, in the support's units, a run of
 * letter or digit bigrams (`Ti`, `in`, …, `r是`; `20`, `01`, `18`, `8年`)
 * weighing several words, which a deal of runs of units
 * cuts apart; dealt whole, a line naming such a term (`Tinker的核心定位:`)
 * finds as much in chance as in the source and the one global threshold rises
 * for every line. So a summary's units keep a Latin word or a number whole,
 * as a spaced one is (`latinWords`). With both, the tuned article takes this null over one
 * deal (additions P 0.694 over seeds 1-8) and over runs of units (0.675), at
 * the support's own quantile. Layers that reach paraphrases (a word's
 * characters, the word itself) can be dealt with it too; the article takes
 * neither. The verdict's lift keeps the plain shuffle and the support's own
 * units, so which pairs are summaries does not move.
 */

import type { HanSplitter } from '../align/dictionary-words.js';
import { tokenizeEnglish } from '../align/english.js';
import { createRandom } from '../random.js';
import { toComparable } from '../normalize/comparable.js';
import { splitHanWithIntl } from '../segment/engines/intl.js';

/** How a summary's chance support is dealt: `units` as every support is (runs of two bigrams), `words` whole words with their units. */
export type SummaryNull = 'units' | 'words';

export interface SummaryNullOptions {
  /** How the source is dealt: by words, or as the support's own null does (`units`). @default 'words' */
  deal?: SummaryNull;
  /** Deals pooled into the null (each line's best against each): one deal's threshold moves with its seed. @default 8 */
  deals?: number;
  /** Quantile of the pooled chance bests that support must beat (the article is the same from 0.9 to 0.95). @default the support's `nullQuantile` (0.95) */
  quantile?: number;
  /**
   * Further units dealt with their word, each with a weight on its IDF (0 leaves the layer out): a word's Han
   * characters (`chars`), and the word itself when it has two characters or more (`words`). @default {}
   */
  layers?: UnitLayers;
  /**
   * A Latin word or a number glued to Han text (`Tinker是`, `2018年`) is one unit, as a spaced one is, not a run of
   * letter or digit bigrams (`Ti`, `in`, …, `r是`; `20`, `01`, `18`, `8年`) as the support's units make it
   * (align/score-ngram.ts). @default true
   */
  latinWords?: boolean;
}

/** Weights of the layers beyond character bigrams. */
export interface UnitLayers {
  chars?: number;
  words?: number;
}

/** Prefixes that keep a layer's units apart from the bigrams (a lone character is a bigram-layer unit too). */
export const CHAR_UNIT = '\u0001';
export const WORD_UNIT = '\u0002';

/** The options with their defaults: whole words, Latin ones too, eight deals, the support's quantile, bigrams only. */
export function resolveSummaryNull(options: SummaryNullOptions = {}, nullQuantile = 0.95): Required<SummaryNullOptions> {
  return { deal: options.deal ?? 'words', deals: Math.max(1, Math.round(options.deals ?? 8)), quantile: options.quantile ?? nullQuantile, layers: options.layers ?? {}, latinWords: options.latinWords ?? true };
}

/** The support's own null, as `scoreSupport` deals it: one deal in runs of units, at its quantile, its units. */
export function plainNull(nullQuantile = 0.95): Required<SummaryNullOptions> {
  return { deal: 'units', deals: 1, quantile: nullQuantile, layers: {}, latinWords: false };
}

const HAN_RUN = /\p{Script=Han}+|[\p{L}\p{Nd}]+/gu;
/** Runs of Han, or of other letters and digits: a Latin word or a number never runs on into the Han text it is glued to. */
const HAN_OR_WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{Nd}])+/gu;

/**
 * The units of a Chinese sentence as `ngramTokens` gives them (align/score-ngram.ts: character bigrams after T→S,
 * a lone character, Latin words and numbers), grouped by the word they start in: each group is one word's bigrams and
 * the bigram leading out of it, a Latin word or a number alone. The groups, flattened, are `ngramTokens(text)`
 * (with `latinWords`, a Latin word or a number glued to Han text is a word of its own, not letter or digit bigrams).
 */
export function groupUnitsByWord(text: string, split: HanSplitter = splitHanWithIntl, layers: UnitLayers = {}, latinWords = false): string[][] {
  const out: string[][] = [];
  for (const match of toComparable(text).text.matchAll(latinWords ? HAN_OR_WORD : HAN_RUN)) {
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
