/** Aligning and comparing versions: the dictionary only where Chinese meets English, loaded once per thread. */
import type { Alignment, AlignmentReport, CompareReport, Dictionary, Version } from '@duizhao/core';
import type { Relatedness } from '@duizhao/core/pipeline';
import { buildAlignmentReport, compareVersions, loadDictionary, measureSampleRelatedness, mixesChinese, pickRelatednessSample } from '@duizhao/core/pipeline';
import { alignInThreads, type ThreadOptions } from './align-threads.js';
import { PartWorker } from './part-worker.js';
import { CliError, atFile } from './errors.js';

/**
 * CC-CEDICT when the versions mix Chinese and English; Chinese↔Chinese and English↔English need none.
 * A missing or damaged compact dictionary is the installation's fault, not a bug: one line naming the file.
 */
export async function dictionaryFor(versions: readonly Version[]): Promise<Dictionary | undefined> {
  if (!mixesChinese(versions.map((v) => v.lang))) return undefined;
  return loadDictionary().catch((error: unknown) => {
    throw new CliError((error as Error).message);
  });
}

/** Compares every pair of versions, with CC-CEDICT when Chinese meets English. */
export async function compareAll(versions: readonly Version[], minConfidence?: number): Promise<CompareReport> {
  const dictionary = await dictionaryFor(versions);
  const shown = minConfidence === undefined ? {} : { omissions: { minConfidence }, parallel: { minParallelConfidence: minConfidence } };
  return compareVersions(versions, { ...shown, ...(dictionary ? { dictionary } : {}) });
}

/** Refuses a version with nothing to align (a file of images or markup only). */
export function checkAlignable(version: Version): void {
  if (version.sentences.length === 0) throw new CliError(atFile(version.source, `version ${version.id} has no sentences to align`));
}

/** What `alignVersions` and `alignAndCheck` take beyond the versions: `alignInThreads`' options, and the dictionary when the caller has it. */
type AlignCall = Pick<ThreadOptions, 'disable' | 'threads' | 'onStage' | 'split' | 'worker'> & { dictionary?: Dictionary | undefined };

/** Both versions checked, the dictionary where Chinese meets English (the caller's, when given), and their alignment. */
async function alignChecked(a: Version, b: Version, maxBead: number, options: AlignCall): Promise<{ alignment: Alignment; dictionary: Dictionary | undefined }> {
  checkAlignable(a);
  checkAlignable(b);
  const dictionary = 'dictionary' in options ? options.dictionary : await dictionaryFor([a, b]);
  return { alignment: await alignInThreads(a, b, { ...options, dictionary, maxBead }), dictionary };
}

/** Aligns two versions; a long pair on two threads unless `threads` is false (a batch worker, whose siblings use the other cores). */
export async function alignVersions(a: Version, b: Version, maxBead: number, threads = true): Promise<AlignmentReport> {
  const { alignment } = await alignChecked(a, b, maxBead, { threads });
  return buildAlignmentReport(a, b, alignment);
}

/**
 * `alignVersions`, and whether its beads look like translations rather than chance
 * pairings (`measureRelatedness`), the check running on the worker thread of a long
 * pair while the caller writes the report.
 */
export async function alignAndCheck(a: Version, b: Version, maxBead: number, options: AlignCall = {}): Promise<{ report: AlignmentReport; relatedness: Promise<Relatedness> }> {
  const worker = options.worker ?? new PartWorker();
  try {
    const { alignment, dictionary } = await alignChecked(a, b, maxBead, { ...options, worker });
    const sample = pickRelatednessSample(a, b, alignment.beads);
    const here = (): Relatedness => measureSampleRelatedness(sample, dictionary ? { dictionary } : {});
    const relatedness = worker.running ? worker.measureRelatedness(sample).then((result) => (result.ok ? result.relatedness : here())) : Promise.resolve().then(here);
    void relatedness.finally(() => worker.stop()).catch(() => {});
    return { report: buildAlignmentReport(a, b, alignment), relatedness };
  } catch (error) {
    worker.stop();
    throw error;
  }
}

/** One line for standard error when `relatedness` says the beads of a and b look like chance pairings, not translations; undefined when they do not. */
export function warnUnrelated(a: Version, b: Version, r: Relatedness): string | undefined {
  if (r.related) return undefined;
  return `duizhao align: warning: ${a.source} and ${b.source} look unrelated sentence by sentence: aligned sentences share ${(r.score * 100).toFixed(0)} % of their content, sentences far apart ${(r.baseline * 100).toFixed(0)} %; if one summarises the other, duizhao compare reads that; the alignment is written all the same\n`;
}
