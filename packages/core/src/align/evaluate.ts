/**
 * Precision, recall and F1 of a sentence alignment against a gold alignment,
 * by the metrics published for Vecalign (Thompson & Koehn 2019) and
 * Bertalign (Liu & Zhu 2022).
 *
 * Strict and lax follow Vecalign's `score.py` (`_precision` and
 * `score_multiple`, copied by Bertalign's `eval.py`) exactly, including its
 * asymmetric treatment of beads with an empty side:
 * - precision counts every test bead, insertions and deletions (`[7]:[]`,
 *   `[]:[12]`) included; only `[]:[]` is dropped;
 * - recall is the same count with gold and test swapped, after dropping every
 *   bead that is empty on either side from both alignments.
 * Among the four ways of treating those beads, only this one reproduces the
 * Bertalign MAC-Dev row (strict 0.909/0.914/0.911, lax 0.996/1.000/0.998;
 * `test/evaluate.test.ts` checks it when the data is present).
 *
 * Exact match, the metric of the MAC-Test table of Liu & Zhu (2022), counts
 * every bead on both sides. Its precision therefore equals strict precision;
 * its recall also counts gold insertions and deletions, which strict recall
 * ignores, so an aligner that misses an omission loses exact recall only.
 */

/** The sentence ids of a bead: source (`a`) and target (`b`), 0-based. */
export interface BeadIds {
  a: readonly number[];
  b: readonly number[];
}

/** One document: its gold alignment and the alignment under test. */
export interface AlignmentPair {
  gold: readonly BeadIds[];
  test: readonly BeadIds[];
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Raw counts behind a score: `precision = testCorrect / testBeads`, `recall = goldFound / goldBeads`. */
export interface Tally {
  /** Test beads counted for precision. */
  testBeads: number;
  /** Of these, the ones judged correct. */
  testCorrect: number;
  /** Gold beads counted for recall. */
  goldBeads: number;
  /** Of these, the ones the test alignment found. */
  goldFound: number;
}

export interface Score extends PRF {
  counts: Tally;
}

export interface StrictLaxScores {
  /** A bead is right only if the other alignment has exactly the same bead. */
  strict: Score;
  /** A bead is right if some of its target ids are aligned to some of its source ids in the other alignment. */
  lax: Score;
}

export interface AlignmentScores extends StrictLaxScores {
  /** Every bead, 1-0 and 0-1 included, must equal a bead of the other alignment. */
  exact: Score;
}

/** Micro-summed scores over all documents, and each document's own. */
export interface EvaluationReport extends AlignmentScores {
  documents: AlignmentScores[];
}

/**
 * Strict and lax scores as Vecalign's `score.py` computes them: counts summed
 * over all documents (micro average), then P, R and F1; 0 where a
 * denominator is 0 (its `value_for_div_by_0`).
 */
export function scoreStrictLax(pairs: readonly AlignmentPair[]): StrictLaxScores {
  const strict = emptyTally();
  const lax = emptyTally();
  for (const { gold, test } of pairs) {
    const p = countPrecision(gold, test);
    // score.py: "recall is precision with no insertion/deletion and swap args".
    const r = countPrecision(test.filter(hasBothSides), gold.filter(hasBothSides));
    strict.testBeads += p.beads;
    strict.testCorrect += p.strict;
    lax.testBeads += p.beads;
    lax.testCorrect += p.lax;
    strict.goldBeads += r.beads;
    strict.goldFound += r.strict;
    lax.goldBeads += r.beads;
    lax.goldFound += r.lax;
  }
  return { strict: toScore(strict), lax: toScore(lax) };
}

/**
 * Exact match over all beads: P = test beads equal to a gold bead / test
 * beads, R = the same / gold beads, insertions and deletions included
 * (`[]:[]`, which aligns nothing, is dropped). Micro-summed over documents.
 */
export function scoreExact(pairs: readonly AlignmentPair[]): Score {
  const tally = emptyTally();
  for (const { gold, test } of pairs) {
    const goldKeys = new Map<string, number>();
    let goldBeads = 0;
    for (const bead of gold) {
      if (isEmpty(bead)) continue;
      goldBeads++;
      const key = beadKey(bead);
      goldKeys.set(key, (goldKeys.get(key) ?? 0) + 1);
    }
    let testBeads = 0;
    let hits = 0;
    for (const bead of test) {
      if (isEmpty(bead)) continue;
      testBeads++;
      // Each gold bead matches at most one test bead (a multiset intersection).
      const key = beadKey(bead);
      const left = goldKeys.get(key) ?? 0;
      if (left > 0) {
        hits++;
        goldKeys.set(key, left - 1);
      }
    }
    tally.testBeads += testBeads;
    tally.testCorrect += hits;
    tally.goldBeads += goldBeads;
    tally.goldFound += hits;
  }
  return toScore(tally);
}

/** Strict, lax and exact scores, micro-summed over `pairs` and for each document. */
export function scoreAlignments(pairs: readonly AlignmentPair[]): EvaluationReport {
  const documents = pairs.map((pair) => ({ ...scoreStrictLax([pair]), exact: scoreExact([pair]) }));
  return { ...scoreStrictLax(pairs), exact: scoreExact(pairs), documents };
}

/**
 * `_precision(goldalign, testalign)` of score.py: over the distinct test
 * beads (it converts both lists to sets), a bead equal to a gold bead is a
 * strict and lax hit; otherwise it is a lax hit if one of its target ids is
 * aligned in gold to one of its source ids.
 */
function countPrecision(gold: readonly BeadIds[], test: readonly BeadIds[]): { beads: number; strict: number; lax: number } {
  const goldKeys = new Set<string>();
  const goldTargets = new Map<number, Set<number>>();
  for (const bead of gold) {
    if (isEmpty(bead)) continue;
    goldKeys.add(beadKey(bead));
    for (const a of bead.a) {
      let targets = goldTargets.get(a);
      if (!targets) goldTargets.set(a, (targets = new Set()));
      for (const b of bead.b) targets.add(b);
    }
  }
  const seen = new Set<string>();
  let strict = 0;
  let lax = 0;
  for (const bead of test) {
    if (isEmpty(bead)) continue;
    const key = beadKey(bead);
    if (seen.has(key)) continue;
    seen.add(key);
    if (goldKeys.has(key)) {
      strict++;
      lax++;
    } else if (bead.b.some((b) => bead.a.some((a) => goldTargets.get(a)?.has(b)))) {
      lax++;
    }
  }
  return { beads: seen.size, strict, lax };
}

function hasBothSides(bead: BeadIds): boolean {
  return bead.a.length > 0 && bead.b.length > 0;
}

function isEmpty(bead: BeadIds): boolean {
  return bead.a.length === 0 && bead.b.length === 0;
}

/** Order-sensitive, as score.py compares tuples: `[1,0]:[0]` is not `[0,1]:[0]`. */
function beadKey(bead: BeadIds): string {
  return `${bead.a.join(',')}:${bead.b.join(',')}`;
}

function emptyTally(): Tally {
  return { testBeads: 0, testCorrect: 0, goldBeads: 0, goldFound: 0 };
}

function toScore(counts: Tally): Score {
  const precision = counts.testBeads === 0 ? 0 : counts.testCorrect / counts.testBeads;
  const recall = counts.goldBeads === 0 ? 0 : counts.goldFound / counts.goldBeads;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, counts };
}
