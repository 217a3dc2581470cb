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
    include: ['packages/*/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    testTimeout: HANG,
    hookTimeout: HANG,
    pool: 'forks',
    // Both cores: vitest's default leaves one free; measured on this 2-core machine, quiet: vitest run 168 s -> 142 s.
    maxWorkers: 2,
  },
});
