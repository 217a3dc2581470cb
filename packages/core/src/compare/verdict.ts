/**
 * The verdict on a pair of versions, from evidence measured against a
 * baseline: the same support scores with the longer version's units dealt at
 * random into its sentences (align/coverage.ts). Shared vocabulary lifts both
 * alike; only shared content lifts the real scores above the shuffled ones.
 */

import type { PairVerdict, Version, VerdictEvidence } from '../schema.js';

export interface VerdictOptions {
  /** Smallest `score / baseline` for two texts to be versions of one text at all. @default 1.3 */
  minLift?: number;
  /** Parallel texts support nearly every sentence of the shorter one… @default 0.8 */
  minParallelSupported?: number;
  /** …in source order… @default 0.8 */
  minParallelOrder?: number;
  /** …and are of comparable length (with a monotone alignment as evidence: cover this share of the longer one). @default 0.6 */
  minParallelLength?: number;
  /** Length ratio from which a monotone alignment is tried as evidence (English words count 1.6 Han characters, a rough rate, so this is lower than a translation's). @default 0.4 */
  minAlignLength?: number;
  /** Smallest mean coverage of the target's sentences by their own beads for an alignment to count as evidence. @default 0.15 */
  minAlignedScore?: number;
}

/** Parallel, summary or unrelated, from the evidence. */
export function decideVerdict(evidence: VerdictEvidence, options: VerdictOptions = {}): PairVerdict {
  if (evidence.lift < (options.minLift ?? 1.3)) return 'unrelated';
  const parallel =
    evidence.supported >= (options.minParallelSupported ?? 0.8) &&
    evidence.order >= (options.minParallelOrder ?? 0.8) &&
    (evidence.basis === 'alignment' ? evidence.coverage : evidence.lengthRatio) >= (options.minParallelLength ?? 0.6);
  return parallel ? 'parallel' : 'summary';
}

/**
 * Length of a version in comparable units: Han characters count one, English
 * words 1.6 (about the Chinese characters an English word translates to),
 * other letters and digits 0.5 per character.
 */
export function measureTextLength(version: Version): number {
  let n = 0;
  for (const s of version.sentences) {
    for (const m of s.text.matchAll(/\p{Script=Han}|[A-Za-z]+|\p{Nd}+/gu)) {
      const run = m[0];
      n += /\p{Script=Han}/u.test(run) ? 1 : /[A-Za-z]/.test(run) ? 1.6 : 0.5 * run.length;
    }
  }
  return n;
}
