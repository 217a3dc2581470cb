/**
 * The one worker thread an `align` of a long pair uses: it aligns parts
 * (align-threads.ts), then, while this thread writes the alignment, checks
 * that the pair looks related (pipeline.ts), so that the check's 0.2 s of
 * cold start is not added to the command's. Started on first use; a worker
 * that cannot start or fails is dropped, and its work is done here instead.
 */
import type { Worker } from 'node:worker_threads';
import type { Relatedness, RelatednessSample } from '@duizhao/core/pipeline';
import type { AlignStage } from '@duizhao/core/aligner';
import type { PartResult, PartTask } from './align-part.js';
import { packTask, unpackAlignment, type PackedAlignment, type PackedTask } from './part-transfer.js';
import { startWorker } from './worker.js';

/** What the worker is asked: a part to align, or a sample of beads to check. */
export type WorkerRequest = { kind: 'part'; task: PackedTask } | { kind: 'relatedness'; sample: RelatednessSample };
export type RelatednessResult = { ok: true; relatedness: Relatedness } | { ok: false; message: string };
/** A part's result as the worker sends it. */
export type PackedPartResult = { ok: true; alignment: PackedAlignment; stages: [AlignStage, number][] } | { ok: false; message: string };

export class PartWorker {
  private worker: Worker | undefined;
  private dropped = false;

  /** Starts the worker if it is not running; where threads cannot start, or it failed, it stays dropped (`running` false). */
  start(): void {
    if (this.worker || this.dropped) return;
    try {
      this.worker = startWorker('align-part-worker');
    } catch {
      this.dropped = true;
    }
  }

  /** Whether a worker is running. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Aligns a part on the worker; a failure drops the worker. */
  async alignPart(task: PartTask): Promise<PartResult> {
    const result = await this.ask<PackedPartResult>({ kind: 'part', task: packTask(task) });
    return result.ok ? { ...result, alignment: unpackAlignment(result.alignment) } : result;
  }

  /** Checks a sample on the worker; a failure drops the worker. */
  measureRelatedness(sample: RelatednessSample): Promise<RelatednessResult> {
    return this.ask<RelatednessResult>({ kind: 'relatedness', sample });
  }

  /** Stops the worker for good. */
  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.dropped = true;
  }

  private ask<T extends { ok: boolean }>(request: WorkerRequest): Promise<T | { ok: false; message: string }> {
    const worker = this.worker;
    if (!worker) return Promise.resolve({ ok: false, message: 'no worker' });
    return new Promise((resolve) => {
      const fail = (message: string) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.stop();
        resolve({ ok: false, message });
      };
      const onError = (error: Error) => fail(error.message);
      // A worker that dies without an error event (killed, out of memory) must not leave its caller waiting.
      const onExit = (code: number) => fail(`worker stopped with exit code ${code}`);
      const onMessage = (result: T) => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!result.ok) this.stop();
        resolve(result);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(request);
    });
  }
}
