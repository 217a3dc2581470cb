/**
 * How sure a summary's findings are: that a run of its sentences is an
 * addition (nothing in the source says it), and that a source region is
 * omitted (nothing in the summary covers it). Both read the same evidence:
 * how near the best candidate came to the support threshold (near misses
 * are paraphrase more often than new matter), plus what a reader knows of
 * summaries: a model's preamble and footer sit at the edges and talk about
 * the summary itself; a line that restates its own section heading adds
 * nothing; a host's short question is covered when its answer is. The
 * weights are set by hand on the article summary of the seed corpus
 * (`pnpm bench summary`), a logistic form so that the result reads as a
 * probability; the other two summaries are held out.
 */

import { ngramTokens } from '../align/score-ngram.js';

export interface FindingOptions {
  /** Findings below this confidence are not shown by default (`PairReport.minConfidence`). @default 0.5 */
  minConfidence?: number;
  /** Share of a region's text covered below which the region is thin. @default 0.2 */
  thinShare?: number;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Words a model's preamble, footer or framing uses about the summary itself, not about the source's matter. */
const META = /以下|好的|希望|总结|總結|整理|要点|要點|核心|摘要|summary|following|assumed|hope|key points|in conclusion/iu;

export interface AdditionEvidence {
  /** Best score of the run's sentences against any source sentence, as a share of the support threshold. */
  nearness: number;
  /** Whether the run is at the start or the end of the summary (before its first or after its last supported sentence). */
  edge: boolean;
  /** The run's text. */
  text: string;
  /** The text of the summary heading the run sits under, if any. */
  heading?: string | undefined;
  /** Whether the run is itself a heading. */
  isHeading: boolean;
}

/** Probability that a run of summary sentences without support adds matter the source lacks. */
export function rateAddition(e: AdditionEvidence): number {
  let x = 3 * (0.85 - e.nearness);
  if (e.edge) x += 1.5;
  if (META.test(e.text)) x += 1;
  if (e.heading !== undefined && !e.isHeading && restates(e.text, e.heading)) x -= 2.5;
  return round2(logistic(x));
}

/** Whether most of a line's character bigrams are in the heading (after T→S): it restates the heading. */
function restates(text: string, heading: string): boolean {
  const own = new Set(ngramTokens(text).filter((t) => t.length === 2));
  if (own.size === 0) return false;
  const of = new Set(ngramTokens(heading));
  let shared = 0;
  for (const t of own) if (of.has(t)) shared++;
  return shared / own.size >= 0.3;
}

export interface OmissionEvidence {
  /** Best score of the region's sentences against any summary sentence, as a share of the support threshold. */
  nearness: number;
  /** Content sentences in the region. */
  size: number;
  /** Whether the region is a short question whose answer (the next region) is covered. */
  answered: boolean;
}

/** Probability that a source region without support is really left out of the summary. */
export function rateOmission(e: OmissionEvidence): number {
  let x = 3 * (0.85 - e.nearness) + Math.min(1.5, 0.3 * (e.size - 1));
  if (e.answered) x -= 2;
  return round2(logistic(x));
}
