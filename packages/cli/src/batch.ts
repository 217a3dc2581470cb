/**
 * `duizhao align --batch pairs.tsv -o outdir/`: many document pairs on all
 * cores (worker_threads), one output per pair, a summary at the end. A bad
 * pair is reported and skipped; the exit code says whether any failed.
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { BatchResult, BatchTask } from './batch-worker.js';
import { CliError, atFile } from './errors.js';
import { EXTENSIONS, type OutputFormat } from './formats.js';
import { readText, type InputValues } from './input.js';
import { pathIn, type CliIo } from './io.js';
import { Progress } from './progress.js';
import { startWorker } from './worker.js';

export interface BatchPair {
  /** 1-based line in the pairs file. */
  line: number;
  /** One file that holds two versions, or two files; resolved against the pairs file's folder. */
  files: string[];
}

/** Reads `A<TAB>B` lines (or one FILE that holds two versions); blank lines and `#` comments are skipped. */
export function parsePairs(pairsFile: string, text: string): BatchPair[] {
  const dir = dirname(pairsFile);
  const pairs: BatchPair[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (fields.length > 2 || fields.some((f) => f.trim() === '')) {
      throw new CliError(`${pairsFile}:${i + 1}: expected "A<TAB>B" (two file names separated by one tab), got ${JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}...` : line)}`);
    }
    pairs.push({ line: i + 1, files: fields.map((f) => (isAbsolute(f) ? f : join(dir, f))) });
  });
  if (pairs.length === 0) throw new CliError(atFile(pairsFile, 'no pairs (one "A<TAB>B" per line)'));
  return pairs;
}

/** `summary.en+translation.zh-Hans.txt#1` → `summary.en+translation.zh-Hans-1`. */
function stem(file: string): string {
  const named = /^(.*)#(\d+)$/.exec(basename(file));
  const name = named ? named[1]! : basename(file);
  const bare = name.replace(/\.[^.]+$/, '');
  return named ? `${bare}-${named[2]}` : bare;
}

/** Output base of each pair: `A--B.ext` in the output folder, the line number added where two pairs would collide. */
export function nameOutputs(pairs: readonly BatchPair[], outDir: string, format: OutputFormat): string[] {
  const names = pairs.map((p) => p.files.map(stem).join('--'));
  const ext = EXTENSIONS[format];
  return names.map((name, i) => {
    const unique = names.indexOf(name) === names.lastIndexOf(name) ? name : `${name}-line${pairs[i]!.line}`;
    return join(outDir, ext ? `${unique}.${ext}` : unique);
  });
}

export interface BatchOptions {
  pairsFile: string;
  outDir: string;
  values: InputValues;
  maxBead: number;
  format: OutputFormat;
  keepEmpty: boolean;
  /** Worker threads; default: all cores. */
  jobs?: number;
  quiet: boolean;
}

export async function runBatch(io: CliIo, options: BatchOptions): Promise<number> {
  const began = performance.now();
  const pairs = parsePairs(options.pairsFile, readText(options.pairsFile, { ...options.values, encoding: 'auto' }, io));
  const bases = nameOutputs(pairs, options.outDir, options.format);
  const tasks: BatchTask[] = pairs.map((pair, id) => ({
    id,
    files: pair.files,
    values: options.values,
    maxBead: options.maxBead,
    format: options.format,
    keepEmpty: options.keepEmpty,
    base: bases[id]!,
    cwd: io.cwd,
  }));
  const workerCount = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));
  const results = new Array<BatchResult | undefined>(tasks.length);
  const progress = new Progress(io, { quiet: options.quiet });
  let next = 0;
  let finished = 0;
  const report = (result: BatchResult) => {
    results[result.id] = result;
    finished++;
    if (!result.ok) {
      progress.end();
      io.stderr.write(`duizhao: ${options.pairsFile}:${pairs[result.id]!.line}: ${result.message}\n`);
    }
    progress.update(finished, tasks.length, relative(io.cwd, pathIn(io, bases[result.id]!)));
  };

  await Promise.all(
    Array.from({ length: workerCount }, () =>
      new Promise<void>((done) => {
        const worker = startWorker('batch-worker');
        let current: number | undefined;
        const feed = () => {
          if (next >= tasks.length) {
            current = undefined;
            void worker.terminate().then(() => done());
            return;
          }
          current = next++;
          worker.postMessage(tasks[current]);
        };
        worker.on('message', (result: BatchResult) => {
          report(result);
          feed();
        });
        worker.on('error', (error) => {
          // A crashed worker fails its pair; the other workers finish the rest.
          if (current !== undefined) report({ id: current, ok: false, message: `internal error: ${error.message.split('\n')[0]}` });
          current = undefined;
          done();
        });
        feed();
      }),
    ),
  );
  progress.end();
  // Pairs no worker could take (every worker crashed) still count as failed.
  tasks.forEach((task, id) => {
    if (!results[id]) report({ id: task.id, ok: false, message: 'not aligned: no worker left' });
  });

  const ok = results.filter((r): r is Extract<BatchResult, { ok: true }> => r?.ok === true);
  const failed = tasks.length - ok.length;
  const seconds = ((performance.now() - began) / 1000).toFixed(2);
  const lines = [`aligned ${ok.length} of ${tasks.length} pairs in ${seconds} s with ${workerCount} worker${workerCount === 1 ? '' : 's'}; wrote to ${options.outDir}:`];
  for (const r of ok) lines.push(`  ${r.written.map((w) => relative(pathIn(io, options.outDir), pathIn(io, w))).join(' ')}  ${r.beads} beads`);
  if (failed > 0) lines.push(`${failed} pair${failed === 1 ? '' : 's'} failed (see above)`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return failed > 0 ? 1 : 0;
}
