/** Chromium for the viewer's browser tests: Debian's build, no network of its own, pages that fail on any console error. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium with the flags this closed machine needs (no background connections, no QUIC). */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Opens `file` in `page` and waits for `ready`. Any console error, uncaught exception or dialog
 * fails the test at the returned `done()`, which also runs `close`.
 */
export async function openWatched(page: Page, file: string, ready: string, close: () => Promise<void>): Promise<() => Promise<void>> {
  // No time limit of Playwright's own (30 s by default): a busy machine may take longer; a hang still fails at vitest's limit.
  page.setDefaultTimeout(0);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector(ready);
  return async () => {
    await close();
    expect(errors).toEqual([]);
  };
}
