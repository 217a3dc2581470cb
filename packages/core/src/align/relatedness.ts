/**
 * Whether an alignment pairs versions of one text at all. Any two texts align:
 * the search always finds a cheapest path, and two unrelated English texts come
 * out as neat 1-1 beads. What tells them apart is the evidence inside the
 * beads: each bead's sides cover each other's content (IDF-weighted, with the
 * dictionary across languages: align/coverage.ts) far more than they cover the
 * beads a third, a half and two thirds of the document away. The same lift
 * over a null decides `compare`'s "unrelated" verdict (compare/verdict.ts).
 */
import { buildCoverageScorer } from './coverage.js';
import type { Dictionary } from './dictionary.js';
import type { Bead, Version } from '../schema.js';
import { farOffsets, measureLift } from '../statistics.js';

export interface RelatednessOptions {
  dictionary?: Dictionary;
  /** Beads with both sides looked at, spread evenly over the alignment: the check's cost does not grow with the text. @default 300 */
  sample?: number;
  /**
   * Smallest own-bead coverage over the null's for the versions to be related.
   * On MAC-Dev (zh↔en, CC-CEDICT), chosen on documents 001–003: their
   * translations 3.48–7.39, each Chinese text against another document's
   * English 1.45–1.67; held out, 004–006: 4.13–8.32 against 1.44–1.64.
   * @default 2
   */
  minLift?: number;
  /**
   * Smallest mean own-bead coverage: unrelated texts of one language share
   * names and topic words, so the aligner's path finds them and their lift
   * can be high (English against English, another document: up to 3.45) while
   * their coverage stays tiny (0.018–0.042). MAC-Dev translations 0.29–0.43.
   * @default 0.15
   */
  minScore?: number;
}

export interface Relatedness {
  /** Mean coverage of a bead's content by its own other side. */
  score: number;
  /** The same against beads far away. */
  baseline: number;
  /** `score / baseline`, smoothed. */
  lift: number;
  /** Beads looked at. */
  beads: number;
  related: boolean;
}

/** Fewer paired beads than this tell nothing either way: the versions are taken as related. */
const TOO_FEW = 4;

/**
 * The beads a relatedness check reads, as two small sides of their own (each
 * picked bead one "sentence" per side, so the scorer's IDF is that of the
 * sample): plain data, so the check can run on another thread while the
 * alignment is written.
 */
export interface RelatednessSample {
  a: { lang: Version['lang']; sentences: { text: string }[] };
  b: { lang: Version['lang']; sentences: { text: string }[] };
}

/** The paired beads of an alignment a relatedness check reads: at most `sample` (default 300), spread evenly. */
export function pickRelatednessSample(a: Version, b: Version, beads: readonly Bead[], options: Pick<RelatednessOptions, 'sample'> = {}): RelatednessSample {
  const full = beads.filter((bead) => bead.a.length > 0 && bead.b.length > 0);
  const most = options.sample ?? 300;
  const step = Math.max(1, full.length / most);
  // The first bead of each stretch of `step` beads.
  const picked: Bead[] = [];
  for (let k = 0, stretch = -1; k < full.length && picked.length < most; k++) {
    if (Math.floor(k / step) === stretch) continue;
    stretch = Math.floor(k / step);
    picked.push(full[k]!);
  }
  const side = (version: Version, pick: (bead: Bead) => readonly number[]) => ({ lang: version.lang, sentences: picked.map((bead) => ({ text: pick(bead).map((i) => version.sentences[i]!.text).join(' ') })) });
  return { a: side(a, (bead) => bead.a), b: side(b, (bead) => bead.b) };
}

/** How far the beads of `alignPair(a, b)` are translations of each other rather than chance neighbours. */
export function measureRelatedness(a: Version, b: Version, beads: readonly Bead[], options: RelatednessOptions = {}): Relatedness {
  return measureSampleRelatedness(pickRelatednessSample(a, b, beads, options), options);
}

/** `measureRelatedness` of a sample already picked (`pickRelatednessSample`). */
export function measureSampleRelatedness(sample: RelatednessSample, options: RelatednessOptions = {}): Relatedness {
  const count = sample.a.sentences.length;
  if (count < TOO_FEW) return { score: 0, baseline: 0, lift: 1, beads: count, related: true };
  const scorer = buildCoverageScorer(sample.a, sample.b, options.dictionary ? { dictionary: options.dictionary } : {});
  let own = 0;
  let away = 0;
  let n = 0;
  const shifts = farOffsets(count);
  for (let k = 0; k < count; k++) {
    if (!scorer.contentA[k]) continue;
    own += scorer.coverA(k, [k]);
    for (const d of shifts) away += scorer.coverA(k, [(k + d) % count]) / shifts.length;
    n++;
  }
  const score = n > 0 ? own / n : 0;
  const baseline = n > 0 ? away / n : 0;
  const lift = measureLift(score, baseline);
  return { score, baseline, lift, beads: count, related: n < TOO_FEW || (lift >= (options.minLift ?? 2) && score >= (options.minScore ?? 0.15)) };
}
