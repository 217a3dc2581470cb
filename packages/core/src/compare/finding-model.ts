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
 * Fitted by `pnpm bench compare --fit --seeds 12` (731 findings of documents
 * 001–003, edit seeds 1–12; L2 penalty 1 on all but the intercept). The
 * weights follow `UNPAIRED_FEATURES` and `MOVE_FEATURES`. What they say: a
 * long sentence left alone even by the strict alignment is most likely
 * really omitted; a move is real when the two sentences look like one
 * (coverage both ways, length and punctuation).
 */
export const FINDING_MODEL: FindingModel = {
  omission: [-5.99, 0.333, 0.329, 0.566, 0.045, 0.277, 0.838, 1.057, -0.686, -0.144, -0.503, 0.778],
  addition: [-8.518, 0.072, -0.009, -0.733, 0.556, -0.126, 1.39, 0.482, 0.184, -0.864, 0.58, 0.485],
  moved: [-2.183, 0.929, -0.707, 0.423, 0.274, 0.371],
};

/** The probability a finding with `features` is real under `weights`, to two decimals. */
export function rateFinding(weights: FindingWeights, features: readonly number[]): number {
  let x = 0;
  for (let k = 0; k < weights.length; k++) x += weights[k]! * features[k]!;
  return Math.round(100 / (1 + Math.exp(-x))) / 100;
}
