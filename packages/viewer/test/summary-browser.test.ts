/**
 * The summary view in a real browser (Debian's chromium), opened from
 * file://: a summary read against its source. Expected links are computed
 * here from the report the page carries, independently of the page's code.
 * Skipped when /usr/bin/chromium is absent. Screenshots go to test-output/viewer/.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, launchChromium, openWatched } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CompareReport, ReportVersion } from '@duizhao/core';
import { CORPUS, ROOT, runCli } from '../../cli/test/run-cli.js';

const SHOTS = join(ROOT, 'test-output/viewer');
const work = mkdtempSync(join(tmpdir(), 'duizhao-summary-view-'));
let browser: Browser;

async function open(file: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  return { page, done: await openWatched(page, file, 'body[data-view=summary][data-rendered=all]', () => page.close()) };
}

/** The outline against the transcript, written once for the tests that read it. */
let outlinePage: string | undefined;
const outline = async (): Promise<string> => (outlinePage ??= await view('outline', [join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt')]));

async function view(name: string, args: string[]): Promise<string> {
  const out = join(work, `${name}.html`);
  const result = await runCli(['view', ...args, '-o', out]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return out;
}

/** Indices of the sentences of one pane that are highlighted as linked. */
const linked = (page: Page, pane: 'source' | 'summary'): Promise<number[]> =>
  page.locator(`#${pane}-pane .s.linked`).evaluateAll((spans) => spans.map((s) => Number((s as HTMLElement).dataset.index)).sort((a, b) => a - b));

/** Whether sentence `index` of a pane lies inside the pane's visible box. */
const inView = (page: Page, pane: 'source' | 'summary', index: number): Promise<boolean> =>
  page.evaluate(
    ([p, k]) => {
      const box = document.getElementById(`${p}-pane`)!.getBoundingClientRect();
      const r = document.querySelector(`#${p}-pane .s[data-index="${k}"]`)!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    },
    [pane, index] as const,
  );

describe.skipIf(!existsSync(CHROMIUM))('the summary view in chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads the outline against the transcript: selecting a sentence highlights exactly its linked sentences of the other pane, wherever they are', async () => {
    const { page, done } = await open(await outline());
    const report = JSON.parse(await page.locator('#duizhao-data').textContent() ?? '{}') as { report: CompareReport };
    const pair = report.report.pairs[0]!;
    expect(pair.verdict).toBe('summary');
    // The expected links: the report's support model, or without one its matched and moved units, as the schema contract says.
    const sourcesOf = new Map<number, Set<number>>();
    const targetsOf = new Map<number, Set<number>>();
    const add = (t: number, s: number): void => {
      if (!sourcesOf.has(t)) sourcesOf.set(t, new Set());
      sourcesOf.get(t)!.add(s);
      if (!targetsOf.has(s)) targetsOf.set(s, new Set());
      targetsOf.get(s)!.add(t);
    };
    if (pair.support) for (const entry of pair.support) for (const s of entry.sources) add(entry.target, s.sentence);
    else for (const item of pair.items) if (item.type === 'match' || item.type === 'moved') for (const t of item.target) for (const s of item.source) add(t, s);
    const sorted = (set: Set<number> | undefined) => [...(set ?? [])].sort((a, b) => a - b);
    // A summary sentence whose sources lie far apart, and the last one's: the pane must scroll to them.
    const [t, sources] = [...sourcesOf].map(([k, set]) => [k, sorted(set)] as const).sort((a, b) => b[1][b[1].length - 1]! - b[1][0]! - (a[1][a[1].length - 1]! - a[1][0]!))[0]!;
    expect(sources[sources.length - 1]! - sources[0]!).toBeGreaterThan(20);

    await expect(page.getByRole('region', { name: 'Source: transcript.zh-Hans.txt' }).count()).resolves.toBe(1);
    const summarySentence = page.locator(`#summary-pane .s[data-index="${t}"]`);
    await summarySentence.click();
    await expect(linked(page, 'source')).resolves.toEqual(sources);
    await expect(inView(page, 'source', sources[0]!)).resolves.toBe(true);
    await expect(page.getByRole('status').filter({ hasText: 'draws on' }).innerText()).resolves.toBe(
      `Summary sentence ${t + 1} draws on ${sources.length} source sentences: ${sources.map((k) => k + 1).join(' ')}`,
    );
    // The status line's buttons jump to each source, the far one included.
    const last = sources[sources.length - 1]!;
    await page.locator('#link-status').getByRole('button', { name: String(last + 1), exact: true }).click();
    await expect(inView(page, 'source', last)).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'summary-view-select.png') });

    // The other direction: a source sentence lights up the summary sentences it supports.
    await page.locator(`#source-pane .s[data-index="${last}"]`).click();
    await expect(linked(page, 'summary')).resolves.toEqual(sorted(targetsOf.get(last)));
    await expect(inView(page, 'summary', t)).resolves.toBe(true);
    // Pointing previews another sentence's links; leaving the panes returns to the selection.
    const other = [...sourcesOf.keys()].find((k) => k !== t && sorted(sourcesOf.get(k))[0] !== undefined && !sorted(sourcesOf.get(k)).includes(last))!;
    await page.locator(`#summary-pane .s[data-index="${other}"]`).hover();
    await expect(linked(page, 'source')).resolves.toEqual(sorted(sourcesOf.get(other)));
    await page.locator('h1').hover();
    await expect(linked(page, 'summary')).resolves.toEqual(sorted(targetsOf.get(last)));

    // By keyboard: the arrow keys move through the summary and select as they go.
    await summarySentence.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).resolves.toBe(String(t + 1));
    await expect(linked(page, 'source')).resolves.toEqual(sorted(sourcesOf.get(t + 1)));
    await done();
  });

  it('shows coverage per section, marks omitted sections by their first words, and keeps the findings to a readable few', async () => {
    const { page, done } = await open(await outline());
    const report = (JSON.parse(await page.locator('#duizhao-data').textContent() ?? '{}') as { report: CompareReport }).report;
    const pair = report.pairs[0]!;
    const bar = page.getByRole('navigation', { name: /^Coverage by section of transcript\.zh-Hans\.txt/ });
    await expect(bar.getByRole('button').count()).resolves.toBe(pair.regions.length);
    const labels = await bar.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')!));
    expect(labels.filter((l) => l.includes('编辑｜听雨'))).toEqual([]);
    // Marked omitted: a section the report calls omitted (or, without a status, with nothing covered), sure enough for its threshold.
    const sure = (c: number | undefined) => pair.minConfidence === undefined || c === undefined || c >= pair.minConfidence;
    const empty = pair.regions.filter((r) => (r.status ?? (r.coverage === 0 ? 'omitted' : 'covered')) === 'omitted' && sure(r.confidence));
    expect(empty.length).toBeGreaterThan(1);
    await expect(page.locator('.omitted-mark').count()).resolves.toBe(empty.length);
    const transcript = report.versions[pair.source]!;
    const firstMark = await page.locator(`#section-${empty[1]!.index} .omitted-mark`).innerText();
    expect(firstMark.startsWith('Omitted from summary-outline.zh-Hant.txt: “')).toBe(true);
    expect(transcript.sentences.slice(empty[1]!.from, empty[1]!.to).some((s) => s.text.startsWith(firstMark.slice(firstMark.indexOf('“') + 1).replace(/…?”$/, '')))).toBe(true);
    // A section button scrolls the source pane to its section.
    await bar.getByRole('button').nth(empty[empty.length - 1]!.index).click();
    await expect(page.locator(`#section-${empty[empty.length - 1]!.index} .omitted-mark`).isVisible()).resolves.toBe(true);

    // Findings: the table flags most rows; here the default is a few, all of them one switch away.
    const shown = await page.locator('main .badge:visible').count();
    await expect(page.getByText(/^\d+ of \d+ findings shown$/).innerText()).resolves.toMatch(new RegExp(`of ${pair.items.filter((i) => i.type !== 'match').length + pair.facts.length} findings`));
    await expect(page.getByRole('button', { name: /^changed (term|number|name|date)$/ }).filter({ visible: true }).count()).resolves.toBeGreaterThan(0);
    await page.getByLabel('Show all findings').check();
    await expect(page.locator('main .badge:visible').count()).resolves.toBeGreaterThan(shown);
    await expect(page.getByRole('button', { name: 'added', exact: true }).filter({ visible: true }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'summary-view-all-findings.png') });
    await page.getByLabel('Show all findings').uncheck();
    const flags = shown + (await page.locator('.omitted-mark').count());
    await page.locator('#mode').selectOption('table');
    await page.waitForSelector('body[data-view=table][data-rendered=all]');
    const flagged = await page.locator('tbody tr.problem').count();
    expect(flags * 2).toBeLessThan(flagged);
    await done();
  });

  it('shows hostile corpus text as text in both panes and runs none of it, and follows the report’s own support model', async () => {
    const lines = ['<script>window.__pwned = 1</script> is a tag.', '<img src=x onerror="window.__pwned = 2"> is an image.', 'A cell ends with </table> here.', 'He said "yes" & left.', 'Nothing else.'];
    const version = (id: string, texts: string[]): ReportVersion => {
      // Each sentence its own paragraph: a blank line between.
      const starts = texts.map((_, k) => texts.slice(0, k).reduce((n, t) => n + t.length + 2, 0));
      return { id, source: `${id}.txt`, lang: 'en', sentences: texts.map((text, index) => ({ index, text, start: starts[index]!, end: starts[index]! + text.length })) };
    };
    const summary = [lines[2]!, `${lines[0]!} ${lines[1]!}`];
    const report: CompareReport = {
      kind: 'compare',
      versions: [version('source', lines), version('summary', summary)],
      pairs: [
        {
          source: 0,
          target: 1,
          verdict: 'summary',
          evidence: { method: 'identity', score: 0.5, baseline: 0.1, lift: 5, supported: 1, coverage: 0.6, order: 1, lengthRatio: 0.5 },
          regions: [{ index: 0, from: 0, to: 5, coverage: 0.6 }],
          items: [{ type: 'match', target: [0], source: [2], score: 0.9 }],
          facts: [],
          diffs: [],
          // The support model, not the items, decides: summary sentence 2 draws on source sentences 1 and 4.
          support: [
            { target: 0, sources: [{ sentence: 2, score: 0.9 }] },
            { target: 1, sources: [{ sentence: 3, score: 0.4 }, { sentence: 0, score: 0.8 }] },
          ],
        },
      ],
    };
    const json = join(work, 'hostile-compare.json');
    writeFileSync(json, JSON.stringify(report));
    const { page, done } = await open(await view('hostile-summary', [json]));
    await expect(page.locator('#source-pane .s').allInnerTexts()).resolves.toEqual(lines);
    await expect(page.locator('#summary-pane .s').allInnerTexts()).resolves.toEqual(summary);
    await expect(page.locator('main img, main script, main table').count()).resolves.toBe(0);
    await page.locator('#summary-pane .s[data-index="1"]').click();
    await expect(linked(page, 'source')).resolves.toEqual([0, 3]);
    await page.locator('#source-pane .s[data-index="2"]').hover();
    await expect(linked(page, 'summary')).resolves.toEqual([0]);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'summary-view-hostile.png') });
    await done();
  });
});
