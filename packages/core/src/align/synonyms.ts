/**
 * Chinese near-synonyms through CC-CEDICT: two words are near-synonyms when
 * their entries share an English gloss (创办人 and 创始人 are both "founder",
 * 算力 and 计算资源 both "compute"). A summary rewords its source with such
 * words, and character bigrams alone miss them. Each word of two or more
 * characters that the dictionary knows gives its glosses as extra tokens
 * (prefixed, so they never meet a Latin word of the text), and IDF weighs
 * them like any token: a gloss shared by a quarter of the sentences
 * (problem, people) counts nothing.
 */

import type { Dictionary } from './dictionary.js';
import { segmentWords } from '../segment/words.js';

export interface GlossOptions {
  /** Words with more glosses than this are too vague to relate two sentences. @default 4 */
  maxGlosses?: number;
}

/** Prefix of gloss tokens. */
export const GLOSS = '≈';

/** The words of a Simplified text that carry glosses, each with its gloss tokens. */
export function glossWords(text: string, dictionary: Dictionary, options: GlossOptions = {}): { word: string; glosses: string[] }[] {
  const max = options.maxGlosses ?? 4;
  const out: { word: string; glosses: string[] }[] = [];
  for (const token of segmentWords(text, { lang: 'zh-Hans' })) {
    if (token.kind !== 'han' || token.text.length < 2) continue;
    const stems = dictionary.get(token.text);
    if (!stems || stems.length === 0 || stems.length > max) continue;
    out.push({ word: `${GLOSS}${token.text}`, glosses: stems.map((s) => `${GLOSS}${s}`) });
  }
  return out;
}
