/**
 * @duizhao/core in a web page (Debian's chromium): bundled by esbuild for the
 * browser as a page would bundle it, the dictionary fetched from a URL, the
 * bilingual seed file's two halves aligned inside the page. Skipped when
 * /usr/bin/chromium is absent; CI installs it (scripts/setup.sh).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DICTIONARY_FILE } from '../src/align/dictionary-file.node.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const CHROMIUM = '/usr/bin/chromium';
/** An origin the page is served from by request interception: nothing leaves the machine. */
const ORIGIN = 'http://duizhao.test';
const SEED = join(ROOT, 'corpus/schulman-2025/summary.en+translation.zh-Hans.txt');

/** What a page's own script does with the core: read a text, fetch the dictionary, align the text's two versions. */
const PAGE_ENTRY = `
import { alignPair, buildAlignmentReport, fetchDictionary, formatLadder, loadDictionary, readDocument } from '@duizhao/core';
export async function alignHalves(text, dictionaryUrl) {
  const [a, b] = readDocument(text, { source: 'summary.en+translation.zh-Hans.txt' }).versions;
  const dictionary = await fetchDictionary(dictionaryUrl);
  return formatLadder(buildAlignmentReport(a, b, alignPair(a, b, { dictionary })).alignment.beads);
}
export async function loadDictionaryError() {
  return loadDictionary().then(() => 'loaded', (error) => error.message);
}
`;

let browser: Browser;
let bundle: string;
let page: Page;
const errors: string[] = [];

/** Opens the page that loads the bundle; console errors and uncaught exceptions are collected in `errors`. */
async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(0); // no Playwright limit of its own: a busy machine may be slow; a hang fails at vitest's limit
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="core.js"></script>' });
    if (path === '/core.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
    if (path === '/cedict.bin') return route.fulfill({ contentType: 'application/octet-stream', body: readFileSync(DICTIONARY_FILE) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

describe.skipIf(!existsSync(CHROMIUM))('@duizhao/core in chromium', () => {
  beforeAll(async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      stdin: { contents: PAGE_ENTRY, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      format: 'iife',
      globalName: 'duizhaoPage',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await openPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles without the Node file reader', () => {
    expect(bundle).not.toMatch(/node:fs|readFile/);
  });

  it('aligns the bilingual summary in the page with the dictionary from a URL, bead for bead as the CLI does', async () => {
    const cli = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/cli/src/main.ts', 'align', SEED, '--format', 'ladder'], { cwd: ROOT, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const ladder = await page.evaluate(
      ([text, url]) => (globalThis as unknown as { duizhaoPage: { alignHalves: (t: string, u: string) => Promise<string> } }).duizhaoPage.alignHalves(text, url),
      [readFileSync(SEED, 'utf8'), 'cedict.bin'] as const,
    );
    expect(ladder.split('\n').length).toBeGreaterThan(40);
    expect(ladder).toBe(cli.stdout);
    expect(errors).toEqual([]);
  });

  it('says that loadDictionary() needs Node and what a page uses instead', async () => {
    const message = await page.evaluate(() => (globalThis as unknown as { duizhaoPage: { loadDictionaryError: () => Promise<string> } }).duizhaoPage.loadDictionaryError());
    expect(message).toBe('loadDictionary() reads a file and works only in Node; in a browser use fetchDictionary(url) or decodeDictionary(bytes)');
  });
});
