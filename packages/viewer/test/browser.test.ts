/**
 * The page in a real browser (Debian's chromium): opened from file://, checked
 * by what a reviewer sees and can do. Skipped when /usr/bin/chromium is absent;
 * CI installs it (scripts/setup.sh). Screenshots go to test-output/viewer/.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchChromium, openWatched } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CORPUS, ROOT, runCli } from '../../cli/test/run-cli.js';

const SHOTS = join(ROOT, 'test-output/viewer');
const work = mkdtempSync(join(tmpdir(), 'duizhao-viewer-'));

let browser: Browser;

/** Writes a page with the CLI, as a user does. */
async function viewWithCli(name: string, args: string[]): Promise<string> {
  const out = join(work, `${name}.html`);
  const result = await runCli(['view', ...args, '-o', out]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return out;
}

/** Opens a page; any console error or uncaught exception fails the test at `done()`. */
async function open(file: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return { page, done: await openWatched(page, file, 'body[data-rendered=all]', () => page.close()) };
}

describe.skipIf(!existsSync(CHROMIUM))('the viewer page in chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the bilingual summary as two columns, a row per aligned unit, in the original characters', async () => {
    const { page, done } = await open(await viewWithCli('summary', [join(CORPUS, 'summary.en+translation.zh-Hans.txt')]));
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Row',
      'summary.en+translation.zh-Hans.txt#0 (English)',
      'summary.en+translation.zh-Hans.txt#1 (Simplified Chinese)',
      'Confidence',
      'Notes',
    ]);
    const row = table.getByRole('row').filter({ hasText: 'Computing Power vs. Technical Methods:' });
    await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe('算力 vs 技术方法:');
    await expect(table.locator('tbody').getByRole('row').count()).resolves.toBe(41);
    // A sentence without counterpart stands alone in its row; the one sure enough (the untranslated "Reference:") is flagged.
    const alone = table.locator('tbody tr', { hasText: '(nothing)' });
    await expect(alone.count()).resolves.toBeGreaterThan(0);
    await expect(alone.filter({ hasText: 'Reference:' }).locator('.notes').getByRole('button').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'summary.png'), fullPage: false });
    await done();
  });

  it('shows three versions as one table, a column per version, with inconsistent rows explained', async () => {
    const { page, done } = await open(await viewWithCli('three', [join(CORPUS, 'summary.en+translation.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt')]));
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader').allInnerTexts()).resolves.toEqual([
      'Row',
      'summary.en+translation.zh-Hans.txt#0 (English)',
      'summary.en+translation.zh-Hans.txt#1 (Simplified Chinese)',
      'summary-outline.zh-Hant.txt (Traditional Chinese)',
      'Confidence',
      'Notes',
    ]);
    await expect(page.locator('#pair').count()).resolves.toBe(0);
    const inconsistent = page.getByRole('button', { name: 'inconsistent', exact: true });
    await expect(inconsistent.count()).resolves.toBeGreaterThan(0);
    await inconsistent.first().focus();
    await expect(page.getByRole('tooltip').filter({ visible: true }).innerText()).resolves.toMatch(/^Inconsistent: the direct alignment of .+ and .+ disagrees with the pivot summary-outline\.zh-Hant\.txt/);
    await page.screenshot({ path: join(SHOTS, 'three.png') });
    await done();
  });

  it('marks character differences, explains badges on focus, and navigates problems with n and p', async () => {
    const { page, done } = await open(await viewWithCli('outline', [join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt')]));
    // A summary pair opens in the summary view (summary-browser.test.ts); the table is one choice away.
    await page.locator('#mode').selectOption('table');
    await page.waitForSelector('body[data-view=table][data-rendered=all]');
    await expect(page.locator('tbody del').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('tbody ins').count()).resolves.toBeGreaterThan(0);
    const delText = await page.locator('tbody del').first().innerText();
    expect(delText.length).toBeGreaterThan(0);

    // Every kind of badge is there; a badge's explanation shows when it has focus and describes it.
    for (const label of ['added', 'omitted', 'moved', 'low confidence']) await expect(page.getByRole('button', { name: label, exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^changed (term|number|name|date)$/ }).count()).resolves.toBeGreaterThan(0);
    const omitted = page.getByRole('button', { name: 'omitted', exact: true }).first();
    await omitted.focus();
    const tip = page.getByRole('tooltip').filter({ visible: true });
    await expect(tip.innerText()).resolves.toMatch(/^summary-outline\.zh-Hant\.txt leaves out (all|part) of /);
    const described = await omitted.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent);
    expect(described).toBe(await tip.innerText());
    // Escape hides it without moving focus; it shows again when the badge is focused anew.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip').filter({ visible: true }).count()).resolves.toBe(0);
    await expect(omitted.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.locator('h1').click();
    await omitted.focus();
    await expect(page.getByRole('tooltip').filter({ visible: true }).count()).resolves.toBe(1);

    // n goes to the first problem row and p back; the status says which.
    await page.locator('h1').click();
    await page.keyboard.press('n');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-row'));
    await page.keyboard.press('n');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-row'));
    expect(Number(second)).toBeGreaterThan(Number(first));
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^Problem 2 of \d+: row \d+/);
    await page.keyboard.press('p');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-row'))).resolves.toBe(first);
    await expect(page.locator('tr:focus .notes').innerText()).resolves.not.toBe('');
    await page.screenshot({ path: join(SHOTS, 'outline.png') });

    // Problems only hides rows without a badge; search keeps only rows with the text.
    const all = await page.locator('tbody tr:visible').count();
    await page.getByLabel('Problems only').check();
    const problems = await page.locator('tbody tr:visible').count();
    expect(problems).toBeLessThan(all);
    await expect(page.locator('tbody tr:visible .notes:empty').count()).resolves.toBe(0);
    await page.getByLabel('Problems only').uncheck();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Tinker');
    const hits = await page.locator('tbody tr:visible').allInnerTexts();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((t) => t.includes('Tinker'))).toBe(true);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');

    // Pointing at a sentence highlights it and its partners in the other column.
    const sentence = page.locator('tbody tr').nth(1).locator('td').first().locator('.s').first();
    await sentence.hover();
    await expect(page.locator('tbody tr').nth(1).locator('td').nth(1).locator('.s.linked').count()).resolves.toBeGreaterThan(0);

    // The overview strip jumps to the row of a region.
    const strip = page.getByRole('navigation', { name: /^Coverage of transcript\.zh-Hans\.txt/ });
    const uncovered = strip.getByRole('button', { name: /^not covered: .*row (\d+)$/ }).last();
    const rowNumber = Number(/row (\d+)$/.exec((await uncovered.getAttribute('aria-label'))!)![1]);
    await uncovered.click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-row'))).resolves.toBe(String(rowNumber - 1));
    await expect(page.locator(`#row-${rowNumber - 1}`).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'outline-overview-jump.png') });
    await done();
  });

  it('shows markup in a document as the text it is, and runs none of it', async () => {
    const a = join(work, 'hostile-a.txt');
    const b = join(work, 'hostile-b.txt');
    const lines = ['<script>window.__pwned = 1</script> is a tag.', '<img src=x onerror="window.__pwned = 2"> is an image.', 'A cell ends with </table> here.', 'He said "yes" & left.'];
    writeFileSync(a, `${lines.join('\n')}\n`);
    writeFileSync(b, `${lines.map((l) => l.replace('is a', 'was a')).join('\n')}\n`);
    // Aligned and saved as JSON first: `view` reads a saved report as well as documents.
    const json = join(work, 'hostile.json');
    expect((await runCli(['align', '--lines', a, b, '--format', 'json', '-o', json])).status).toBe(0);
    const { page, done } = await open(await viewWithCli('hostile', [json]));
    await expect(page.locator('tbody td:nth-child(2)').allInnerTexts()).resolves.toEqual(lines);
    await expect(page.locator('tbody td:nth-child(3)').allInnerTexts()).resolves.toEqual(lines.map((l) => l.replace('is a', 'was a')));
    await expect(page.locator('tbody img, tbody script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('tbody tr').count()).resolves.toBe(4);
    await page.screenshot({ path: join(SHOTS, 'hostile.png') });
    await done();
  });
});
