/**
 * A long pair aligned on two threads: core finds a cut where the alignment is
 * certain (`findSplit`), the main thread aligns the first part while a worker
 * aligns the second, and the parts are joined. The cut depends on the text
 * alone, so the result is the same on one core: with no worker (or a worker
 * that fails) the second part is aligned here, after the first.
 */
import { alignPair, findSplit, SPLIT_MIN_SENTENCES, joinAlignments, sliceSide, type SplitOptions, type AlignComponent, type Alignment, type AlignSide, type AlignStage, type Dictionary } from '@duizhao/core/pipeline';
import type { Worker } from 'node:worker_threads';
import type { PartResult, PartTask } from './align-part-worker.js';
import { startWorker } from './worker.js';

export interface ThreadOptions {
  dictionary?: Dictionary | undefined;
  maxBead: number;
  /** Components switched off (`alignPair`'s `disable`, for ablations). */
  disable?: readonly AlignComponent[];
  /** Where to cut (`findSplit`'s options other than the dictionary). @default {} */
  split?: Omit<SplitOptions, 'dictionary'>;
  /** Align the second part on a worker thread. @default true */
  threads?: boolean;
  /** Each stage's seconds, as `alignPair`'s onStage reports them, per part (0: this thread, 1: the worker). */
  onStage?: (part: number, stage: AlignStage | 'cut' | 'join', seconds: number) => void;
}

/** Like `alignPair(a, b)`, with the two parts of a long pair aligned at once. */
export async function alignInThreads(a: AlignSide, b: AlignSide, options: ThreadOptions): Promise<Alignment> {
  const { dictionary, maxBead } = options;
  const disable = [...(options.disable ?? [])];
  const report = options.onStage ?? (() => {});
  const least = options.split?.minSentences ?? SPLIT_MIN_SENTENCES;
  const large = a.sentences.length >= least && b.sentences.length >= least;
  // The worker loads core while the cut is sought.
  const worker = large && options.threads !== false ? tryWorker() : undefined;
  let clock = performance.now();
  const lap = (part: number, stage: AlignStage | 'cut' | 'join') => {
    const now = performance.now();
    report(part, stage, (now - clock) / 1000);
    clock = now;
  };
  const cut = large ? findSplit(a, b, { ...options.split, ...(dictionary ? { dictionary } : {}) }) : undefined;
  lap(0, 'cut');
  const align = (x: AlignSide, y: AlignSide, part: number) => alignPair(x, y, { maxBead, disable, onStage: (stage) => lap(part, stage), ...(dictionary ? { dictionary } : {}) });
  if (!cut) {
    void worker?.terminate();
    return align(a, b, 0);
  }
  const second: PartTask = { a: sliceSide(a, cut.a, a.sentences.length), b: sliceSide(b, cut.b, b.sentences.length), maxBead, disable, dictionary: dictionary !== undefined };
  const remote = worker ? runWorker(worker, second) : undefined;
  const first = align(sliceSide(a, 0, cut.a), sliceSide(b, 0, cut.b), 0);
  let result = remote ? await remote : undefined;
  if (result?.ok) for (const [stage, seconds] of result.stages) report(1, stage, seconds);
  clock = performance.now();
  // A worker that could not run (no threads here, a crash) leaves its part to this thread: same result, later.
  const rest = result?.ok ? result.alignment : align(second.a, second.b, 1);
  result = undefined;
  const joined = joinAlignments([first, rest]);
  lap(0, 'join');
  return joined;
}

/** A worker for the second part, or none where threads cannot start (the part is then aligned here). */
function tryWorker(): Worker | undefined {
  try {
    return startWorker('align-part-worker');
  } catch {
    return undefined;
  }
}

function runWorker(worker: Worker, task: PartTask): Promise<PartResult> {
  return new Promise((resolve) => {
    worker.once('message', (result: PartResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => resolve({ ok: false, message: error.message }));
    worker.postMessage(task);
  });
}
