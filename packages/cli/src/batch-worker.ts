/**
 * A batch worker thread: aligns the pairs the main thread sends and writes
 * each pair's output itself. The dictionary is loaded once per worker, on the
 * first Chinese↔English pair (loadDictionary caches it for the thread).
 */
import { parentPort } from 'node:worker_threads';
import type { Version } from '@duizhao/core';
import { CliError } from './errors.js';
import { renderFiles, type OutputFormat } from './formats.js';
import { loadVersions, type InputValues } from './input.js';
import { processIo } from './io.js';
import { writeAtomicAll } from './output.js';
import { alignVersions } from './pipeline.js';

/** One pair to align: its files (one file that holds two versions, or two), and where to write. */
export interface BatchTask {
  id: number;
  files: string[];
  values: InputValues;
  maxBead: number;
  format: OutputFormat;
  keepEmpty: boolean;
  base: string;
  /** The folder relative paths are resolved against: the caller's (CliIo.cwd). */
  cwd: string;
}

export type BatchResult = { id: number; ok: true; written: string[]; beads: number; ms: number } | { id: number; ok: false; message: string };

export async function alignTask(task: BatchTask): Promise<BatchResult> {
  const began = performance.now();
  const io = { ...processIo(), cwd: task.cwd };
  try {
    const versions = loadVersions(task.files, task.values, io);
    if (versions.length !== 2) throw new CliError(`${task.files.join(' and ')} hold ${versions.length} version(s); a pair needs exactly two (pick one with FILE#N)`);
    const report = await alignVersions(versions[0] as Version, versions[1] as Version, task.maxBead, false);
    const files = await renderFiles(report, task.format, task.base, { keepEmpty: task.keepEmpty });
    writeAtomicAll(files, io);
    return { id: task.id, ok: true, written: files.map((f) => f.path), beads: report.alignment.beads.length, ms: performance.now() - began };
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
    return { id: task.id, ok: false, message };
  }
}

parentPort?.on('message', (task: BatchTask) => {
  void alignTask(task).then((result) => parentPort!.postMessage(result));
});
