/** Options of `alignPair`, with their defaults resolved in one place. */

import { DEFAULT_ANCHOR_PATH, type AnchorPathOptions } from './anchor-chain.js';
import type { CostWeights } from './cost.js';
import type { WideBeads } from './wide-beads.js';
import type { Dictionary } from './dictionary.js';
import { DEFAULT_NAME_OPTIONS, type NameOptions } from './names.js';
import type { Model1Options } from './score-model1.js';

/** Score components and steps that `disable` can switch off (for ablations). */
export type AlignComponent = 'lexical' | 'dictionary' | 'dictionary-words' | 'names' | 'model1' | 'length' | 'anchors' | 'anchor-path' | 'punctuation' | 'structure' | 'second-pass';

/** The stages of `alignPair`, in order, as `onStage` reports them. */
export type AlignStage = 'segmentation' | 'dictionary units' | 'anchors' | 'pass 1' | 'model 1' | 'pass 2';

export interface AlignOptions {
  /** Chinese→English dictionary (`await loadDictionary()`); required for Chinese↔English unless disabled. */
  dictionary?: Dictionary;
  /**
   * Largest number of sentences on one side of a bead: a long sentence translated as up to ten (MAC-Dev's gold has
   * 1-5 and 1-6 beads; a political speech's long Chinese sentences come out as up to nine English ones). @default 10
   */
  maxBead?: number;
  /** Beads wider than `from` sentences are searched only where their lengths fit; see `WideBeads`. @default {from: 4, maxLengthCost: 6} */
  wideBeads?: Partial<WideBeads>;
  /** Largest bead of the first pass, which only has to find the path: small shapes keep it fast. @default 3 */
  firstMaxBead?: number;
  /** Half-width, in sentences, of the second pass's band around the first pass's path. @default 8 */
  band?: number;
  /** Smallest half-width of the first pass's band around the anchor path (or the diagonal, with `disable: ['anchor-path']`). @default 30 */
  firstBand?: number;
  /**
   * First-pass half-width between two anchors `di` and `dj` sentences apart, as a share of their harmonic mean
   * `2·di·dj/(di+dj)`, the width that holds any monotone path between them (see `bandAroundAnchors`).
   * With `disable: ['anchor-path']`, a share of the longer side instead.
   * @default 1 (0.1 for the diagonal band)
   */
  firstBandFraction?: number;
  /** Largest first-pass half-width, which bounds time where anchors are far apart or missing. @default 60 */
  firstBandMax?: number;
  /** Finding the first pass's anchors; see `AnchorPathOptions`. @default {maxFrequency: 2, minWeight: 1, window: 500, tolerance: 3, slack: 0.25} */
  anchorPath?: Partial<AnchorPathOptions>;
  /** Fewest first-pass 1-1 beads to re-estimate the length ratio and variance from. @default 5 */
  minLengthBeads?: number;
  /** Cost weights; see `CostWeights`. */
  weights?: Partial<CostWeights>;
  /**
   * Where dictionary evidence is reliable, a merged sentence that matches nothing is priced: when the first pass's 1-1
   * beads match at least `minShare` of their units on average, the second pass prices each sentence of a merged side
   * whose units all stay unmatched at `weight` (`CostWeights.silent`). Literary translations match 0.23–0.42 on
   * average (MAC-Dev), so there a loose sentence may still join its neighbour's bead; a memo or a manual matches
   * most of its words (0.88 on four English lines against three Chinese), and an untranslated line there is left
   * unpaired. A `weights.silent` set by the caller applies to both passes instead. @default {minShare: 0.6, weight: 0.5}
   */
  silentMerges?: Partial<SilentMerges>;
  /** IBM Model 1 training; see `Model1Options`. @default {iterations: 5, prior: 1, minProbability: 0.2, minCount: 1.5, maxBeads: 5000} */
  model1?: Partial<Model1Options & { maxBeads: number }>;
  /** Names spelled in pinyin (names.ts); see `NameOptions`. @default {maxChars: 4, maxWords: 3, maxSpellings: 32, maxShare: 0.1} */
  names?: NameOptions;
  /** Components to switch off. @default [] */
  disable?: readonly AlignComponent[];
  /**
   * Called as each stage ends, for a profiler (its clock stays out of core): the time since the previous call belongs to
   * `stage`. Segmentation and dictionary units alternate block by block, so they are reported many times; sum by name.
   * A stage that is switched off still ends, at once.
   */
  onStage?: (stage: AlignStage) => void;
}

/** When the second pass prices merged sentences that match nothing; see `AlignOptions.silentMerges`. */
export interface SilentMerges {
  minShare: number;
  weight: number;
}

export interface ResolvedOptions {
  dictionary: Dictionary | undefined;
  maxBead: number;
  wideBeads: WideBeads;
  firstMaxBead: number;
  band: number;
  firstBand: number;
  firstBandFraction: number;
  firstBandMax: number;
  anchorPath: AnchorPathOptions;
  weights: CostWeights;
  silentMerges: SilentMerges | undefined;
  minLengthBeads: number;
  model1: Model1Options & { maxBeads: number };
  names: NameOptions;
  disable: ReadonlySet<AlignComponent>;
}

/** `AlignOptions.maxBead`'s default, for callers that pass it on (the CLI's `--max-bead`). */
export const DEFAULT_MAX_BEAD = 10;

export const DEFAULT_WEIGHTS: CostWeights = {
  lexical: 1,
  length: 0.1,
  punctuation: 0.15,
  structure: 3,
  merge: 0.35,
  manyToMany: 0.5,
  unaligned: 0.6,
  empty: 0.5,
  unsupported: 0,
  silent: 0,
};

/**
 * Same-script pairs (character bigrams) have evidence so reliable that a
 * sentence without overlap is really unmatched: merges must be earned there.
 */
export const NGRAM_WEIGHTS: Partial<CostWeights> = { unsupported: 1 };

const COMPONENTS = new Set<string>(['lexical', 'dictionary', 'dictionary-words', 'names', 'model1', 'length', 'anchors', 'anchor-path', 'punctuation', 'structure', 'second-pass']);

export function resolveOptions(options: AlignOptions): ResolvedOptions {
  for (const c of options.disable ?? []) {
    if (!COMPONENTS.has(c)) throw new TypeError(`alignPair: unknown component ${JSON.stringify(c)} in options.disable (expected one of ${[...COMPONENTS].join(', ')})`);
  }
  return {
    dictionary: options.dictionary,
    maxBead: options.maxBead ?? DEFAULT_MAX_BEAD,
    wideBeads: { from: 4, maxLengthCost: 6, ...options.wideBeads },
    firstMaxBead: options.firstMaxBead ?? 3,
    band: options.band ?? 8,
    firstBand: options.firstBand ?? 30,
    firstBandFraction: options.firstBandFraction ?? (options.disable?.includes('anchor-path') ? 0.1 : 1),
    firstBandMax: options.firstBandMax ?? 60,
    anchorPath: { ...DEFAULT_ANCHOR_PATH, ...options.anchorPath },
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    silentMerges: options.weights?.silent === undefined ? { minShare: 0.6, weight: 0.5, ...options.silentMerges } : undefined,
    minLengthBeads: options.minLengthBeads ?? 5,
    model1: { iterations: 5, prior: 1, minProbability: 0.2, minCount: 1.5, maxBeads: 5000, ...options.model1 },
    names: { ...DEFAULT_NAME_OPTIONS, ...options.names },
    disable: new Set(options.disable ?? []),
  };
}
