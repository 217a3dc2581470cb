/**
 * A pair's detail taken through a parallel version. When X relates to Y only
 * through Z, a translation of X (relations.ts), each sentence of X is
 * supported by what its counterparts in Z are supported by in Y: the
 * alignment X↔Z and the support Z↔Y, composed. An English summary's own
 * dictionary evidence against a Chinese transcript is too thin to tell its
 * sentences apart from chance (lift 1.05), while its Chinese translation's
 * is not; composing keeps every finding traceable to both steps, and the
 * report says it was taken through Z. A sentence of X that Z leaves out (an
 * untranslated title) has no counterpart to compose through: when X is a
 * summary of Y on its own evidence too (alone.ts), that sentence takes its
 * own support, as comparing X alone gives it; otherwise it stays an addition
 * of low confidence.
 */

import type { CompareItem, PairReport } from '../schema.js';
import { findIncreasingRun } from '../align/coverage.js';
import { supportFromItems } from './support-model.js';
import { quoteFirstWords } from './regions.js';
import { sortItems } from './omissions.js';

type Link = { sentence: number; score: number };

/** Sentences of the pair's `from` version (a version index) with their linked sentences of the other version. */
function linksOf(pair: PairReport, from: number): Map<number, Link[]> {
  const support = pair.support ?? supportFromItems(pair.items);
  const out = new Map<number, Link[]>();
  if (pair.target === from) {
    for (const s of support) out.set(s.target, s.sources);
    return out;
  }
  for (const s of support) for (const x of s.sources) out.set(x.sentence, [...(out.get(x.sentence) ?? []), { sentence: s.target, score: x.score }]);
  return out;
}

/** Confidence of the addition item each target sentence is in. */
function additionConfidence(pair: PairReport): Map<number, number> {
  const out = new Map<number, number>();
  for (const item of pair.items) if (item.type === 'addition') for (const t of item.target) out.set(t, item.confidence ?? 1);
  return out;
}

/** Confidence given to a sentence with no counterpart in the parallel version: nothing tells whether the source has it. */
const UNTRANSLATED_CONFIDENCE = 0.3;

/**
 * The detail of `pair` (its own verdict 'unrelated') composed through version
 * `z`: `first` relates the pair's target to `z`, `second` relates `z` to the
 * pair's source. `texts` are the sentences of the pair's target, for the
 * first words of additions.
 */
export function composeThrough(pair: PairReport, z: number, first: PairReport, second: PairReport, texts: readonly string[], own?: PairReport['support']): PairReport {
  const step1 = linksOf(first, pair.target);
  // The pair's own support (an English summary judged a summary on its own evidence, alone.ts), for a sentence Z leaves untranslated.
  const ownSupport = new Map((own ?? []).map((s) => [s.target, s.sources]));
  const step2 = linksOf(second, z);
  const added = additionConfidence(second);
  const support: NonNullable<PairReport['support']> = [];
  const additions: { t: number; confidence: number }[] = [];
  texts.forEach((text, t) => {
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    const best = new Map<number, number>();
    const via = step1.get(t) ?? [];
    for (const m of via) for (const s of step2.get(m.sentence) ?? []) best.set(s.sentence, Math.max(best.get(s.sentence) ?? 0, Math.min(m.score, s.score)));
    if (via.length === 0) for (const s of ownSupport.get(t) ?? []) best.set(s.sentence, s.score);
    if (best.size > 0) support.push({ target: t, sources: [...best].map(([sentence, score]) => ({ sentence, score })).sort((a, b) => b.score - a.score) });
    else additions.push({ t, confidence: via.length === 0 ? UNTRANSLATED_CONFIDENCE : Math.max(0, ...via.map((m) => added.get(m.sentence) ?? UNTRANSLATED_CONFIDENCE)) });
  });
  const inOrder = new Set(findIncreasingRun(support.map((s) => s.sources[0]!.sentence)).map((k) => support[k]!.target));
  const items: CompareItem[] = support.map((s) => ({ type: inOrder.has(s.target) ? 'match' : 'moved', target: [s.target], source: s.sources.map((x) => x.sentence).sort((a, b) => a - b), score: s.sources[0]!.score }));
  // Consecutive sentences without support, equally sure, are one addition.
  for (let k = 0; k < additions.length; ) {
    let end = k + 1;
    while (end < additions.length && additions[end]!.t === additions[end - 1]!.t + 1 && additions[end]!.confidence === additions[k]!.confidence) end++;
    const run = additions.slice(k, end);
    items.push({ type: 'addition', target: run.map((a) => a.t), firstWords: quoteFirstWords(texts[run[0]!.t]!), confidence: Math.max(...run.map((a) => a.confidence)) });
    k = end;
  }
  // Omissions are the source's: the same regions as the step that reached the pair's source.
  const sameSource = second.source === pair.source;
  if (sameSource) for (const item of second.items) if (item.type === 'omission') items.push(item);
  const out: PairReport = { ...pair, items: sortItems(items), support, facts: [], diffs: [] };
  if (sameSource) out.regions = second.regions;
  if (second.minConfidence !== undefined) out.minConfidence = second.minConfidence;
  return out;
}
