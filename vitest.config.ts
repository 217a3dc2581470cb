import { defineConfig } from 'vitest/config';

/**
 * No test has a time limit of its own. The limits below only turn a hang into a failure;
 * they are far above what any test needs on a busy machine (tens of seconds at most), so no
 * test passes or fails with the machine's speed. Timing belongs in `pnpm bench`.
 */
const HANG = 600_000;

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
  },
});
