/**
 * A summary compared alone with a source in the other language, when the
 * dictionary's evidence does not beat its shuffled baseline: the anchors'
 * test decides whether it is a summary at all (alone-anchors.ts), and its
 * lines' own-null support (alone-support.ts) feeds the summary analysis of
 * every other summary (omissions.ts: order prior, labels, omitted turns,
 * additions). When a translation of the summary is at hand, its detail is
 * taken through that instead (relations.ts), which the seed measures better.
 */

import type { CoverageSide } from '../align/coverage.js';
import type { Dictionary } from '../align/dictionary.js';
import type { Version } from '../schema.js';
import { testAloneAnchors, type AloneAnchorOptions, type AloneAnchors } from './alone-anchors.js';
import { buildAloneScorer, prepareAloneUnits } from './alone-scorer.js';
import { scoreAloneSupport, type AloneSupportOptions } from './alone-support.js';
import { analyzeCoverage, type CoverageAnalysis, type OmissionOptions } from './omissions.js';

export interface AloneOptions {
  anchors?: AloneAnchorOptions;
  support?: AloneSupportOptions;
}

/** The anchors' evidence, and the analysis as a summary for when it is one. */
export interface AloneExamination {
  anchors: AloneAnchors;
  analyze(options?: OmissionOptions): CoverageAnalysis;
}

/**
 * Examines `target` (the shorter version) against `source` in the other
 * language; `targetSide` and `sourceSide` are the texts scored (speaker
 * labels masked, compare/regions.ts).
 */
export function examineAlone(source: Version, target: Version, sourceSide: CoverageSide, targetSide: CoverageSide, dictionary: Dictionary, options: AloneOptions = {}): AloneExamination {
  const units = prepareAloneUnits(targetSide, sourceSide, dictionary);
  const support = options.support ?? {};
  const scorer = buildAloneScorer(units, support.maxDocumentFrequency === undefined ? {} : { maxDocumentFrequency: support.maxDocumentFrequency });
  return {
    anchors: testAloneAnchors(targetSide.sentences, sourceSide.sentences, scorer, options.anchors),
    analyze: (omissions) => analyzeCoverage(source, target, scoreAloneSupport(units, support, scorer), omissions),
  };
}
