/**
 * `compareVersions`: every pair of versions compared, into one
 * self-contained report (sentences with original offsets, verdicts with
 * evidence, coverage, omissions, additions, moves, changed facts and
 * Traditional/Simplified diffs), the data the CLI and the viewer render.
 */

import { buildCoverageScorer, chooseSupportMethod, scoreSupport, type Support, type SupportOptions } from '../align/coverage.js';
import type { Dictionary } from '../align/dictionary.js';
import { learnWordPairs } from '../align/learned-pairs.js';
import { buildPartners } from '../align/partners.js';
import { alignPair, type AlignOptions } from '../align/pairwise.js';
import { DEFAULT_WEIGHTS } from '../align/options.js';
import { toReportVersion } from '../render/json.js';
import type { Alignment, CharDiff, CompareReport, DiffPart, OffsetMap, PairReport, VerdictEvidence, Version } from '../schema.js';
import { examineAlone, type AloneOptions } from './alone.js';
import { diffScripts } from './char-diff.js';
import { supportFromItems } from './support-model.js';
import { compareFacts, type FactOptions } from './facts.js';
import { compareNames } from './name-facts.js';
import { analyzeCoverage, type CoverageAnalysis, type OmissionOptions } from './omissions.js';
import { analyzeAlignment, weighAlignment, type ParallelAnalysis, type ParallelOptions } from './parallel.js';
import { chooseFindingModel, NAME_FACT_CONFIDENCE, NUMBER_FACT_CONFIDENCE } from './finding-model.js';
import { maskSpeakers } from './regions.js';
import { relateThroughTranslations } from './relations.js';
import { decideVerdict, measureTextLength, type VerdictOptions } from './verdict.js';
import { isChinese } from '../lang.js';
import { meanWhere, measureLift, round } from '../statistics.js';

export interface CompareOptions {
  /** Chinese→English dictionary; required when Chinese and English versions are compared. */
  dictionary?: Dictionary;
  support?: Omit<SupportOptions, 'dictionary'>;
  verdict?: VerdictOptions;
  facts?: FactOptions;
  omissions?: OmissionOptions;
  parallel?: ParallelOptions;
  /** Options of the alignment that parallel versions are read from (its dictionary is `dictionary`); see `COMPARE_ALIGN_OPTIONS`. */
  align?: Omit<AlignOptions, 'dictionary'>;
  /** A summary in the other language than its source, compared alone when the dictionary's lift is under the bar (compare/alone.ts). */
  alone?: AloneOptions;
  /** Whether parallel versions' checks use word pairs learned from their alignment (`learnWordPairs`). @default true */
  learn?: boolean;
  /**
   * Smallest share of a unit's characters (of the longer side, after T→S) that
   * must be equal for its Traditional/Simplified character diff to be reported.
   * @default 0.5
   */
  minDiffShared?: number;
}

/**
 * The alignment compare reads omissions from. A sentence left without a
 * counterpart costs less than in alignment for its own sake (0.3 for 0.6), or
 * the search absorbs a dropped translation into a neighbour's bead rather
 * than leave it as a 1-0 bead. Measured on MAC-Dev with `pnpm bench compare`:
 * this raised omission recall from 0.37 to 0.55 at the same precision;
 * `unsupported` > 0 ("merges must be earned") did not help, because the
 * extra English sentences of literary 1-2 beads rarely have lexical evidence
 * of their own.
 */
export const COMPARE_ALIGN_OPTIONS: Omit<AlignOptions, 'dictionary'> = { weights: { unaligned: 0.3 } };

/**
 * A second opinion on each unpaired sentence: the same pair aligned at the
 * aligner's own price of an unpaired sentence (`DEFAULT_WEIGHTS.unaligned`),
 * twice compare's. A sentence left alone even there is much more often really
 * untranslated (`pnpm bench compare`, tuned documents: 11 of 20 omissions so
 * left are planted ones, against 39 of 240 overall); the finding model
 * weighs it with the rest (finding-features.ts).
 */
function alignStrictly(source: Version, target: Version, options: AlignOptions): Alignment {
  return alignPair(source, target, { ...options, weights: { ...options.weights, unaligned: DEFAULT_WEIGHTS.unaligned } });
}


/** Compares two versions: the longer is the source, the other the target. */
export function compareVersionPair(versions: readonly Version[], i: number, j: number, options: CompareOptions = {}): PairReport {
  const [vi, vj] = [versions[i]!, versions[j]!];
  const [li, lj] = [measureTextLength(vi), measureTextLength(vj)];
  const [s, t] = li >= lj ? [i, j] : [j, i];
  const source = versions[s]!;
  const target = versions[t]!;
  const supportOptions: SupportOptions = { ...options.support };
  if (options.dictionary) supportOptions.dictionary = options.dictionary;
  // Speaker labels (`John Schulman：`) are structure: scored, they would support every sentence naming the speaker.
  const [sourceSide, targetSide] = [maskSpeakers(source, options.omissions), maskSpeakers(target, options.omissions)];
  const method = chooseSupportMethod(source, target);
  // Retrieval support scores every sentence against every other: needed for a summary, and for a translation only when there is no sharper support of its own.
  let support: Support | undefined;
  const supportOf = (): Support => (support ??= scoreSupport(targetSide, sourceSide, supportOptions));
  if (method === 'lexical' && !options.dictionary) supportOf();
  const lengthRatio = round(Math.min(li, lj) / Math.max(1, li, lj));
  const minLift = options.verdict?.minLift ?? 1.3;
  let aligned: ParallelAnalysis | undefined;
  // Versions of comparable length may be parallel: a monotone alignment reads omissions, additions and moves more exactly than retrieval.
  if (lengthRatio >= (options.verdict?.minAlignLength ?? 0.4)) {
    const alignOptions: AlignOptions = { ...COMPARE_ALIGN_OPTIONS, ...options.align, weights: { ...COMPARE_ALIGN_OPTIONS.weights, ...options.align?.weights } };
    if (options.dictionary) alignOptions.dictionary = options.dictionary;
    const alignment = alignPair(source, target, alignOptions);
    // The document's own word pairs (names, the translator's habits) make the per-sentence checks sharper than the dictionary alone.
    const learned = options.dictionary && options.learn !== false ? learnWordPairs(source, target, alignment.beads, options.dictionary) : undefined;
    const sharper: SupportOptions = learned ? { ...supportOptions, learned } : supportOptions;
    const parallel = { model: chooseFindingModel(method), ...options.omissions, ...options.parallel };
    const scorer = buildCoverageScorer(sourceSide, targetSide, sharper);
    const weighed = weighAlignment(source, target, alignment, scorer, parallel);
    // Unrelated texts of similar length align too, on chance overlap: their own-bead coverage is tiny, whatever its ratio to the null.
    // Both are known before the moves are paired, which on two long unrelated texts is most of the work: such a pair stops here.
    if (measureLift(weighed.score, weighed.baseline) >= minLift && weighed.score >= (options.verdict?.minAlignedScore ?? 0.15)) {
      const candidate = analyzeAlignment(source, target, alignment, scorer, parallel, learned ? buildPartners(targetSide, sourceSide, sharper) : supportOf(), alignStrictly(source, target, alignOptions), weighed);
      if (candidate.supported >= (options.verdict?.minParallelSupported ?? 0.8)) aligned = candidate;
    }
  }
  let analysis: CoverageAnalysis = aligned ?? analyzeCoverage(source, target, supportOf(), { ...options.omissions, scoring: supportOptions });
  const basis: 'support' | 'alignment' = aligned ? 'alignment' : 'support';
  const score = aligned ? aligned.score : meanWhere(supportOf().bestA, supportOf().contentA);
  const baseline = aligned ? aligned.baseline : meanWhere(supportOf().nullA, supportOf().contentA);
  const evidence: VerdictEvidence = {
    method,
    basis,
    score: round(score),
    baseline: round(baseline),
    lift: round(measureLift(score, baseline)),
    supported: analysis.supported,
    coverage: analysis.coverage,
    order: analysis.order,
    lengthRatio,
  };
  let verdict = decideVerdict(evidence, options.verdict);
  // Across languages, thin dictionary evidence is no proof of unrelatedness: shared rare terms are tested in their context (compare/alone.ts).
  if (verdict === 'unrelated' && method === 'lexical' && !aligned && options.dictionary) {
    const alone = examineAlone(source, target, sourceSide, targetSide, options.dictionary, options.alone);
    evidence.anchors = { count: alone.anchors.count, p: Number(alone.anchors.p.toPrecision(2)) };
    verdict = decideVerdict(evidence, options.verdict);
    if (verdict !== 'unrelated') {
      analysis = alone.analyze(options.omissions);
      Object.assign(evidence, { supported: analysis.supported, coverage: analysis.coverage, order: analysis.order });
    }
  }
  if (verdict === 'unrelated') return { source: s, target: t, verdict, evidence, regions: analysis.regions, items: [], facts: [], diffs: [] };
  const factItems = analysis.factItems ?? analysis.items;
  const facts = compareFacts(source, target, factItems, options.facts);
  // Chinese↔English, names spelled in pinyin (name-facts.ts): one changed for another.
  const names = options.dictionary && isChinese(source.lang) !== isChinese(target.lang) ? compareNames(source, target, factItems, options.dictionary) : [];
  // Only a translation's changed numbers and names are measured (finding-model.ts); a summary's facts and other changed terms carry no confidence yet.
  if (basis === 'alignment') {
    for (const fact of facts) if (fact.kind === 'different-number') fact.confidence = NUMBER_FACT_CONFIDENCE;
    for (const fact of names) fact.confidence = NAME_FACT_CONFIDENCE;
  }
  facts.push(...names);
  const diffs: CharDiff[] = [];
  if (isChinese(source.lang) && isChinese(target.lang) && source.lang !== target.lang) {
    for (const item of analysis.items) {
      if (item.type !== 'match' && item.type !== 'moved') continue;
      const parts = diffScripts(joinSide(source, item.source), joinSide(target, item.target), { bothWays: verdict === 'parallel' });
      // A character diff explains wording only between versions of the same sentence; a
      // summary's paraphrase would be all deletions and insertions, so it is left out.
      if (sharedShare(parts) >= (options.minDiffShared ?? DEFAULT_MIN_DIFF_SHARED)) diffs.push({ source: item.source, target: item.target, parts });
    }
  }
  const out: PairReport = { source: s, target: t, verdict, evidence, regions: analysis.regions, items: analysis.items, facts, diffs, support: analysis.support ?? supportFromItems(analysis.items) };
  if (analysis.minConfidence !== undefined) out.minConfidence = analysis.minConfidence;
  return out;
}


/** Compares every pair of `versions` (two or more). */
export function compareVersions(versions: readonly Version[], options: CompareOptions = {}): CompareReport {
  if (versions.length < 2) throw new TypeError(`compareVersions: needs two or more versions, got ${versions.length}`);
  const pairs: PairReport[] = [];
  for (let i = 0; i < versions.length; i++) for (let j = i + 1; j < versions.length; j++) pairs.push(compareVersionPair(versions, i, j, options));
  return { kind: 'compare', versions: versions.map(toReportVersion), pairs: relateThroughTranslations(pairs, versions.length, versions) };
}

/**
 * The report `compareVersions` gives for the versions `keep` (indices into
 * `report.versions`, in the order wanted) of `report`, without comparing again: each pair's own
 * comparison depends on its two versions only, so the kept pairs are reused;
 * relations taken through a version are decided again among the kept ones.
 */
export function selectVersions(report: CompareReport, keep: readonly number[]): CompareReport {
  const index = new Map(keep.map((old, k) => [old, k]));
  const pairs: PairReport[] = [];
  for (const pair of report.pairs) {
    const [source, target] = [index.get(pair.source), index.get(pair.target)];
    if (source === undefined || target === undefined) continue;
    const { via, ...evidence } = pair.evidence;
    // A relation through a version was 'unrelated' on the pair's own scores, and had no findings of its own, unless it kept them (`own`).
    if (via === undefined) pairs.push({ ...pair, source, target, evidence });
    else if (pair.own) pairs.push({ source, target, evidence, ...pair.own });
    else {
      const { support: _support, minConfidence: _min, ...own } = pair;
      pairs.push({ ...own, source, target, verdict: 'unrelated', evidence, items: [], facts: [], diffs: [] });
    }
  }
  // compareVersions' order: by the lower version index, then the higher.
  const key = (p: PairReport): [number, number] => [Math.min(p.source, p.target), Math.max(p.source, p.target)];
  pairs.sort((x, y) => key(x)[0] - key(y)[0] || key(x)[1] - key(y)[1]);
  const versions = keep.map((k) => report.versions[k]!);
  return { kind: 'compare', versions, pairs: relateThroughTranslations(pairs, keep.length, versions) };
}

/** Sentences joined into one text, with one map to the original (each sentence's own map, shifted). */
export function joinSide(version: Version, ids: readonly number[]): { text: string; map: OffsetMap } {
  let text = '';
  const map: OffsetMap = [];
  for (const id of ids) {
    const s = version.sentences[id]!;
    const at = text.length;
    const pieces: OffsetMap = s.map ?? [[0, s.text.length, s.start, s.end]];
    for (const [a, b, c, d] of pieces) map.push([a + at, b + at, c, d]);
    text += s.text;
  }
  return { text, map };
}



/**
 * Share of characters a diff keeps equal, of the longer side.
 * @see CompareOptions.minDiffShared
 */
function sharedShare(parts: readonly DiffPart[]): number {
  let equal = 0;
  let removed = 0;
  let added = 0;
  for (const part of parts) {
    const n = [...part.text].length;
    if (part.type === 'equal') equal += n;
    else if (part.type === 'delete') removed += n;
    else added += n;
  }
  const longer = Math.max(equal + removed, equal + added);
  return longer === 0 ? 1 : equal / longer;
}

const DEFAULT_MIN_DIFF_SHARED = 0.5;
