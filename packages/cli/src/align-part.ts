/**
 * One part of a long pair (see align-threads.ts): what a part is, and aligning
 * it on either thread. No side effects on import: the worker thread's entry is
 * align-part-worker.ts, and a batch worker thread imports this too.
 */
import { alignPair, loadDictionary, type AlignComponent, type Alignment, type AlignSide, type AlignStage, type Dictionary } from '@duizhao/core/aligner';

export interface PartTask {
  a: AlignSide;
  b: AlignSide;
  maxBead: number;
  disable: AlignComponent[];
  /** Beads its Model 1 trains on (`AlignOptions.model1.maxBeads`); the default when absent (a pair not cut). */
  model1Beads?: number;
  /** Whether the pair needs CC-CEDICT (Chinese meets English). */
  dictionary: boolean;
}

export type PartResult = { ok: true; alignment: Alignment; stages: [AlignStage, number][] } | { ok: false; message: string };

/** Aligns one part, on whichever thread runs it (this worker, or the main thread when the worker cannot). */
export function alignTask(task: PartTask, dictionary: Dictionary | undefined, onStage: (stage: AlignStage) => void): Alignment {
  const model1 = task.model1Beads === undefined ? {} : { model1: { maxBeads: task.model1Beads } };
  return alignPair(task.a, task.b, { maxBead: task.maxBead, disable: task.disable, onStage, ...model1, ...(dictionary ? { dictionary } : {}) });
}

export async function alignPart(task: PartTask): Promise<PartResult> {
  try {
    const dictionary = task.dictionary ? await loadDictionary() : undefined;
    const stages: [AlignStage, number][] = [];
    let clock = performance.now();
    const alignment = alignTask(task, dictionary, (stage) => {
      const now = performance.now();
      stages.push([stage, (now - clock) / 1000]);
      clock = now;
    });
    return { ok: true, alignment, stages };
  } catch (error) {
    return { ok: false, message: (error as Error).message ?? String(error) };
  }
}
