import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { INTERRUPT_BUDGET } from './packages/cli/src/v8-tuning.js';

/**
 * No test has a time limit of its own. The limits below only turn a hang into a failure;
 * they are far above what any test needs on a busy machine (tens of seconds at most), so no
 * test passes or fails with the machine's speed. Timing belongs in `pnpm bench`.
 */
const HANG = 600_000;

/** The suite's longest files: Chromium's pages, packing and installing the tarballs, every help example. */
const HEAVY = /(?:browser|pack|help)\.test\.ts$/;

/**
 * The longest files start first, so that neither worker is left running one alone at the end. Vitest's own order puts
 * the longest first only once it has their times from an earlier run; without them (a fresh clone, as CI runs) it goes
 * by file size.
 */
class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => HEAVY.test(f.moduleId)), ...sorted.filter((f) => !HEAVY.test(f.moduleId))];
  }
}

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'bench/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: HANG,
    hookTimeout: HANG,
    pool: 'forks',
    // A worker runs its test files one after another in one module graph: core, its dictionary and the viewer's
    // page script load once per worker instead of once per file (57 files). No test file changes shared state
    // (process.env, globals, mocks) without restoring it. Measured on the shared 2-core machine (busy), CPU time
    // of vitest run: 246 s -> 139 s; the import phase of packages/core alone 65 s -> 14 s.
    isolate: false,
    // Both cores: vitest's default leaves one free; measured on this 2-core machine, quiet: vitest run 168 s -> 142 s.
    maxWorkers: 2,
    // V8's optimizer budget for long-running work, as the CLI sets it (packages/cli/src/v8-tuning.ts): the tests run
    // the same pipelines. Measured twice back to back, others paused, the machine's speed varying: vitest run without
    // 109.8 and 94.5 s wall (133 and 114 s CPU), with 100.3 and 95.2 s (118 and 112 s CPU). A worker thread is given
    // only the options that load modules (src/worker.ts), since it refuses V8's.
    execArgv: [`--interrupt-budget=${INTERRUPT_BUDGET}`],
    sequence: { sequencer: HeavyFirst },
  },
});
