/**
 * A cross-language score for a summary compared alone with its source in the
 * other language (an English summary of a Chinese transcript): how much of a
 * summary line's content a set of source sentences can account for through
 * the dictionary. Retrieval's cosine (align/coverage.ts) weighs each side's
 * words by their rarity on their own side, so an English word that a dozen
 * polysemous Chinese words translate (power: 力, 能力, 算力, 权力…) counts
 * as much as a rare one. Here a line's item is weighted by how few source
 * sentences can translate it at all (Salton & Buckley 1988's IDF, taken on
 * the side it is looked for in), and single Han characters carry no
 * evidence: their glosses match almost any English line (会 "skill", 引
 * "lead"), as issue 10 measured for ECDICT's single-character entries.
 */

import type { CoverageSide, Unit, WeightedItem } from '../align/coverage.js';
import { buildUnits, shuffleWithin } from '../align/coverage.js';
import type { Dictionary } from '../align/dictionary.js';

export interface AloneScorerOptions {
  /** An item found in more than this share of the source's sentences carries no evidence. @default 0.25 */
  maxDocumentFrequency?: number;
}

/** Items of each summary line and, per source sentence, the keys it holds. */
export interface AloneScorer {
  /** Per target sentence: its items with their weights (each once). */
  items: readonly (readonly WeightedItem[])[];
  /** Per target sentence: the summed weight of its items (0: no evidence either way). */
  total: Float64Array;
  /** Source sentence count. */
  sources: number;
  /** Per item key: the source sentences holding it, ascending. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Per target sentence, the weight of its items found in each source sentence, summed, over the line's total: the line's coverage by that one sentence. */
  coverEach(t: number): Float64Array;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** The units of both sides, looked up once: a null deals them again without another dictionary pass. */
export interface AloneUnits {
  target: readonly (readonly Unit[])[];
  source: readonly (readonly Unit[])[];
}

/**
 * The units of `target` (the summary) and `source`, in different languages:
 * the aligner's own (align/coverage.ts `buildUnits`), Chinese words with their
 * dictionary stems and English stems, single Han characters left out.
 */
export function prepareAloneUnits(target: CoverageSide, source: CoverageSide, dictionary: Dictionary): AloneUnits {
  const built = buildUnits(target, source, dictionary);
  if (built.method !== 'lexical') throw new TypeError(`prepareAloneUnits: needs a Chinese and an English side, got ${target.lang} and ${source.lang}`);
  // buildUnits gives the Chinese side's units and the English side's tokens, whichever side is the target.
  const chinese = built.units.map((list) => list.filter((u) => !SINGLE_HAN.test(u.word)));
  const english = built.tokens.map((list) => list.map((word) => ({ word, keys: [word] })));
  return built.swapped ? { target: english, source: chinese } : { target: chinese, source: english };
}

/** The scorer of a summary's units against its source's (`prepareAloneUnits`). */
export function buildAloneScorer(units: AloneUnits, options: AloneScorerOptions = {}): AloneScorer {
  const { target: targetUnits, source: sourceUnits } = units;
  const postings = buildPostings(sourceUnits, wantedKeys(targetUnits));
  const n = Math.max(1, sourceUnits.length);
  const maxShare = options.maxDocumentFrequency ?? 0.25;
  const items = targetUnits.map((list) => {
    const byWord = new Map<string, WeightedItem>();
    for (const unit of list) {
      if (byWord.has(unit.word)) continue;
      // Document frequency of an item: the source sentences holding any of its keys.
      const where = new Set<number>();
      for (const key of unit.keys) for (const b of postings.get(key) ?? []) where.add(b);
      const df = where.size;
      const weight = df === 0 || df / n > maxShare ? 0 : Math.log(n / df);
      if (weight > 0) byWord.set(unit.word, { weight, keys: unit.keys });
    }
    return [...byWord.values()];
  });
  const total = Float64Array.from(items, (list) => list.reduce((x, item) => x + item.weight, 0));
  return scorerOf(items, total, postings, sourceUnits.length);
}

/**
 * `real` (`buildAloneScorer(units)`) against its source with the source's words dealt at random into sentences of the
 * same sizes (a null that keeps the vocabulary), with seed `seed`: the same items and weights, taken on the real source.
 */
export function dealAloneScorer(real: AloneScorer, units: AloneUnits, seed: number): AloneScorer {
  return scorerOf(real.items, real.total, buildPostings(shuffleWithin(units.source, seed), wantedKeys(units.target)), real.sources);
}

/** Only keys a line can look for need postings: a few hundred, against the tens of thousands of glosses a source holds. */
function wantedKeys(targetUnits: readonly (readonly Unit[])[]): Set<string> {
  const wanted = new Set<string>();
  for (const list of targetUnits) for (const unit of list) for (const key of unit.keys) wanted.add(key);
  return wanted;
}

function scorerOf(items: readonly (readonly WeightedItem[])[], total: Float64Array, postings: ReadonlyMap<string, readonly number[]>, sources: number): AloneScorer {
  const stamp = new Int32Array(sources).fill(-1);
  let stampId = 0;
  return {
    items,
    total,
    sources,
    postings,
    coverEach(t) {
      const out = new Float64Array(sources);
      if (total[t]! <= 0) return out;
      for (const item of items[t]!) {
        stampId++;
        for (const key of item.keys) {
          for (const b of postings.get(key) ?? []) {
            if (stamp[b] === stampId) continue;
            stamp[b] = stampId;
            out[b] = out[b]! + item.weight;
          }
        }
      }
      for (let b = 0; b < out.length; b++) out[b] = out[b]! / total[t]!;
      return out;
    },
  };
}

/** Per key of `wanted`: the sentences of `units` holding it, ascending. */
function buildPostings(units: readonly (readonly Unit[])[], wanted: ReadonlySet<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  units.forEach((list, b) => {
    for (const unit of list) {
      for (const key of unit.keys) {
        if (!wanted.has(key)) continue;
        let p = out.get(key);
        if (!p) out.set(key, (p = []));
        if (p[p.length - 1] !== b) p.push(b);
      }
    }
  });
  return out;
}
