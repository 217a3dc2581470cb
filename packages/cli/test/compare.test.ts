import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompareReport } from '@duizhao/core';
import { CORPUS, expectOneLineError, runCli } from './run-cli.js';

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

  it('refuses a --min-confidence that is not a number from 0 to 1 with one usage line', async () => {
    const files = [join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-article.zh-Hant.txt')];
    for (const value of ['2', 'abc', '-0.1', '']) {
      const bad = await runCli(['compare', ...files, `--min-confidence=${value}`]);
      expect(bad.status, value).toBe(2);
      expectOneLineError(bad, new RegExp(`^duizhao: compare: --min-confidence must be a number from 0 to 1, got "${value.replace('.', '\\.')}"`));
    }
  });

  it('lists fewer findings at a higher --min-confidence and counts the rest, the JSON keeping every one', async () => {
    const files = [join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt')];
    const listed = (text: string) => [...text.matchAll(/^(?:Omitted|Added|Moved) \((\d+)\)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    const hidden = (text: string) => Number(/(\d+) less sure findings? /.exec(text)?.[1] ?? 0);
    const all = await runCli(['compare', ...files, '--min-confidence', '0']);
    const strict = await runCli(['compare', ...files, '--min-confidence', '0.9']);
    expect(all.status).toBe(0);
    expect(hidden(all.stdout)).toBe(0);
    expect(listed(strict.stdout)).toBeLessThan(listed(all.stdout));
    expect(listed(strict.stdout) + hidden(strict.stdout)).toBe(listed(all.stdout));
    const json = CompareReport.parse(JSON.parse((await runCli(['compare', ...files, '--min-confidence', '0.9', '--format', 'json'])).stdout));
    expect(json.pairs[0]!.minConfidence).toBe(0.9);
    expect(json.pairs[0]!.items.filter((i) => i.type !== 'match').length).toBe(listed(all.stdout));
  });
});
