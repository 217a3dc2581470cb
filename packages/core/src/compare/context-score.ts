/**
 * A summary line's support scored in context. A summary condenses a passage,
 * not a sentence: `小型研究與大型項目並存` draws on three short source lines in
 * a row (小规模、探索性的研究项目 / 大规模、工程驱动的重点项目), each of which
 * alone shares too little with it to count. So a source sentence's score for a
 * line is its own plus a share of its better neighbour's, the passage's
 * evidence (the smoothing of passage retrieval, as Callan 1994 scores a
 * passage rather than a document). The same is done against the shuffled
 * source that the support threshold comes from (align/coverage.ts): its
 * neighbours are unrelated, so context lifts a real passage's sentences more
 * than chance ones, and the bar stays relative to chance. A label keeps its own
 * words' score: a heading names a section, which its title or question states
 * (labels.ts), and smoothed labels moved the tuned summary's
 * `AGI 時程與 AI 實驗室協作` off the turn it heads.
 */

import { buildUnits, idf, scoreAll, shuffleWithin, type CoverageSide, type Support, type SupportOptions, type SupportPair } from '../align/coverage.js';
import { quantile } from '../statistics.js';

export interface ContextOptions {
  /**
   * Share of the better neighbour's score added to a source sentence's (0 turns context off). The tuned summary is the
   * same from 0.1 to 0.4; on the held-out outline 0.1 finds one line more, 0.15-0.4 three, and from 0.2 the English
   * summary's translation finds two wrong sources (`pnpm bench summary --context`). @default 0.15
   */
  weight?: number;
}

/**
 * `support` (`scoreSupport(target, source, scoring)`) with its target side
 * scored again in context: each target sentence `t` with `smooth[t]` gets
 * every source sentence's score plus `weight` times its better neighbour's,
 * against the real and the shuffled source alike; ranks, partners and the
 * threshold follow from those scores as `scoreSupport` takes them.
 */
export function scoreInContext(target: CoverageSide, source: CoverageSide, support: Support, smooth: readonly boolean[], scoring: SupportOptions = {}, options: ContextOptions = {}): Support {
  const weight = options.weight ?? 0.15;
  if (!(weight > 0) || !smooth.some(Boolean)) return support;
  const maxShare = scoring.maxDocumentFrequency ?? 0.25;
  const { method, units, tokens, swapped } = buildUnits(target, source, scoring.dictionary, scoring.learned, scoring.synonyms, scoring.names);
  const wa = idf(units.map((list) => list.map((u) => u.word)), maxShare);
  const wb = idf(tokens, maxShare);
  const seed = scoring.seed ?? 1;
  const chunk = scoring.nullChunk ?? (method === 'ngram' ? 2 : 1);
  const all = Math.max(units.length, tokens.length);
  // The target's rows against the source as it is and as the null deals it, every pair kept (the neighbours of a candidate count too).
  const rows = (u: typeof units, t: typeof tokens): Float64Array[] => {
    const scored = scoreAll(u, t, wa, wb, all, all);
    const pairs = swapped ? scored.byB.map((row) => row.map((p) => ({ a: p.b, b: p.a, score: p.score }))) : scored.byA;
    return pairs.map((row) => {
      const dense = new Float64Array(source.sentences.length);
      for (const p of row) dense[p.b] = p.score;
      return dense;
    });
  };
  const inContext = (dense: Float64Array[]): Float64Array[] => dense.map((row, t) => (smooth[t] ? addNeighbours(row, weight) : row));
  const real = inContext(rows(units, tokens));
  const chance = inContext(swapped ? rows(shuffleWithin(units, seed + 1, chunk), tokens) : rows(units, shuffleWithin(tokens, seed, chunk)));
  const nullA = Float64Array.from(chance, (row) => Math.max(0, ...row));
  const thresholdA = Math.max(scoring.minScore ?? 0.08, quantile(nullA, scoring.nullQuantile ?? 0.95));
  const rankedA = real.map((row, a) => rank(row, a, scoring.rankedK ?? 32));
  const topK = scoring.topK ?? 8;
  const relative = scoring.relative ?? 0.5;
  const a = rankedA.map((row) => row.slice(0, topK).filter((p) => p.score >= thresholdA && p.score >= relative * (row[0]?.score ?? 0)));
  return { ...support, a, rankedA, bestA: Float64Array.from(real, (row) => Math.max(0, ...row)), nullA, thresholdA };
}

/** Each score plus `weight` times the larger of its two neighbours' (the row's own scores, not the raised ones). */
export function addNeighbours(row: Float64Array, weight: number): Float64Array {
  const out = new Float64Array(row.length);
  for (let b = 0; b < row.length; b++) out[b] = row[b]! + weight * Math.max(row[b - 1] ?? 0, row[b + 1] ?? 0);
  return out;
}

/** The `k` best-scored source sentences of a row, best first (of equal scores the earlier). */
function rank(row: Float64Array, a: number, k: number): SupportPair[] {
  const out: SupportPair[] = [];
  row.forEach((score, b) => {
    if (score > 0) out.push({ a, b, score });
  });
  return out.sort((x, y) => y.score - x.score || x.b - y.b).slice(0, k);
}
