/**
 * A worker thread that aligns parts of a long pair (align-threads.ts sends
 * them) and checks a sample of the joined alignment for relatedness
 * (pipeline.ts). It reports the time each stage took on its own clock, for
 * `pnpm bench align --scale`.
 */
import { parentPort } from 'node:worker_threads';
import { loadDictionary, measureSampleRelatedness, mixesChinese } from '@duizhao/core/aligner';
import { alignPart } from './align-part.js';
import { packAlignment, unpackTask, type PackedTask } from './part-transfer.js';
import type { PackedPartResult, RelatednessResult, WorkerRequest } from './part-worker.js';

async function checkSample(request: Extract<WorkerRequest, { kind: 'relatedness' }>): Promise<RelatednessResult> {
  try {
    const { sample } = request;
    const dictionary = mixesChinese([sample.a.lang, sample.b.lang]) ? await loadDictionary() : undefined;
    return { ok: true, relatedness: measureSampleRelatedness(sample, dictionary ? { dictionary } : {}) };
  } catch (error) {
    return { ok: false, message: (error as Error).message ?? String(error) };
  }
}

// A worker is started for a long pair before its files are read: CC-CEDICT is made ready meanwhile (0.05 s), not
// after the first part arrives. Most long pairs mix Chinese and English; for those that do not, it is 0.05 s of the other core.
void loadDictionary().catch(() => {
  // A dictionary that cannot load fails the part that needs it, with its message.
});

/** A part aligned, its beads packed for the way back. */
async function alignPacked(task: PackedTask): Promise<PackedPartResult> {
  const result = await alignPart(unpackTask(task));
  return result.ok ? { ...result, alignment: packAlignment(result.alignment) } : result;
}

parentPort?.on('message', (request: WorkerRequest) => {
  const answer = request.kind === 'part' ? alignPacked(request.task) : checkSample(request);
  void answer.then((result) => parentPort!.postMessage(result));
});
