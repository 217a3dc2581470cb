/**
 * The verdict on a pair of versions, from evidence measured against a
 * baseline: the same support scores with the longer version's units dealt at
 * random into its sentences (align/coverage.ts). Shared vocabulary lifts both
 * alike; only shared content lifts the real scores above the shuffled ones.
 * Across languages a short summary's dictionary evidence can be too thin for
 * that (an English summary of a Chinese transcript), and the anchors' test
 * (compare/alone-anchors.ts), a null within the pair, decides instead.
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
  /**
   * Across languages, under `minLift`: fewest anchors (summary lines sharing a rare term with the source,
   * compare/alone-anchors.ts) for their test to count; one lucky term is no evidence. @default 2
   */
  minAnchors?: number;
  /**
   * …and the largest combined probability of their contexts by chance for the pair to be a summary. On the seed the
   * English summary alone: against the transcript 3 anchors, p 0.0005; the article 11, p 0.006; the outline 5, p 0.004;
   * the essay none. 35-line chunks of MAC-Dev's English against the other documents' Chinese (364 pairs, 16 with
   * anchors): none at or under 0.01. @default 0.01
   */
  maxAnchorP?: number;
}

/** Parallel, summary or unrelated, from the evidence. */
export function decideVerdict(evidence: VerdictEvidence, options: VerdictOptions = {}): PairVerdict {
  if (evidence.lift < (options.minLift ?? 1.3)) return isAnchored(evidence, options) ? 'summary' : 'unrelated';
  const parallel =
    evidence.supported >= (options.minParallelSupported ?? 0.8) &&
    evidence.order >= (options.minParallelOrder ?? 0.8) &&
    (evidence.basis === 'alignment' ? evidence.coverage : evidence.lengthRatio) >= (options.minParallelLength ?? 0.6);
  return parallel ? 'parallel' : 'summary';
}

/** Whether the pair's shared rare terms sit in passages their lines restate beyond chance (the `anchors` evidence, across languages). */
export function isAnchored(evidence: VerdictEvidence, options: VerdictOptions = {}): boolean {
  const anchors = evidence.anchors;
  return anchors !== undefined && anchors.count >= (options.minAnchors ?? 2) && anchors.p <= (options.maxAnchorP ?? 0.01);
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
