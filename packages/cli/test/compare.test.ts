import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompareReport } from '@duizhao/core';
import { CORPUS, runCli } from './run-cli.js';

describe('duizhao compare', () => {
  it('tells a summary from an unrelated text, with omissions and changed facts, in text and JSON', async () => {
    const files = [join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-article.zh-Hant.txt'), join(CORPUS, 'unrelated-essay.zh-Hans.txt')];
    const text = await runCli(['compare', ...files]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/== summary-article\.zh-Hant\.txt against transcript\.zh-Hans\.txt\nsummary: /);
    expect(text.stdout).toMatch(/unrelated-essay\.zh-Hans\.txt against transcript\.zh-Hans\.txt\nunrelated: /);
    expect(text.stdout).toContain('spelling (term): "Tinker"');
    const json = await runCli(['compare', ...files, '--format', 'json']);
    const report = CompareReport.parse(JSON.parse(json.stdout));
    expect(report.pairs.map((p) => p.verdict)).toEqual(['summary', 'unrelated', 'unrelated']);
  });

  it('refuses a single version and unknown formats with a usage error', async () => {
    expect((await runCli(['compare', join(CORPUS, 'transcript.zh-Hans.txt')])).status).toBe(2);
    const bad = await runCli(['compare', join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-article.zh-Hant.txt'), '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown format "xml"');
  });
});
