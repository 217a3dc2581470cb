import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../src/worker.js';

describe('a worker thread started from source (tsx)', () => {
  it('is given the options that load modules, and not the process-wide V8 ones a worker refuses', () => {
    const argv = ['--interrupt-budget=1000000', '--require', '/x/preflight.cjs', '--import', 'file:///x/loader.mjs', '--conditions=source', '--max-old-space-size=4096', '-r', 'y.cjs', '--no-warnings'];
    expect(workerExecArgv(argv)).toEqual(['--require', '/x/preflight.cjs', '--import', 'file:///x/loader.mjs', '--conditions=source', '-r', 'y.cjs']);
  });
});
