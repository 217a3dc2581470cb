/**
 * `compareVersions`: every pair of versions compared, into one
 * self-contained report (sentences with original offsets, verdicts with
 * evidence, coverage, omissions, additions, moves, changed facts and
 * Traditional/Simplified diffs), the data the CLI and the viewer render.
 */

import { buildCoverageScorer, scoreSupport, type SupportOptions } from '../align/coverage.js';
import type { Dictionary } from '../align/dictionary.js';
import { alignPair } from '../align/pairwise.js';
import { toReportVersion } from '../render/json.js';
import type { CharDiff, CompareReport, OffsetMap, PairReport, Version } from '../schema.js';
import { diffScripts } from './char-diff.js';
import { compareFacts, type FactOptions } from './facts.js';
import { analyzeCoverage, type CoverageAnalysis, type OmissionOptions } from './omissions.js';
import { analyzeAlignment, type ParallelOptions } from './parallel.js';
import { decideVerdict, measureTextLength, type VerdictOptions } from './verdict.js';

export interface CompareOptions {
  /** Chinese→English dictionary; required when Chinese and English versions are compared. */
  dictionary?: Dictionary;
  support?: Omit<SupportOptions, 'dictionary'>;
  verdict?: VerdictOptions;
  facts?: FactOptions;
  omissions?: OmissionOptions;
  parallel?: ParallelOptions;
}

const isChinese = (v: Version): boolean => v.lang === 'zh-Hans' || v.lang === 'zh-Hant';

/** Compares two versions: the longer is the source, the other the target. */
export function compareVersionPair(versions: readonly Version[], i: number, j: number, options: CompareOptions = {}): PairReport {
  const [vi, vj] = [versions[i]!, versions[j]!];
  const [li, lj] = [measureTextLength(vi), measureTextLength(vj)];
  const [s, t] = li >= lj ? [i, j] : [j, i];
  const source = versions[s]!;
  const target = versions[t]!;
  const supportOptions: SupportOptions = { ...options.support };
  if (options.dictionary) supportOptions.dictionary = options.dictionary;
  const support = scoreSupport(target, source, supportOptions);
  const mean = (values: Float64Array, keep: readonly boolean[]): number => {
    let sum = 0;
    let n = 0;
    values.forEach((v, k) => {
      if (!keep[k]) return;
      sum += v;
      n++;
    });
    return n > 0 ? sum / n : 0;
  };
  const lengthRatio = round(Math.min(li, lj) / Math.max(1, li, lj));
  const minLift = options.verdict?.minLift ?? 1.3;
  let analysis: CoverageAnalysis = analyzeCoverage(source, target, support, options.omissions);
  let score = mean(support.bestA, support.contentA);
  let baseline = mean(support.nullA, support.contentA);
  let basis: 'support' | 'alignment' = 'support';
  // Versions of comparable length may be parallel: a monotone alignment reads omissions, additions and moves more exactly than retrieval.
  if (lengthRatio >= (options.verdict?.minAlignLength ?? 0.4)) {
    const alignment = alignPair(source, target, options.dictionary ? { dictionary: options.dictionary } : {});
    const aligned = analyzeAlignment(source, target, alignment, buildCoverageScorer(source, target, supportOptions), { ...options.omissions, ...options.parallel }, support);
    const alignedLift = aligned.baseline > 0 ? aligned.score / aligned.baseline : aligned.score > 0 ? Infinity : 0;
    // Unrelated texts of similar length align too, on chance overlap: their own-bead coverage is tiny, whatever its ratio to the null.
    if (alignedLift >= minLift && aligned.score >= (options.verdict?.minAlignedScore ?? 0.15) && aligned.supported >= (options.verdict?.minParallelSupported ?? 0.8)) {
      analysis = aligned;
      score = aligned.score;
      baseline = aligned.baseline;
      basis = 'alignment';
    }
  }
  const evidence = {
    method: support.method,
    basis,
    score: round(score),
    baseline: round(baseline),
    lift: round(baseline > 0 ? score / baseline : score > 0 ? Infinity : 0),
    supported: analysis.supported,
    coverage: analysis.coverage,
    order: analysis.order,
    lengthRatio,
  };
  const verdict = decideVerdict(evidence, options.verdict);
  if (verdict === 'unrelated') return { source: s, target: t, verdict, evidence, regions: analysis.regions, items: [], facts: [], diffs: [] };
  const facts = compareFacts(source, target, analysis.items, options.facts);
  const diffs: CharDiff[] = [];
  if (isChinese(source) && isChinese(target) && source.lang !== target.lang) {
    for (const item of analysis.items) {
      if (item.type !== 'match' && item.type !== 'moved') continue;
      diffs.push({ source: item.source, target: item.target, parts: diffScripts(joinSide(source, item.source), joinSide(target, item.target)) });
    }
  }
  return { source: s, target: t, verdict, evidence, regions: analysis.regions, items: analysis.items, facts, diffs };
}

/** Compares every pair of `versions` (two or more). */
export function compareVersions(versions: readonly Version[], options: CompareOptions = {}): CompareReport {
  if (versions.length < 2) throw new TypeError(`compareVersions: needs two or more versions, got ${versions.length}`);
  const pairs: PairReport[] = [];
  for (let i = 0; i < versions.length; i++) for (let j = i + 1; j < versions.length; j++) pairs.push(compareVersionPair(versions, i, j, options));
  return { kind: 'compare', versions: versions.map(toReportVersion), pairs };
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

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);
