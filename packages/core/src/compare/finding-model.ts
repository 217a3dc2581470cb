/**
 * The probability that a finding of a parallel pair is real: a logistic
 * model over the features of finding-features.ts. The weights are fitted on
 * MAC-Dev documents 001–003 with planted edits (whole sentences deleted on
 * either side, sentences moved far) and checked on 004–006, which they never
 * saw: `pnpm bench compare --fit` prints them and the held-out numbers.
 */

/** Weights of one kind of finding, in the order of its feature names. */
export type FindingWeights = readonly number[];

/** The fitted weights: omissions (unpaired source sentences), additions (unpaired target sentences) and moves. */
export interface FindingModel {
  omission: FindingWeights;
  addition: FindingWeights;
  moved: FindingWeights;
}

/**
 * Fitted by `pnpm bench compare --fit --seeds 12` (L2 penalty 1 on all but
 * the intercept); the weights follow `UNPAIRED_FEATURES` and `MOVE_FEATURES`.
 * `across`: Chinese against English (dictionary evidence), 785 findings of
 * MAC-Dev 001–003 over edit seeds 1–12. What it says: a long sentence left
 * alone even by the strict alignment is most likely really omitted; a move
 * is real when the two sentences look like one (coverage both ways, length,
 * punctuation). `within`: the same script or language (n-gram or word
 * evidence), fitted on the same documents' Chinese against their own
 * Traditional conversion with the same edits (528 findings): there a
 * sentence with no counterpart is nearly always really missing. Two English
 * translations of one text have no gold here; they are rated with `across`,
 * whose evidence (paraphrase, no exact overlap) is nearer theirs than the
 * exact overlap of a Traditional and a Simplified version. Refitted 3 Dec
 * (session 8) after the aligner's Chinese words came from the dictionary.
 */
export const FINDING_MODELS: { across: FindingModel; within: FindingModel } = {
  across: {
    omission: [-5.593, -0.104, 0.38, 0.373, 0.048, 0.293, 0.831, 1.138, -0.556, -0.167, -0.624, 0.774],
    addition: [-7.028, -0.177, -0.095, -0.96, 0.266, -0.094, 1.726, 0.454, -0.057, -0.367, 0.25, 0.927],
    moved: [-2.726, 1.287, -0.313, 0.319, 0.333, 0.576],
  },
  within: {
    omission: [4.462, -0.001, 0, 0.075, -0.011, 0.179, 0.633, -0.002, 0.066, 0.06, 0.076, -0.008],
    addition: [7.234, 0, 0, 0.041, 0, -0.38, -0.561, -0.003, 0.27, 0.002, 0.124, 0],
    moved: [-2.768, 2.2, 2.089, 0.236, 0.929, 0.002],
  },
};

/**
 * The probability that a changed number or date between a translation's
 * aligned sentences is real: the precision, add-one smoothed, of the
 * different-number facts on the tuned documents' number edits (153 of 153
 * over 12 seeds, `pnpm bench compare --fit`). Held out it is 0.94 (366 of
 * 390, 4 Dec), every false report there one of two numbers the translation
 * itself states differently.
 */
export const NUMBER_FACT_CONFIDENCE = 0.99;

/**
 * The probability that a changed name between a translation's aligned
 * sentences is real (compare/name-facts.ts): the precision, add-one smoothed,
 * of the changed-name facts on the tuned documents' name edits (57 of 61 over
 * seeds 1–4, `pnpm bench compare --names-only --seeds 4`; every false one a
 * sentence the translator rebuilt with other names). Held out it is 0.83
 * (57 of 69), 1.00 leaving out the reports also made on the unedited text.
 */
export const NAME_FACT_CONFIDENCE = 0.92;

/** The model for a pair whose support is measured by `method` (align/coverage.ts): character n-grams between Chinese versions, otherwise `across`. */
export function chooseFindingModel(method: 'ngram' | 'lexical' | 'identity'): FindingModel {
  return method === 'ngram' ? FINDING_MODELS.within : FINDING_MODELS.across;
}

/** The probability a finding with `features` is real under `weights`, to two decimals. */
export function rateFinding(weights: FindingWeights, features: readonly number[]): number {
  let x = 0;
  for (let k = 0; k < weights.length; k++) x += weights[k]! * features[k]!;
  return Math.round(100 / (1 + Math.exp(-x))) / 100;
}
