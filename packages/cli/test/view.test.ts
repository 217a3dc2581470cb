import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ViewerData } from '@duizhao/viewer';
import { CORPUS, runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'duizhao-view-'));

/** The data a written page carries, read back as the page reads it. */
function pageData(file: string): ViewerData {
  const html = readFileSync(file, 'utf8');
  const json = /<script type="application\/json" id="duizhao-data">(.*?)<\/script>/s.exec(html)?.[1];
  return ViewerData.parse(JSON.parse(json!));
}

describe('duizhao view', () => {
  it('writes one self-contained page that compares the documents it is given', async () => {
    const out = join(work, 'outline.html');
    const result = await runCli(['view', join(CORPUS, 'transcript.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt'), '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    const { report, title } = pageData(out);
    expect(title).toBe('transcript.zh-Hans.txt · summary-outline.zh-Hant.txt');
    expect(report.kind).toBe('compare');
    if (report.kind === 'compare') expect(report.pairs.map((p) => p.verdict)).toEqual(['summary']);
  });

  it('shows a saved alignment report as it is, told apart from a document by its content', async () => {
    const json = join(work, 'summary.report');
    expect((await runCli(['align', join(CORPUS, 'summary.en+translation.zh-Hans.txt'), '--format', 'json', '-o', json])).status).toBe(0);
    const out = join(work, 'summary.html');
    expect((await runCli(['view', json, '-o', out])).status).toBe(0);
    expect(pageData(out).report).toEqual(JSON.parse(readFileSync(json, 'utf8')));
  });

  it('aligns three versions in one table, a column per version, and shows a saved table of align A B C as it is', async () => {
    const out = join(work, 'three.html');
    const files = [join(CORPUS, 'summary.en+translation.zh-Hans.txt'), join(CORPUS, 'summary-outline.zh-Hant.txt')];
    const result = await runCli(['view', ...files, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { report, title } = pageData(out);
    expect(title).toBe('summary.en+translation.zh-Hans.txt · summary-outline.zh-Hant.txt');
    expect(report.kind).toBe('multi');
    if (report.kind !== 'multi') return;
    expect(report.versions.map((v) => v.lang)).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(report.alignment.rows.every((r) => r.cells.length === 3)).toBe(true);
    // Every sentence of every version is in the table exactly once.
    report.versions.forEach((v, c) => expect(report.alignment.rows.flatMap((r) => r.cells[c]!).sort((x, y) => x - y)).toEqual(v.sentences.map((s) => s.index)));

    const json = join(work, 'three.json');
    expect((await runCli(['align', ...files, '--format', 'json', '-o', json])).status).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ kind: 'multi', versions: [{ lang: 'en' }, { lang: 'zh-Hans' }, { lang: 'zh-Hant' }] });
    const saved = join(work, 'three-saved.html');
    expect((await runCli(['view', json, '-o', saved])).status).toBe(0);
    expect(pageData(saved).report).toEqual(JSON.parse(readFileSync(json, 'utf8')));
  });

  it('names a JSON file that is not a report, and a report that breaks its schema', async () => {
    const other = join(work, 'other.json');
    writeFileSync(other, '{"kind": "recipe"}');
    expect(await runCli(['view', other])).toMatchObject({ status: 1, stderr: `duizhao: ${other}: a JSON file, but not a duizhao report (its "kind" is "recipe"; expected "alignment", "compare" or "multi")\n` });
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"kind": "compare", "versions": [], "pairs": [{}]}');
    expect(await runCli(['view', broken])).toMatchObject({ status: 1, stderr: expect.stringMatching(new RegExp(`^duizhao: ${broken}: not a compare report: pairs\\.0\\.source: `)) });
  });

  it('needs two versions or a report', async () => {
    expect(await runCli(['view'])).toMatchObject({ status: 2, stderr: 'duizhao: view: expected two or more versions, or one JSON report (see duizhao view --help)\n' });
    expect((await runCli(['view', join(CORPUS, 'summary-article.zh-Hant.txt')])).status).toBe(2);
  });
});
