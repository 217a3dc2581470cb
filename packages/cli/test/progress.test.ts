import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../src/io.js';
import { Progress, colorAllowed, renderProgressBar } from '../src/progress.js';
import { CORPUS, runCli } from './run-cli.js';

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
});

describe('the bar on standard error', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Updates a bar at 0.5 s and at 1.5 s of a clock the test moves, and returns what reached standard error. */
  const drawn = (io: Partial<CliIo>, options: { quiet?: boolean } = {}) => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const err: string[] = [];
    const progress = new Progress({ stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) }, stdin: () => new Uint8Array(), cwd: '/', env: {}, isTTY: true, ...io }, options);
    vi.advanceTimersByTime(500);
    progress.update(1, 4, 'a--b');
    vi.advanceTimersByTime(1000);
    progress.update(2, 4, 'a--c');
    progress.end();
    return err.join('');
  };

  it('on a terminal: nothing in the first second, then the bar in place, cleared at the end', () => {
    expect(drawn({ env: { NO_COLOR: '1' } })).toBe(`\r${renderProgressBar({ done: 2, total: 4, label: 'a--c', elapsedMs: 1500 })}\x1b[K\r\x1b[K`);
    expect(drawn({ env: {} })).toContain('\x1b[32m');
  });

  it('piped (not a terminal) or --quiet: nothing', () => {
    expect(drawn({ isTTY: false })).toBe('');
    expect(drawn({}, { quiet: true })).toBe('');
  });

  it('a piped run prints nothing on standard error and says what it did on standard output', async () => {
    // A corpus of one translation pair (the bilingual summary); `duizhao run` on the bundled corpus is one of the help examples.
    const corpus = mkdtempSync(join(tmpdir(), 'duizhao-progress-'));
    copyFileSync(join(CORPUS, 'summary.en+translation.zh-Hans.txt'), join(corpus, 'summary.en+translation.zh-Hans.txt'));
    const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { versions: { id: string }[] };
    manifest.versions = manifest.versions.filter((v) => v.id === 'summary-en' || v.id === 'summary-zh-hans');
    writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest));
    const result = await runCli(['run', join(corpus, 'manifest.json'), '-o', join(corpus, 'out')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/aligned 1 pairs/);
  });
});
