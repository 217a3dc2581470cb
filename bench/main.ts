/**
 * `pnpm bench NAME [options]`: benchmarks that print numbers. Speed and
 * quality targets are checked here, not in timed tests.
 */
import { tuneV8 } from '../packages/cli/src/v8-tuning.js';

// As the CLI does, before any bench's modules load: V8's optimizer budget for long-running work (packages/cli/src/v8-tuning.ts).
tuneV8();

const BENCHES: Record<string, () => Promise<{ run: (argv: string[]) => Promise<void> | void }>> = {
  align: () => import('./align.js'),
  startup: () => import('./startup.js'),
  compare: () => import('./compare.js'),
  dictionary: () => import('./dictionary.js'),
  edit: () => import('./viewer-edit.js'),
  segment: () => import('./segment.js'),
  summary: () => import('./summary.js'),
  words: () => import('./words.js'),
};

const [name, ...rest] = process.argv.slice(2);
const load = name ? BENCHES[name] : undefined;
if (!load) {
  process.stderr.write(`usage: pnpm bench ${Object.keys(BENCHES).join('|')} [options]\n`);
  process.exit(2);
}
await (await load()).run(rest);
