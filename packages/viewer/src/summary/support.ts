/**
 * The support model of a summary pair: for each summary (target) sentence its
 * supporting source sentences, and the inverse. It is the report's own
 * `support` when the report carries one (the model the text report and the
 * JSON share); otherwise the core's `supportFromItems` derives it from the
 * `match`/`moved` items, as the compare report's schema contract says.
 */
import { supportFromItems, type PairReport } from '@duizhao/core';

/** One link: a sentence of the other version and how strongly it supports (or is supported), in [0, 1]. */
export interface SupportLink {
  sentence: number;
  score: number;
}

export interface SupportModel {
  /** Per target sentence, its source sentences, best first. */
  byTarget: SupportLink[][];
  /** Per source sentence, the target sentences it supports, best first. */
  bySource: SupportLink[][];
  /** Where it came from: the report's `support`, or its items. */
  origin: 'report' | 'items';
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));
const best = (a: SupportLink, b: SupportLink): number => b.score - a.score || a.sentence - b.sentence;

/** Adds a link, keeping the higher score when the pair is already linked. */
function link(list: SupportLink[], sentence: number, score: number): void {
  const found = list.find((l) => l.sentence === sentence);
  if (found) found.score = Math.max(found.score, score);
  else list.push({ sentence, score });
}

/** The support of a pair whose source has `sources` sentences and target `targets`; indices outside them are misuse and throw. */
export function buildSupport(pair: PairReport, sources: number, targets: number): SupportModel {
  const byTarget: SupportLink[][] = Array.from({ length: targets }, () => []);
  const bySource: SupportLink[][] = Array.from({ length: sources }, () => []);
  const add = (target: number, source: number, score: number): void => {
    if (!byTarget[target] || !bySource[source]) throw new RangeError(`support links target sentence ${target} to source sentence ${source}, but the versions have ${targets} and ${sources} sentences`);
    link(byTarget[target], source, clamp(score));
    link(bySource[source], target, clamp(score));
  };
  for (const entry of pair.support ?? supportFromItems(pair.items)) for (const s of entry.sources) add(entry.target, s.sentence, s.score);
  for (const list of byTarget) list.sort(best);
  for (const list of bySource) list.sort(best);
  return { byTarget, bySource, origin: pair.support ? 'report' : 'items' };
}
