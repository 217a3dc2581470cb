/** Starting a worker thread from a module beside this one, built (`.js`) or run from source by tsx (`.ts`). */
import { Worker } from 'node:worker_threads';

/** A worker running `./<name>.js` (built) or `./<name>.ts` (source, through tsx's loader). */
export function startWorker(name: string): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js')) return new Worker(new URL(`./${name}.js`, here));
  // Unbuilt (tsx): a worker thread does not inherit tsx's loader hooks, so it registers them before importing the TypeScript worker.
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new URL(`./${name}.ts`, here).href;
  const code = `(async () => { const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(worker)}); })();`;
  return new Worker(code, { eval: true, execArgv: workerExecArgv(process.execArgv) });
}

/** Node's options a worker needs to load modules as this thread does (tsx's hooks, `--conditions=source`): each takes a value. */
const LOADING = new Set(['--conditions', '-C', '--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The module-loading options of `execArgv`, which a worker must be given again; the rest are left out, since a
 * worker refuses process-wide ones (V8's, such as `--interrupt-budget`, `--max-old-space-size`: they apply to
 * its thread already) with ERR_WORKER_INVALID_EXEC_ARGV.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let k = 0; k < execArgv.length; k++) {
    const arg = execArgv[k]!;
    const name = arg.split('=', 1)[0]!;
    if (!LOADING.has(name)) continue;
    kept.push(arg);
    if (!arg.includes('=') && k + 1 < execArgv.length) kept.push(execArgv[++k]!);
  }
  return kept;
}
