/**
 * Rare terms a summary line shares with source sentences: Latin-script names
 * and terms (H100, GPT-3.5, LoRA, Dota) and numbers of two digits or more
 * (2018, 80), which a summary copies as they are while it rewords the rest.
 * A term found in one or two source sentences points at them more surely
 * than any overlap of common words, yet a line of many words shares too
 * little else with them to score; so the order prior lets such a sentence
 * into its window even below the window's bar (summary-support.ts). Outside
 * the window it counts for nothing: a name in a footer or another section
 * ("Claude" in a list of recommended articles) is no evidence of support.
 */

import type { Version } from '../schema.js';

export interface SharedTermOptions {
  /** A term in more source sentences than this is too common to point at any. @default 2 */
  maxSourceSentences?: number;
}

const TERM = /[A-Za-z][A-Za-z0-9]*(?:[.+-][A-Za-z0-9]+)*|\d{2,}(?:\.\d+)?/g;

function termsOf(text: string): Set<string> {
  return new Set([...text.matchAll(TERM)].map((m) => m[0].toLowerCase()));
}

/** Per target sentence, the source sentences that share a rare term with it. */
export function findSharedTerms(target: Version, source: Version, options: SharedTermOptions = {}): number[][] {
  const max = options.maxSourceSentences ?? 2;
  const where = new Map<string, number[]>();
  source.sentences.forEach((s, b) => {
    for (const term of termsOf(s.text)) (where.get(term) ?? where.set(term, []).get(term)!).push(b);
  });
  return target.sentences.map((s) => {
    const out = new Set<number>();
    for (const term of termsOf(s.text)) {
      const at = where.get(term);
      if (at !== undefined && at.length <= max) for (const b of at) out.add(b);
    }
    return [...out].sort((x, y) => x - y);
  });
}
