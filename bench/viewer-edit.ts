/**
 * `pnpm bench edit [ROWS]`: the viewer's edit mode on a synthetic alignment of
 * ROWS units (default 10,000) in Chromium. Measures how long an edit takes to
 * be on screen (the key press dispatched to the frame after it painted:
 * requestAnimationFrame, then a task; keys 0.4 s apart), per operation, and how smooth scrolling
 * is (frame intervals while the page scrolls by 300 px a frame). Target: an
 * edit on screen within 50 ms; scrolling without frames longer than 50 ms.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlignmentReport } from '@duizhao/core';
import { bundleViewerScript, renderViewerHtml } from '../packages/viewer/src/index.js';

const CHROMIUM = '/usr/bin/chromium';
/** Edits per operation (second argument); the median and the worst are reported. */
const REPEATS = 9;

function makeReport(n: number): AlignmentReport {
  const sentences = (lang: string) =>
    Array.from({ length: n }, (_, i) => ({ index: i, text: lang === 'en' ? `Sentence ${i} of the English version, long enough to wrap now and then.` : `第${i}句：这是中文版本的一个句子，长度适中。`, start: i * 80, end: i * 80 + 60 }));
  return {
    kind: 'alignment',
    versions: [
      { id: 'en', source: 'en.txt', lang: 'en', sentences: sentences('en') },
      { id: 'zh', source: 'zh.txt', lang: 'zh-Hans', sentences: sentences('zh') },
    ],
    alignment: { a: { lang: 'en' }, b: { lang: 'zh-Hans' }, method: 'lexical', beads: Array.from({ length: n }, (_, i) => ({ a: [i], b: [i], score: ((i * 37) % 100) / 100, scores: {} })), stats: {} },
  };
}

// In-page code as text: tsx would wrap functions passed to page.evaluate in a helper the page does not have.
/** Dispatches each key `repeats` times to the focused row; per press, the time in the key handler and the time until the frame after it painted. */
const MEASURE_KEYS = `async (keys, repeats) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const press = (key) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const out = [];
  for (let r = 0; r < repeats; r++) {
    for (const key of keys) {
      // A reviewer's pace: the work an edit leaves for later (row numbers far below, the write to storage) is done by the next key.
      await new Promise((resolve) => setTimeout(resolve, 400));
      await frame();
      const t0 = performance.now();
      press(key);
      const t1 = performance.now();
      await frame();
      out.push([t1 - t0, performance.now() - t0]);
    }
    if (keys[0] === 'ArrowDown') press('ArrowUp');
  }
  return out;
}`;
/** Scrolls 300 px a frame for 60 frames from the top; the interval between frames. */
const MEASURE_SCROLL = `async () => {
  window.scrollTo(0, 0);
  const intervals = [];
  let last = performance.now();
  for (let k = 0; k < 60; k++) {
    window.scrollBy(0, 300);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

export async function run(argv: string[]): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; the edit bench needs Chromium`);
  const n = Number(argv[0] ?? 10_000);
  const repeats = Number(argv[1] ?? REPEATS);
  const file = join(mkdtempSync(join(tmpdir(), 'duizhao-bench-edit-')), 'big.html');
  writeFileSync(file, renderViewerHtml({ title: `${n} rows`, report: makeReport(n) }, await bundleViewerScript()));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-rendered=all]', { timeout: 300_000 });
  process.stderr.write('page rendered\n');
  const marks = await page.evaluate(() => ['duizhao:first-rows', 'duizhao:all-rows'].map((m) => Math.round(performance.getEntriesByName(m)[0]!.startTime)));
  const rows: string[][] = [['what', 'median ms', 'worst ms', 'target']];
  rows.push(['first rows shown', String(marks[0]), '', ''], ['all rows rendered', String(marks[1]), '', '']);
  // Each measured at a unit in the middle of the table, so every edit renumbers about half the rows.
  const ops: [string, string[]][] = [
    ['baseline: a key that does nothing (F9)', ['F9']],
    ['move to next unit (↓)', ['ArrowDown']],
    ['merge with next (m), then undo (z)', ['m', 'z']],
    ['split (s, Enter), then undo', ['m', 's', 'Enter', 'z', 'z']],
    ['shift boundary (]), then undo', [']', 'z']],
    ['no counterpart (x), then undo', ['x', 'z']],
    ['confirm (c), then undo', ['c', 'z']],
  ];
  // Half way down, as a reviewer would scroll there; then a click on the row in the middle of the screen.
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight / 2)');
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.mouse.click(30, 450);
  process.stderr.write(`current unit: ${String(await page.evaluate("document.querySelector('tr.current')?.getAttribute('data-row')"))}\n`);
  for (const [label, keys] of ops) {
    const pairs = (await page.evaluate(`(${MEASURE_KEYS})(${JSON.stringify(keys)}, ${repeats})`)) as [number, number][];
    const handler = pairs.map((p) => p[0]);
    const times = pairs.map((p) => p[1]);
    process.stderr.write(`${label}: ${pairs.map((p) => `${p[0].toFixed(0)}/${p[1].toFixed(0)}`).join(' ')}\n`);
    rows.push([`${label}: key handler (script)`, median(handler).toFixed(1), Math.max(...handler).toFixed(1), '']);
    rows.push([`${label}: key to painted frame`, median(times).toFixed(1), Math.max(...times).toFixed(1), '≤ 50']);
  }
  const frames = (await page.evaluate(`(${MEASURE_SCROLL})()`)) as number[];
  rows.push(['scrolling: frame interval (60 frames, 300 px each)', median(frames).toFixed(1), Math.max(...frames).toFixed(1), '']);
  rows.push(['scrolling: 95th percentile frame', quantile(frames, 0.95).toFixed(1), '', '≤ 50']);
  await browser.close();
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`);
  process.stdout.write(`${n} rows, chromium headless, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, shared 2-core machine\n`);
}
