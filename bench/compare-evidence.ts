/**
 * How much the sentence evidence that compare decides with can tell at all,
 * on MAC-Dev: what lies under the omission and move numbers of
 * `pnpm bench compare`. The pair score is the parallel path's (mean of both
 * coverages, CC-CEDICT plus word pairs learned by Model 1 from the
 * document's own alignment, not from the gold):
 *
 * - on the unedited gold 1-1 beads, how often a Chinese sentence's own
 *   translation scores above its neighbour's (AUC), and above every English
 *   sentence more than 3 away (what finding a moved sentence anywhere needs);
 * - on the edited documents, with the gold alignment given everywhere, how
 *   well coverage alone tells an untranslated Chinese sentence (scored
 *   against the neighbouring bead it would be merged into) from a translated
 *   one (against its own bead); the search adds order and length to this;
 * - on the edited documents, moves paired when the true candidates are given
 *   (every zh sentence whose English was deleted or moved, every en sentence
 *   whose Chinese was deleted or that moved): mutual best pairs, a ceiling
 *   for pairing by this score.
 */
import { alignPair, buildCoverageScorer, COMPARE_ALIGN_OPTIONS, learnWordPairs, type CoverageScorer, type Dictionary, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';

/** Compare's parallel-path evidence for two versions aligned as compare aligns them: its coverage scorer and its pair score. */
export interface PairEvidence {
  scorer: CoverageScorer;
  score: (i: number, j: number) => number;
}

export function buildPairEvidence(zh: Version, en: Version, dictionary: Dictionary): PairEvidence {
  const alignment = alignPair(zh, en, { ...COMPARE_ALIGN_OPTIONS, dictionary });
  const learned = learnWordPairs(zh, en, alignment.beads, dictionary);
  const scorer = buildCoverageScorer(zh, en, { dictionary, learned });
  return { scorer, score: (i, j) => (scorer.coverA(i, [j]) + scorer.coverB(j, [i])) / 2 };
}

/** Share of (own, neighbour) comparisons the own translation wins (ties half), and share of sentences whose own translation beats every far one. */
export function measureSeparation(docs: readonly GoldDocument[], version: (lines: readonly string[], id: string) => Version, dictionary: Dictionary): { auc: number; firstFar: number; pairs: number } {
  let wins = 0;
  let comparisons = 0;
  let first = 0;
  let pairs = 0;
  for (const doc of docs) {
    const { score } = buildPairEvidence(version(doc.src, `${doc.id}.zh`), version(doc.tgt, `${doc.id}.en`), dictionary);
    for (const bead of doc.gold) {
      if (bead.a.length !== 1 || bead.b.length !== 1) continue;
      const [i, j] = [bead.a[0]!, bead.b[0]!];
      const own = score(i, j);
      for (const k of [i - 1, i + 1]) {
        if (k < 0 || k >= doc.src.length) continue;
        const other = score(k, j);
        wins += own > other ? 1 : own === other ? 0.5 : 0;
        comparisons++;
      }
      let beaten = false;
      for (let k = 0; k < doc.src.length && !beaten; k++) if (Math.abs(k - i) > 3 && score(k, j) >= own) beaten = true;
      if (!beaten) first++;
      pairs++;
    }
  }
  return { auc: wins / Math.max(1, comparisons), firstFar: first / Math.max(1, pairs), pairs };
}

/** Moves paired as mutual best among the true candidates of one edited document: [right, wrong]. */
export function pairTrueCandidates({ score }: PairEvidence, truth: { omitted: ReadonlySet<number>; added: ReadonlySet<number>; movedFrom: ReadonlyMap<number, number> }): [number, number] {
  const as = [...truth.omitted, ...truth.movedFrom.values()];
  const bs = [...truth.added, ...truth.movedFrom.keys()];
  const best = <T>(items: readonly T[], value: (x: T) => number): T | undefined => items.reduce<T | undefined>((b, x) => (b === undefined || value(x) > value(b) ? x : b), undefined);
  let right = 0;
  let wrong = 0;
  for (const j of bs) {
    const i = best(as, (x) => score(x, j));
    if (i === undefined || best(bs, (y) => score(i, y)) !== j) continue;
    if (truth.movedFrom.get(j) === i) right++;
    else wrong++;
  }
  return [right, wrong];
}


/** One edited document as `edit` (compare.ts) makes it: the original ids kept, in edited order, and the truth in edited positions. */
export interface EditedDocument {
  kept: { zh: readonly number[]; en: readonly number[] };
  omitted: ReadonlySet<number>;
  moved: ReadonlySet<number>;
  movedFrom: ReadonlyMap<number, number>;
  natural: { zh: ReadonlySet<number> };
}

/**
 * Omissions decided in place by coverage alone, with the gold alignment
 * given everywhere: a zh sentence in a gold bead scores its coverage by that
 * bead's English; one whose English was deleted or moved away scores its
 * best coverage by a neighbouring bead's English (where an aligner would
 * merge it). Returns the scores with their truth, gold 1-0 sentences left out.
 */
export function scoreInPlace({ scorer }: PairEvidence, doc: GoldDocument, e: EditedDocument): [number, boolean][] {
  const zhPos = new Map(e.kept.zh.map((i, p) => [i, p]));
  const enPos = new Map(e.kept.en.map((j, p) => [j, p]));
  const truth = new Set([...e.omitted, ...e.movedFrom.values()]);
  // Gold beads in edited positions; a moved English sentence is no longer where its bead is.
  const beads = doc.gold
    .map((b) => ({ a: b.a.flatMap((i) => (zhPos.has(i) ? [zhPos.get(i)!] : [])), b: b.b.flatMap((j) => (enPos.has(j) && !e.moved.has(enPos.get(j)!) ? [enPos.get(j)!] : [])) }))
    .filter((b) => b.a.length + b.b.length > 0);
  const out: [number, boolean][] = [];
  beads.forEach((bead, k) => {
    for (const i of bead.a) {
      if (!scorer.contentA[i] || e.natural.zh.has(i)) continue;
      let score = bead.b.length > 0 ? scorer.coverA(i, bead.b) : 0;
      if (bead.b.length === 0) for (const next of [beads[k - 1], beads[k + 1]]) if (next && next.b.length > 0) score = Math.max(score, scorer.coverA(i, next.b));
      out.push([score, truth.has(i)]);
    }
  });
  return out;
}

/** Precision when the lowest scores are flagged until `recall` of the true ones are. */
export function precisionAtRecall(scored: readonly [number, boolean][], recall: number): number {
  const sorted = [...scored].sort((x, y) => x[0] - y[0]);
  const positives = sorted.filter(([, t]) => t).length;
  let [tp, n] = [0, 0];
  for (const [, t] of sorted) {
    n++;
    if (t) tp++;
    if (tp >= recall * positives) return tp / n;
  }
  return 0;
}
