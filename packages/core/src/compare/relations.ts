/**
 * Relations through translations. Two versions in different languages can
 * share too little dictionary evidence to stand out from their shuffled
 * baseline (an English summary against a long Chinese transcript), while a
 * translation of one of them relates to the other clearly. If X is parallel
 * to Z (a translation, or the same text in another script) and Z is a summary
 * of Y or parallel to it, then X relates to Y the same way: the verdict is
 * taken through Z and says so (`evidence.via`). A pair judged a summary
 * across languages only by its anchors (compare/alone.ts) takes its detail
 * through Z too when Z is there: on the seed, the English summary's detail
 * through its Chinese translation finds support R 0.52 at P 0.75, alone
 * R 0.43 at P 0.40 (`pnpm bench summary --alone`). Its own detail is kept in
 * `own`, so choosing versions without Z gives what comparing them gives.
 */
import type { PairReport, PairVerdict } from '../schema.js';
import { composeThrough } from './through.js';

/** The verdict of versions `i` and `j` in `pairs`, or undefined when the pair is not there. */
function verdictOf(pairs: readonly PairReport[], i: number, j: number): PairVerdict | undefined {
  return pairOf(pairs, i, j)?.verdict;
}

function pairOf(pairs: readonly PairReport[], i: number, j: number): PairReport | undefined {
  return pairs.find((p) => (p.source === i && p.target === j) || (p.source === j && p.target === i));
}

/** Whether the pair is a summary by the anchors' test alone, its dictionary lift under the bar (compare/alone.ts). */
function isAloneSummary(pair: PairReport): boolean {
  return pair.verdict !== 'unrelated' && pair.evidence.anchors !== undefined && pair.evidence.via === undefined;
}

/** The pair's own verdict and detail, as `PairReport.own` keeps them. */
function ownDetail(pair: PairReport): NonNullable<PairReport['own']> {
  const { verdict, regions, items, facts, diffs, support, minConfidence } = pair;
  return { verdict, regions, items, facts, diffs, ...(support ? { support } : {}), ...(minConfidence === undefined ? {} : { minConfidence }) };
}

/**
 * Pairs judged unrelated on their own scores that are related through a
 * version parallel to one of them; every other pair is returned as it is.
 * Only direct verdicts are used as steps, so nothing is inferred from an
 * inference. Given the versions' sentences (`versions`), a related pair also
 * gets its detail through the parallel version (through.ts).
 */
export function relateThroughTranslations(pairs: readonly PairReport[], versionCount: number, versions?: readonly { sentences: readonly { text: string }[] }[]): PairReport[] {
  return pairs.map((pair) => {
    const alone = isAloneSummary(pair);
    if (pair.verdict !== 'unrelated' && !alone) return pair;
    for (let z = 0; z < versionCount; z++) {
      if (z === pair.source || z === pair.target) continue;
      for (const [x, y] of [
        [pair.source, pair.target],
        [pair.target, pair.source],
      ] as const) {
        if (verdictOf(pairs, x, z) !== 'parallel') continue;
        const other = verdictOf(pairs, z, y);
        if (other !== 'parallel' && other !== 'summary') continue;
        const related: PairReport = { ...pair, verdict: other, evidence: { ...pair.evidence, via: z } };
        const texts = versions?.[pair.target]?.sentences.map((s) => s.text);
        // Without the texts there is no detail through Z to prefer over the pair's own.
        if (alone && !texts) return pair;
        const out = texts ? composeThrough(related, z, pairOf(pairs, pair.target, z)!, pairOf(pairs, z, pair.source)!, texts, alone ? pair.support : undefined) : related;
        return alone ? { ...out, own: ownDetail(pair) } : out;
      }
    }
    return pair;
  });
}
