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
  return new Worker(code, { eval: true, execArgv: process.execArgv });
}
