/**
 * What a parallel target (a translation, or the same text in another script)
 * does with its source, read off a monotone sentence alignment (`alignPair`:
 * banded DP, dictionary and Model 1 evidence). The alignment's 1-0 and 0-1
 * beads are omission and addition candidates; so is a sentence inside a
 * bigger bead that the bead's other side does not account for (the DP
 * absorbs a dropped sentence into its neighbour's bead rather than pay for a
 * 1-0). "Accounts for" is judged against a null: the same coverage measured
 * against beads half a document away. A source candidate and a target
 * candidate that account for each other are one moved sentence, not an
 * omission plus an addition.
 *
 * The evidence is weighed in evidence.ts, moves are paired in moves.ts, and
 * items and region coverage are listed in parallel-items.ts.
 */

import type { CoverageScorer, Support } from '../align/coverage.js';
import type { Partners } from '../align/partners.js';
import type { Alignment, Version } from '../schema.js';
import { weighEvidence, type Evidence, type EvidenceOptions } from './evidence.js';
import { pairMoves, type Candidates, type MoveOptions } from './moves.js';
import { sortItems, type CoverageAnalysis } from './omissions.js';
import { listTargetItems, measureSourceCoverage } from './parallel-items.js';
import { describeFindings } from './finding-features.js';
import { FINDING_MODELS, rateFinding, type FindingModel } from './finding-model.js';
import { meanWhere, round, sum } from '../statistics.js';

export interface ParallelOptions extends EvidenceOptions, MoveOptions {
  /** Characters quoted as first words. @default 24 */
  firstWords?: number;
  /** The weights that rate each finding (finding-model.ts). @default FINDING_MODELS.across */
  model?: FindingModel;
  /** Findings of a parallel pair below this confidence are not shown by default (`PairReport.minConfidence`). @default PARALLEL_MIN_CONFIDENCE */
  minParallelConfidence?: number;
  /** Called with each finding's features before it is rated: how `pnpm bench compare --fit` learns the model. */
  observe?: (finding: ObservedFinding) => void;
}

/** A finding's features: the sentence is the source's for an omission, the target's for an addition or a move (whose source sentence is `from`). */
export interface ObservedFinding {
  type: 'omission' | 'addition' | 'moved';
  sentence: number;
  from?: number;
  features: number[];
}

/**
 * The default `minParallelConfidence`, chosen on the tuned documents by
 * `pnpm bench compare --fit`: the lowest threshold at which the omissions
 * and additions shown are more often real than not.
 */
export const PARALLEL_MIN_CONFIDENCE = 0.25;

/** An alignment-based analysis, with the numbers the verdict is decided on. */
export interface ParallelAnalysis extends CoverageAnalysis {
  /** Mean coverage of the target's sentences by their own beads, and by beads half a document away. */
  score: number;
  baseline: number;
}

/** The evidence of an alignment's beads, and the two numbers a verdict reads first. */
export interface WeighedAlignment {
  evidence: Evidence;
  /** Mean coverage of the target's sentences by their own beads, and by beads half a document away. */
  score: number;
  baseline: number;
}

/**
 * How well an alignment's beads account for each other (`weighEvidence`):
 * what `analyzeAlignment` starts from, and all a verdict needs to reject the
 * pair as not parallel before its moves are paired (on two long unrelated
 * texts, most of compare's time).
 */
export function weighAlignment(source: Version, target: Version, alignment: Alignment, scorer: CoverageScorer, options: EvidenceOptions = {}): WeighedAlignment {
  const evidence = weighEvidence(source, target, alignment, scorer, options);
  const { nullB } = evidence;
  return { evidence, score: meanWhere(evidence.ownB, scorer.contentB), baseline: nullB.length > 0 ? sum(nullB) / nullB.length : 0 };
}

/**
 * Analyses `target` against `source` from `alignment = alignPair(source,
 * target)` and `scorer = buildCoverageScorer(source, target)`; `support`
 * (`scoreSupport(target, source)`, or `buildPartners(target, source)`), when given, finds moves the alignment
 * absorbed on one side only. `weighed` is `weighAlignment` of the same, when already made.
 */
export function analyzeAlignment(
  source: Version,
  target: Version,
  alignment: Alignment,
  scorer: CoverageScorer,
  options: ParallelOptions = {},
  support?: Support | Partners,
  strict?: Alignment,
  weighed: WeighedAlignment = weighAlignment(source, target, alignment, scorer, options),
): ParallelAnalysis {
  const quoteLength = options.firstWords ?? 24;
  const { evidence } = weighed;
  const lose: Candidates = { a: new Set<number>(), b: new Set<number>() };
  for (const bead of alignment.beads) {
    if (bead.b.length === 0) for (const s of bead.a) if (scorer.contentA[s]) lose.a.add(s);
    if (bead.a.length === 0) for (const t of bead.b) if (scorer.contentB[t]) lose.b.add(t);
    if (bead.a.length === 0 || bead.b.length === 0) continue;
    // Inside a bead, a sentence is absorbed when its coverage looks unrelated and the bead's lengths and punctuation fit better without it.
    if (bead.a.length > 1) for (const s of bead.a) if (scorer.contentA[s] && evidence.absorbed('a', s, bead.a, bead.b) > 0) lose.a.add(s);
    if (bead.b.length > 1) for (const t of bead.b) if (scorer.contentB[t] && evidence.absorbed('b', t, bead.a, bead.b) > 0) lose.b.add(t);
  }
  const moved = pairMoves({ source, target, alignment, scorer, evidence, support }, lose, options);
  const model = options.model ?? FINDING_MODELS.across;
  const describe = describeFindings({ source, target, alignment, scorer, evidence, lose, strict });
  const rate = (finding: ObservedFinding): number => {
    options.observe?.(finding);
    return rateFinding(model[finding.type], finding.features);
  };
  const rates = {
    a: (s: number): number => rate({ type: 'omission', sentence: s, features: describe.unpaired('a', s) }),
    b: (t: number): number => rate({ type: 'addition', sentence: t, features: describe.unpaired('b', t) }),
    move: (m: (typeof moved)[number]): number => rate({ type: 'moved', sentence: m.t, from: m.s, features: describe.move(m) }),
  };
  const found = listTargetItems(source, target, alignment, scorer, lose, moved, quoteLength, rates);
  const sourceCoverage = measureSourceCoverage(source, scorer, lose.a, quoteLength, rates.a);
  return {
    regions: sourceCoverage.regions,
    items: sortItems([...found.items, ...sourceCoverage.omissions]),
    coverage: sourceCoverage.coverage,
    supported: round(found.content > 0 ? found.supported / found.content : 0),
    order: round(found.matches + moved.length > 0 ? found.matches / (found.matches + moved.length) : 0),
    covered: found.covered,
    minConfidence: options.minParallelConfidence ?? PARALLEL_MIN_CONFIDENCE,
    score: weighed.score,
    baseline: weighed.baseline,
  };
}
