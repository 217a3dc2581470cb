/**
 * The edit mode in a real browser (Debian's chromium), opened from file://:
 * every operation by keyboard and undone, the saved report read back by the
 * CLI's `render`, exports equal to the CLI's bytes, edits surviving a reload,
 * corpus markup inert. The CLI runs in-process through the `main(argv)` the
 * bin calls. Skipped when /usr/bin/chromium is absent. Screenshots go to
 * test-output/viewer/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CHROMIUM, launchChromium, openWatched } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { AlignmentReport, type Bead } from '@duizhao/core';
import { main } from '../../cli/src/main.js';
import { CORPUS, ROOT } from '../../cli/test/run-cli.js';
import { bundleViewerScript, renderViewerHtml } from '../src/index.js';
import { applyChange, confirmBead, mergeWithNext, mergeWithPrevious, setApart, shiftBoundary, splitBead, type Change } from '../src/edit/beads.js';

const SHOTS = join(ROOT, 'test-output/viewer');
const work = mkdtempSync(join(tmpdir(), 'duizhao-edit-'));

let browser: Browser;
let script: string;

/** Runs the CLI in-process; returns the exit code. */
async function cli(...argv: string[]): Promise<number> {
  return main(argv);
}

/** Aligns `args` to a JSON report with the CLI, and writes its page. */
async function alignedPage(name: string, args: string[]): Promise<{ html: string; report: AlignmentReport }> {
  const json = join(work, `${name}.json`);
  expect(await cli('align', ...args, '--format', 'json', '-o', json)).toBe(0);
  const report = AlignmentReport.parse(JSON.parse(readFileSync(json, 'utf8')));
  const html = join(work, `${name}.html`);
  writeFileSync(html, renderViewerHtml({ title: name, report }, script));
  return { html, report };
}

/** Opens a page in a fresh context (its own storage); console errors and dialogs fail the test at `done()`. */
async function open(file: string, context?: BrowserContext): Promise<{ page: Page; context: BrowserContext; done: () => Promise<void> }> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true }));
  const page = await ctx.newPage();
  return { page, context: ctx, done: await openWatched(page, file, 'body[data-rendered=all]', () => ctx.close()) };
}

/** The beads as the table shows them: per row, the sentence ids of each column and the status. */
const shown = (page: Page): Promise<string[]> =>
  page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const ids = (c: number) => [...tr.querySelectorAll(`td:nth-of-type(${c + 1}) .s`)].map((s) => (s as HTMLElement).dataset.key!.split(':')[1]).join(',');
      return `${ids(0) || '-'}|${ids(1) || '-'} ${(tr as HTMLElement).dataset.status}`;
    }),
  );
const expected = (beads: readonly Bead[]): string[] => beads.map((b) => `${b.a.join(',') || '-'}|${b.b.join(',') || '-'} ${b.status ?? 'automatic'}`);
const apply = (beads: Bead[], change: Change | string): Bead[] => {
  if (typeof change === 'string') throw new Error(change);
  return applyChange(beads, change);
};
const current = (page: Page): Promise<number> => page.evaluate(() => [...document.querySelectorAll('tbody tr')].findIndex((tr) => tr.classList.contains('current')));

/** Downloads what `trigger` makes the page download: file name → text. */
async function downloads(page: Page, count: number, trigger: () => Promise<void>): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const all: Promise<void>[] = [];
  const done = new Promise<void>((resolve) => {
    const listener = (d: Download) => {
      all.push(
        d.path().then((path) => {
          files.set(d.suggestedFilename(), readFileSync(path));
        }),
      );
      if (all.length === count) {
        page.off('download', listener);
        resolve();
      }
    };
    page.on('download', listener);
  });
  await trigger();
  await done;
  await Promise.all(all);
  return files;
}

describe.skipIf(!existsSync(CHROMIUM))('the edit mode in chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    script = await bundleViewerScript();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('does every operation by keyboard on a real pair, and undoes and redoes it', async () => {
    const { html, report } = await alignedPage('summary', [join(CORPUS, 'summary.en+translation.zh-Hans.txt')]);
    const start = report.alignment.beads;
    const { page, done } = await open(html);
    await expect(shown(page)).resolves.toEqual(expected(start));
    const keys = async (...presses: string[]) => {
      for (const key of presses) await page.keyboard.press(key);
    };
    // Unit 4 (index 3) is 1-1 with 1-1 neighbours in this alignment: every operation applies there.
    await keys('ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(await current(page)).toBe(3);
    const cases: [string, string[], Bead[]][] = [
      ['merge with next', ['m'], apply(start, mergeWithNext(start, 3))],
      ['merge with previous', ['Shift+M'], apply(start, mergeWithPrevious(start, 3))],
      ['split (after merging)', ['m', 's', 'Enter'], apply(apply(start, mergeWithNext(start, 3)), splitBead(apply(start, mergeWithNext(start, 3)), 3, 1, 1))],
      ['shift the boundary down in the first version', [']'], apply(start, shiftBoundary(start, 3, 'a', 'down'))],
      ['shift the boundary up in the first version', ['['], apply(start, shiftBoundary(start, 3, 'a', 'up'))],
      ['shift the boundary down in the second version', ['}'], apply(start, shiftBoundary(start, 3, 'b', 'down'))],
      ['shift the boundary up in the second version', ['{'], apply(start, shiftBoundary(start, 3, 'b', 'up'))],
      ['no counterpart for the chosen sentence', ['ArrowRight', 'x'], apply(start, setApart(start, 3, 'b', start[3]!.b[0]!))],
      ['confirm', ['c'], apply(start, confirmBead(start, 3))],
    ];
    for (const [what, presses, after] of cases) {
      await keys(...presses);
      await expect(shown(page), what).resolves.toEqual(expected(after));
      const undos = presses.filter((k) => !['ArrowRight', 's'].includes(k)).length;
      await keys(...Array<string>(undos).fill('z'));
      await expect(shown(page), `${what}, undone`).resolves.toEqual(expected(start));
      await keys(...Array<string>(undos).fill('Shift+Z'));
      await expect(shown(page), `${what}, redone`).resolves.toEqual(expected(after));
      await keys(...Array<string>(undos).fill('Control+z'));
      await expect(shown(page), `${what}, undone again`).resolves.toEqual(expected(start));
      // Back to unit 4 for the next case (confirm and undo move the current unit).
      await page.locator('tbody tr').nth(3).click({ position: { x: 5, y: 5 } });
    }
    // A split chosen with the arrow keys: split mode, move the cut, Tab to the other version, Escape cancels.
    await keys('m', 's', 'ArrowLeft');
    await expect(page.locator('tr.splitting .cut').count()).resolves.toBe(2);
    await page.screenshot({ path: join(SHOTS, 'edit-split.png') });
    await keys('Escape');
    await expect(page.locator('tr.splitting').count()).resolves.toBe(0);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Split cancelled.');
    await keys('z');
    await expect(shown(page)).resolves.toEqual(expected(start));

    await page.screenshot({ path: join(SHOTS, 'edit-summary.png') });
    await done();
  });

  it('goes to the next low-confidence and the next unconfirmed unit', async () => {
    const { report } = await alignedPage('summary-nav', [join(CORPUS, 'summary.en+translation.zh-Hans.txt')]);
    // This pair has no paired unit below 0.3; two are made unsure here so there is somewhere to go.
    report.alignment.beads[5]!.score = 0.12;
    report.alignment.beads[9]!.score = 0.25;
    const html = join(work, 'summary-nav.html');
    writeFileSync(html, renderViewerHtml({ title: 'nav', report }, script));
    const { page, done } = await open(html);
    await page.keyboard.press('l');
    expect(await current(page)).toBe(5);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Low-confidence unit 1 of 2: row 6.');
    // Confirming a unit reviews it: the next `l` from the top skips it.
    await page.keyboard.press('c');
    await page.locator('tbody tr').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('l');
    expect(await current(page)).toBe(9);
    await page.keyboard.press('l');
    await expect(page.getByRole('status').innerText()).resolves.toBe('No further low-confidence unit below.');
    // Units 1 and 2 confirmed: from the top, the next unconfirmed is unit 3.
    await page.locator('tbody tr').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    await page.keyboard.press('c');
    await page.locator('tbody tr').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('u');
    expect(await current(page)).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'edit-summary.png') });
    await done();
  });

  it('saves the corrected report, which the CLI renders with the edits; exports equal the CLI output byte for byte; edits survive a reload', async () => {
    const { html, report } = await alignedPage('summary-save', [join(CORPUS, 'summary.en+translation.zh-Hans.txt')]);
    const start = report.alignment.beads;
    const { page, context, done } = await open(html);
    // Merge units 4 and 5, confirm unit 2, set the English sentence of unit 7 apart.
    await page.locator('tbody tr').nth(3).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('m');
    await page.locator('tbody tr').nth(1).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('c');
    await page.locator('tbody tr').nth(6).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('x');
    let beads = apply(start, mergeWithNext(start, 3));
    beads = apply(beads, confirmBead(beads, 1));
    beads = apply(beads, setApart(beads, 6, 'a', beads[6]!.a[0]!));
    await expect(shown(page)).resolves.toEqual(expected(beads));

    const saved = await downloads(page, 1, () => page.keyboard.press('Control+s'));
    const [name, json] = [...saved][0]!;
    expect(name).toMatch(/\.corrected\.json$/);
    const file = join(work, name);
    writeFileSync(file, json);
    const corrected = AlignmentReport.parse(JSON.parse(json.toString('utf8')));
    expect(expected(corrected.alignment.beads)).toEqual(expected(beads));

    // The CLI accepts it, and its TMX shows the edits.
    const tmx = join(work, 'corrected.tmx');
    expect(await cli('render', file, '--format', 'tmx', '-o', tmx)).toBe(0);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (n) => ['tu', 'tuv', 'prop'].includes(n) });
    type Tu = { prop: { '@type': string; '#text': string }[]; tuv: { '@xml:lang': string; seg: string }[] };
    const units = (parser.parse(readFileSync(tmx, 'utf8')) as { tmx: { body: { tu: Tu[] } } }).tmx.body.tu;
    const prop = (tu: Tu, type: string) => tu.prop.find((p) => p['@type'] === type)?.['#text'];
    expect(units).toHaveLength(beads.length);
    expect(prop(units[3]!, 'x-duizhao-a')).toBe([...start[3]!.a, ...start[4]!.a].join(','));
    expect(prop(units[3]!, 'x-duizhao-status')).toBe('edited');
    expect(units[3]!.tuv[0]!.seg).toBe(`${report.versions[0].sentences[start[3]!.a[0]!]!.text} ${report.versions[0].sentences[start[4]!.a[0]!]!.text}`);
    expect(prop(units[1]!, 'x-duizhao-status')).toBe('confirmed');
    expect(units[6]!.tuv.map((t) => t['@xml:lang'])).toEqual(['en']);
    expect(prop(units[0]!, 'x-duizhao-status')).toBeUndefined();

    // Each export equals `duizhao render` of the saved report, byte for byte.
    for (const [format, button, count] of [['tmx', 'TMX', 1], ['tsv', 'TSV', 1], ['moses', 'Moses', 2]] as const) {
      const files = await downloads(page, count, () => page.getByRole('button', { name: button, exact: true }).click());
      const base = join(work, `cli-${format}`);
      expect(await cli('render', file, '--format', format, '-o', base)).toBe(0);
      for (const [fileName, bytes] of files) {
        const cliFile = format === 'moses' ? `${base}${fileName.slice(fileName.lastIndexOf('.'))}` : base;
        expect(bytes.equals(readFileSync(cliFile)), `${fileName} equals ${cliFile}`).toBe(true);
      }
      expect(files.size).toBe(count);
    }

    // A reload finds the edits; undo then goes back to the aligner's report.
    await page.reload();
    await page.waitForSelector('body[data-rendered=all]');
    await expect(shown(page)).resolves.toEqual(expected(beads));
    await expect(page.getByRole('status').innerText()).resolves.toContain('Restored the edits kept in this browser');
    // A second page of the same report, opened anew in the same browser, finds them too.
    const again = await open(html, context);
    await expect(shown(again.page)).resolves.toEqual(expected(beads));
    await page.keyboard.press('z');
    await expect(shown(page)).resolves.toEqual(expected(start));
    await page.screenshot({ path: join(SHOTS, 'edit-restored-undone.png') });
    await done();
  });

  it('edits a 10,000-unit alignment with only the rows near the screen in the page', async () => {
    const n = 10_000;
    // Every seventh English sentence is long enough to wrap over several lines, so rows differ in height.
    const text = (lang: string, i: number) => (lang === 'en' ? `Sentence ${i} of the English version${i % 7 === 0 ? ', a long one that goes on to wrap over several lines of its column, as real sentences do now and then' : ''}.` : `第${i}句：这是中文版本的一个句子。`);
    const sentences = (lang: string) => Array.from({ length: n }, (_, i) => ({ index: i, text: text(lang, i), start: i * 80, end: i * 80 + 60 }));
    const start: Bead[] = Array.from({ length: n }, (_, i) => ({ a: [i], b: [i], score: ((i * 37) % 100) / 100, scores: {} }));
    const report: AlignmentReport = { kind: 'alignment', versions: [{ id: 'en', source: 'en.txt', lang: 'en', sentences: sentences('en') }, { id: 'zh', source: 'zh.txt', lang: 'zh-Hans', sentences: sentences('zh') }], alignment: { a: { lang: 'en' }, b: { lang: 'zh-Hans' }, method: 'lexical', beads: start, stats: {} } };
    const html = join(work, 'big.html');
    writeFileSync(html, renderViewerHtml({ title: '10,000 units', report }, script));
    const { page, done } = await open(html);
    /** The rendered rows: their first and last unit, whether they run on without a gap and are numbered so, and where the current row is on screen. */
    const rendered = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('tbody tr')];
        const units = rows.map((tr) => Number(tr.dataset.row));
        const current = document.querySelector('tr.current')?.getBoundingClientRect();
        return {
          count: rows.length,
          first: units[0],
          last: units.at(-1),
          inOrder: units.every((u, k) => u === units[0]! + k && rows[k]!.firstElementChild!.textContent === String(u + 1) && rows[k]!.getAttribute('aria-rowindex') === String(u + 2)),
          // On screen and not under the sticky header and table head.
          currentOnScreen: current ? current.top >= document.querySelector('thead')!.getBoundingClientRect().bottom - 1 && current.bottom <= innerHeight + 1 : undefined,
          rowcount: document.querySelector('table')!.getAttribute('aria-rowcount'),
        };
      });
    const first = await rendered();
    expect(first.count).toBeLessThan(200);
    expect(first).toMatchObject({ first: 0, inOrder: true, rowcount: String(n + 1) });
    // Half way down by the scroll bar, then a click on the row in the middle of the screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const middle = await rendered();
    expect(middle.first).toBeGreaterThan(4000);
    expect(middle.last).toBeLessThan(6000);
    expect(middle.inOrder).toBe(true);
    await page.mouse.click(30, 450);
    const unit = Number(await page.locator('tr.current').getAttribute('data-row'));
    expect(unit).toBeGreaterThanOrEqual(middle.first!);
    // Merge it with the next: the page shows the merged unit and renumbers the rows below; the saved report has the merge.
    await page.keyboard.press('m');
    const merged = apply(start, mergeWithNext(start, unit));
    await expect(page.locator('tr.current td').first().locator('.s').allInnerTexts()).resolves.toEqual([text('en', unit), text('en', unit + 1)]);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true, rowcount: String(n) });
    // A narrower window wraps every row anew: the current row stays where it was on screen.
    const top = () => page.locator('tr.current').evaluate((tr) => Math.round(tr.getBoundingClientRect().top));
    const before = await top();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(2);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true });
    await page.setViewportSize({ width: 1400, height: 900 });
    // The next low-confidence unit after it, by keyboard, is on screen.
    await page.keyboard.press('l');
    const low = merged.findIndex((b, i) => i > unit && b.score < 0.3);
    expect(Number(await page.locator('tr.current').getAttribute('data-row'))).toBe(low);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true });
    // To the end by the scroll bar: the last row is the last unit, numbered after the merge.
    for (let k = 0; k < 3; k++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    await expect(rendered()).resolves.toMatchObject({ last: n - 2, inOrder: true });
    await expect(page.locator('tbody tr').last().locator('td').first().innerText()).resolves.toBe(text('en', n - 1));
    expect(await page.locator('tbody tr').last().evaluate((tr) => tr.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'edit-10000-end.png') });
    // By keyboard: Home and End go to the first and last unit; Page Up to the first unit on screen, then a screenful back.
    const currentUnit = async () => Number(await page.locator('tr.current').getAttribute('data-row'));
    await page.keyboard.press('Home');
    expect(await currentUnit()).toBe(0);
    await page.keyboard.press('End');
    expect(await currentUnit()).toBe(n - 2);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true });
    await page.keyboard.press('PageUp');
    const pageTop = await currentUnit();
    expect(pageTop).toBeLessThan(n - 2);
    await expect(rendered()).resolves.toMatchObject({ currentOnScreen: true });
    await page.keyboard.press('PageUp');
    const twoUp = await currentUnit();
    expect(twoUp).toBeLessThan(pageTop);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await currentUnit()).toBeGreaterThan(pageTop);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true });
    // Undo goes back to the merge, far above, and shows it undone.
    await page.keyboard.press('z');
    expect(Number(await page.locator('tr.current').getAttribute('data-row'))).toBe(unit);
    await expect(page.locator('tr.current td').first().locator('.s').allInnerTexts()).resolves.toEqual([text('en', unit)]);
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true, rowcount: String(n + 1) });
    await page.keyboard.press('Shift+Z');
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, currentOnScreen: true, rowcount: String(n) });
    const saved = await downloads(page, 1, () => page.keyboard.press('Control+s'));
    const corrected = AlignmentReport.parse(JSON.parse([...saved.values()][0]!.toString('utf8')));
    expect(expected(corrected.alignment.beads)).toEqual(expected(merged));
    await page.screenshot({ path: join(SHOTS, 'edit-10000-merged.png') });
    // A reload restores the merge; one undo goes back to the aligner's 10,000 units, without building them all.
    await page.reload();
    await page.waitForSelector('body[data-rendered=all]');
    await expect(rendered()).resolves.toMatchObject({ inOrder: true, rowcount: String(n) });
    await page.keyboard.press('z');
    const undone = await rendered();
    expect(undone).toMatchObject({ first: 0, inOrder: true, rowcount: String(n + 1) });
    expect(undone.count).toBeLessThan(200);
    await done();
  });

  it('keeps markup in the corpus inert while editing', async () => {
    const a = join(work, 'hostile-a.txt');
    const b = join(work, 'hostile-b.txt');
    const lines = ['<script>window.__pwned = 1</script> is a tag.', '<img src=x onerror="window.__pwned = 2"> is an image.', 'A cell ends with </table> here.', 'He said "yes" & left.'];
    writeFileSync(a, `${lines.join('\n')}\n`);
    writeFileSync(b, `${lines.map((l) => l.replace('is a', 'was a').replace('A cell', '一个单元格')).join('\n')}\n`);
    const { html } = await alignedPage('hostile', ['--lines', a, b]);
    const { page, done } = await open(html);
    // Merge all, split, set apart, confirm: every row is rebuilt from the text.
    for (const key of ['m', 'm', 's', 'Enter', 'ArrowDown', 'x', 'c', 'z', 'Shift+Z']) await page.keyboard.press(key);
    const text = await page.locator('tbody').innerText();
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('<img src=x onerror="window.__pwned = 2"> was an image.');
    await expect(page.locator('tbody img, tbody script, table table').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'edit-hostile.png') });
    await done();
  });
});
