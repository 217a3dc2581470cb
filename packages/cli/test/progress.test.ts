import { describe, expect, it } from 'vitest';
import { colorAllowed, renderProgressBar } from '../src/progress.js';
import { runCli } from './run-cli.js';

describe('progress bar', () => {
  it('shows counts, percentage, time and what is being worked on', () => {
    expect(renderProgressBar({ done: 0, total: 15, elapsedMs: 1200 }, { width: 10 })).toBe('[░░░░░░░░░░]  0/15   0% 1.2 s');
    expect(renderProgressBar({ done: 8, total: 15, label: 'a--b', elapsedMs: 2500 }, { width: 10 })).toBe('[█████░░░░░]  8/15  53% 2.5 s  a--b');
    expect(renderProgressBar({ done: 15, total: 15, elapsedMs: 3000 }, { width: 10 })).toBe('[██████████] 15/15 100% 3.0 s');
  });

  it('cuts long labels from the left and paints the bar only in colour mode', () => {
    const line = renderProgressBar({ done: 1, total: 2, label: 'x'.repeat(50) + 'END', elapsedMs: 0 }, { width: 4, maxLabel: 10, color: true });
    expect(line).toBe('[\x1b[32m██░░\x1b[0m] 1/2  50% 0.0 s  …xxxxxxEND');
  });

  it('NO_COLOR turns colour off', () => {
    expect(colorAllowed({ NO_COLOR: '1' })).toBe(false);
    expect(colorAllowed({})).toBe(true);
  });

  it('a piped run prints nothing on standard error', () => {
    const result = runCli(['run', '-o', `${process.env.TMPDIR ?? '/tmp'}/duizhao-progress-test`]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/aligned 15 pairs/);
  }, 60_000);
});
