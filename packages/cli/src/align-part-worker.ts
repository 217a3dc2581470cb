/**
 * A worker thread that aligns one part of a long pair (see align-threads.ts).
 * It reports the time each stage took on its own clock, for `pnpm bench align --scale`.
 */
import { parentPort } from 'node:worker_threads';
import { alignPair, loadDictionary, type AlignComponent, type Alignment, type AlignSide, type AlignStage } from '@duizhao/core/pipeline';

export interface PartTask {
  a: AlignSide;
  b: AlignSide;
  maxBead: number;
  disable: AlignComponent[];
  /** Beads its Model 1 trains on (`AlignOptions.model1.maxBeads`). */
  model1Beads: number;
  /** Whether the pair needs CC-CEDICT (Chinese meets English). */
  dictionary: boolean;
}

export type PartResult = { ok: true; alignment: Alignment; stages: [AlignStage, number][] } | { ok: false; message: string };

export async function alignPart(task: PartTask): Promise<PartResult> {
  try {
    const dictionary = task.dictionary ? await loadDictionary() : undefined;
    const stages: [AlignStage, number][] = [];
    let clock = performance.now();
    const onStage = (stage: AlignStage) => {
      const now = performance.now();
      stages.push([stage, (now - clock) / 1000]);
      clock = now;
    };
    const alignment = alignPair(task.a, task.b, { maxBead: task.maxBead, disable: task.disable, model1: { maxBeads: task.model1Beads }, onStage, ...(dictionary ? { dictionary } : {}) });
    return { ok: true, alignment, stages };
  } catch (error) {
    return { ok: false, message: (error as Error).message ?? String(error) };
  }
}

parentPort?.on('message', (task: PartTask) => {
  void alignPart(task).then((result) => parentPort!.postMessage(result));
});
