/**
 * The one support model of a compare report (`PairReport.support`): each
 * target sentence with its supporting source sentences and a score. A
 * summary's analysis fills it from its support; an aligned pair's is read off
 * its matches and moves, the fallback the schema documents.
 */
import type { CompareItem, PairReport } from '../schema.js';

/** The support model of an aligned pair: each target sentence of a match or move, supported by the item's source sentences with its score. */
export function supportFromItems(items: readonly CompareItem[]): NonNullable<PairReport['support']> {
  const out = new Map<number, { sentence: number; score: number }[]>();
  for (const item of items) {
    if (item.type !== 'match' && item.type !== 'moved') continue;
    for (const t of item.target) out.set(t, [...(out.get(t) ?? []), ...item.source.map((sentence) => ({ sentence, score: Math.max(0, Math.min(1, item.score)) }))]);
  }
  return [...out].sort((x, y) => x[0] - y[0]).map(([target, sources]) => ({ target, sources }));
}
