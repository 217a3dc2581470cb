/**
 * The document's own word pairs, learned from an alignment by IBM Model 1
 * (Brown et al. 1993) as `alignPair`'s second pass learns them (Moore 2002),
 * for scorers outside the search: names (韦小宝 → Trinket) and the
 * translator's habits are the surest evidence that two sentences of a novel
 * translate each other, and no dictionary has them.
 */

import { toComparable } from '../normalize/comparable.js';
import type { Lang } from '../schema.js';
import type { Dictionary } from './dictionary.js';
import { tokenizeEnglish } from './english.js';
import { chineseUnits } from './score-lexical.js';
import { learnTranslations, type Model1Options } from './score-model1.js';
import { buildSourceUnits, buildTargetUnits, Vocabulary } from './units.js';
import { isChinese } from '../lang.js';

/** One side: its language and sentence texts. */
export interface LearnSide {
  lang: Lang;
  sentences: readonly { text: string }[];
}

export interface LearnOptions extends Partial<Model1Options> {
  /** Largest bead (sentences on both sides) trained on: big beads spread the counts thin. @default 3 */
  maxBeadSize?: number;
}


/**
 * Trains Model 1 on the contiguous beads of an alignment of `a` with `b`
 * (one Chinese, one English side, in either order; `beads[k].a` indexes `a`)
 * and returns what it learned beyond the dictionary: Chinese unit word →
 * English tokens (as `tokenizeEnglish` writes them). Empty for other pairs.
 */
export function learnWordPairs(a: LearnSide, b: LearnSide, beads: readonly { a: readonly number[]; b: readonly number[] }[], dictionary: Dictionary, options: LearnOptions = {}): Map<string, string[]> {
  if (isChinese(a.lang) === isChinese(b.lang)) return new Map();
  const swap = !isChinese(a.lang);
  const [zh, en] = swap ? [b, a] : [a, b];
  const vocab = new Vocabulary();
  const target = buildTargetUnits(en.sentences.map((s) => tokenizeEnglish(s.text)), vocab);
  const units = zh.sentences.map((s) => chineseUnits(toComparable(s.text).text, dictionary));
  const source = buildSourceUnits(units, vocab);
  const maxSize = options.maxBeadSize ?? 3;
  const contiguous = (ids: readonly number[]): boolean => ids.every((x, k) => k === 0 || x === ids[k - 1]! + 1);
  const training = [];
  for (const bead of beads) {
    const [za, eb] = swap ? [bead.b, bead.a] : [bead.a, bead.b];
    if (za.length === 0 || eb.length === 0 || za.length + eb.length > maxSize || !contiguous(za) || !contiguous(eb)) continue;
    training.push({ i0: za[0]!, a: za.length, j0: eb[0]!, b: eb.length });
  }
  const learned = learnTranslations(source, target, training, { iterations: 5, prior: 1, minProbability: 0.2, minCount: 1.5, ...options });
  const out = new Map<string, string[]>();
  for (const [word, ids] of learned) out.set(word, ids.map((id) => vocab.words[id]!));
  return out;
}
