/**
 * Same-language evidence, zh-Hans↔zh-Hant: both sides are converted to
 * Simplified (`toComparable`, OpenCC with Taiwan phrases), then compared by
 * character bigrams, the n-gram overlap used for near-identical texts
 * (cf. the character n-gram matching of Bleualign's BLEU, Sennrich & Volk 2010).
 * Latin words and numbers count as units of their own.
 */

import { toComparable } from '../normalize/comparable.js';
import { tokenizeEnglish } from './english.js';
import type { SourceUnit } from './units.js';

const HAN_RUN = /\p{Script=Han}+|[\p{L}\p{Nd}]+/gu;

/** The bigram (and word) units of a Chinese sentence, in the comparable Simplified form. */
export function ngramTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of toComparable(text).text.matchAll(HAN_RUN)) {
    const run = match[0];
    if (!/\p{Script=Han}/u.test(run)) {
      out.push(...tokenizeEnglish(run));
      continue;
    }
    if (run.length === 1) out.push(run);
    for (let k = 0; k + 2 <= run.length; k++) out.push(run.slice(k, k + 2));
  }
  return out;
}

/** Units that translate to themselves: the source side of a same-language pair. */
export function identityUnits(tokens: readonly string[]): SourceUnit[] {
  return tokens.map((word) => ({ word, candidates: [word] }));
}
