import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentReport } from '@duizhao/core';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT, expectOneLineError, runCli, type CliResult } from './run-cli.js';

const BILINGUAL = join(CORPUS, 'summary.en+translation.zh-Hans.txt');
let dir: string;
let reportFile: string;
let report: AlignmentReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-formats-'));
  reportFile = join(dir, 'summary.json');
  expect((await runCli(['align', BILINGUAL, '--format', 'json', '-o', reportFile])).status).toBe(0);
  report = AlignmentReport.parse(JSON.parse(readFileSync(reportFile, 'utf8')));
});


describe('formats from one report', () => {
  it('render re-renders the saved report exactly as align renders it directly', async () => {
    for (const format of ['tsv', 'csv', 'md', 'jsonl', 'ladder', 'tmx', 'json']) {
      const direct = await runCli(['align', BILINGUAL, '--format', format]);
      const rendered = await runCli(['render', reportFile, '--format', format]);
      expect(rendered.status, format).toBe(0);
      expect(rendered.stdout, format).toBe(direct.stdout);
    }
  });

  it('moses -o BASE writes BASE.en and BASE.zh, line-aligned, one-sided beads left out', async () => {
    const base = join(dir, 'summary');
    expect((await runCli(['render', reportFile, '--format', 'moses', '-o', base])).status).toBe(0);
    const en = readFileSync(`${base}.en`, 'utf8').split('\n');
    const zh = readFileSync(`${base}.zh`, 'utf8').split('\n');
    const paired = report.alignment.beads.filter((b) => b.a.length > 0 && b.b.length > 0);
    expect(en).toHaveLength(paired.length + 1);
    expect(zh).toHaveLength(paired.length + 1);
    expect(en).not.toContain('John Schulman on scaling RL and research institutions');
    const i = en.indexOf('Computing Power vs. Technical Methods:');
    expect(zh[i]).toBe('算力 vs 技术方法:');
  });

  it('tmx reads back with an XML parser to the report beads', async () => {
    const xml = (await runCli(['render', reportFile, '--format', 'tmx'])).stdout;
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true, isArray: (n) => ['tu', 'tuv', 'prop'].includes(n) }).parse(xml) as {
      tmx: { body: { tu: { tuv: { '@xml:lang': string; seg: string }[] }[] } };
    };
    const units = parsed.tmx.body.tu;
    expect(units).toHaveLength(report.alignment.beads.length);
    const [a, b] = report.versions;
    units.forEach((tu, k) => {
      const bead = report.alignment.beads[k]!;
      const seg = (lang: string) => tu.tuv.find((v) => v['@xml:lang'] === lang)?.seg;
      if (bead.a.length) expect(seg('en')).toBe(bead.a.map((i) => a.sentences[i]!.text).join(' '));
      if (bead.b.length) expect(seg('zh-Hans')).toBe(bead.b.map((i) => b.sentences[i]!.text).join(''));
    });
  });
});

describe('bad input: one line, non-zero exit, no output file left behind', () => {
  const out = () => join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const nothingWritten = (path: string) => expect(readdirSync(dir).filter((f) => f.startsWith(path.split('/').pop()!) || f.includes('.tmp'))).toEqual([]);

  it('an unknown format and an unknown option', async () => {
    const o = out();
    expectOneLineError(await runCli(['align', BILINGUAL, '--format', 'xlsx', '-o', o]), /^duizhao: align: unknown format "xlsx" \(expected tsv, csv, md, json, jsonl, ladder, moses, tmx\)$/);
    expectOneLineError(await runCli(['render', reportFile, '--colour', '-o', o]), /^duizhao: render: Unknown option '--colour'/);
    nothingWritten(o);
  });

  it('two versions in the same language and script, for moses and tmx', async () => {
    const a = join(CORPUS, 'summary-article.zh-Hant.txt');
    const b = join(CORPUS, 'summary-outline.zh-Hant.txt');
    const o = out();
    expectOneLineError(await runCli(['align', a, b, '--format', 'tmx', '-o', o]), /^duizhao: tmx: both versions are zh-Hant \(.*summary-article.*summary-outline.*\); TMX needs two different languages or scripts$/);
    expectOneLineError(await runCli(['align', a, b, '--format', 'moses', '-o', o]), /^duizhao: moses: both versions are zh-Hant/);
    nothingWritten(o);
  });

  it('moses needs -o', async () => {
    expectOneLineError(await runCli(['render', reportFile, '--format', 'moses']), /moses writes two files; name them with -o BASE/);
  });

  it('a corrupt or wrong JSON report names the file and the place', async () => {
    const o = out();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "kind": "alignment",\n  "versions": [}\n');
    expectOneLineError(await runCli(['render', broken, '--format', 'tmx', '-o', o]), new RegExp(`^duizhao: ${broken}:3:16: not valid JSON`));
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...report, versions: [report.versions[0], { ...report.versions[1], lang: 'fr' }] }));
    expectOneLineError(await runCli(['render', wrong, '--format', 'tmx', '-o', o]), new RegExp(`^duizhao: ${wrong}: not an alignment report: versions.1.lang: `));
    const outOfRange = join(dir, 'range.json');
    const beads = [...report.alignment.beads, { a: [999], b: [], score: 0.1, scores: {} }];
    writeFileSync(outOfRange, JSON.stringify({ ...report, alignment: { ...report.alignment, beads } }));
    expectOneLineError(await runCli(['render', outOfRange, '-o', o]), new RegExp(`bead ${beads.length - 1} names sentence 999 of side a, which has 40$`));
    nothingWritten(o);
  });

  it('an empty document, a missing file and a directory', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const o = out();
    expectOneLineError(await runCli(['align', empty, BILINGUAL, '-o', o]), new RegExp(`^duizhao: ${empty}: empty file$`));
    expectOneLineError(await runCli(['align', join(dir, 'nope.txt'), BILINGUAL, '-o', o]), /nope\.txt: no such file$/);
    expectOneLineError(await runCli(['render', dir, '-o', o]), /is a directory, not a file$/);
    nothingWritten(o);
  });
});

describe('duizhao score', () => {
  it('prints strict, lax and exact P/R/F1 of files and of folders', async () => {
    const gold = join(dir, 'gold');
    const test = join(dir, 'test');
    for (const d of [gold, test]) spawnSync('mkdir', ['-p', d]);
    writeFileSync(join(gold, 'doc.align'), '[0]:[0]\n[1]:[1,2]\n[2]:[]\n');
    writeFileSync(join(test, 'doc.align'), '[0]:[0]:0.9\n[1]:[1]:0.8\n[]:[2]:0.1\n[2]:[]:0.2\n');
    const files = await runCli(['score', join(gold, 'doc.align'), join(test, 'doc.align')]);
    expect(files.status).toBe(0);
    expect(files.stdout).toContain('strict      0.500   0.500  0.500');
    const folders = await runCli(['score', gold, test, '--format', 'json']);
    expect(JSON.parse(folders.stdout)).toMatchObject({ documents: 1, strict: { precision: 0.5, recall: 0.5 } });
  });

  it('a malformed line names the file and the line', async () => {
    const bad = join(dir, 'bad.align');
    writeFileSync(bad, '[0]:[0]\n[1]:[1]\n[2:[2]\n');
    expectOneLineError(await runCli(['score', bad, bad]), new RegExp(`^duizhao: ${bad}: line 3: expected "\\[i,j\\]:\\[k\\]", got "\\[2:\\[2\\]"$`));
  });
});

describe('batch', () => {
  const pairsFile = () => {
    const folder = mkdtempSync(join(dir, 'batch-'));
    writeFileSync(join(folder, 'pairs.tsv'), `# pairs\n${BILINGUAL}\n${join(CORPUS, 'summary-article.zh-Hant.txt')}\t${BILINGUAL}#1\nmissing.txt\t${BILINGUAL}#0\n`);
    return folder;
  };

  const check = async (result: CliResult, folder: string, workers: string) => {
    // The bad pair is reported with its line, the others still finish; exit 1 at the end.
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`duizhao: ${join(folder, 'pairs.tsv')}:4: ${join(folder, 'missing.txt')}: no such file\n`);
    expect(result.stdout).toMatch(new RegExp(`^aligned 2 of 3 pairs in [\\d.]+ s with ${workers}; wrote to `));
    const written = readdirSync(join(folder, 'out')).sort();
    expect(written).toEqual(['summary-article.zh-Hant--summary.en+translation.zh-Hans-1.tsv', 'summary.en+translation.zh-Hans.tsv']);
    const tsv = readFileSync(join(folder, 'out', 'summary.en+translation.zh-Hans.tsv'), 'utf8');
    expect(tsv).toBe((await runCli(['align', BILINGUAL])).stdout);
  };

  // One worker here: under tsx each worker thread loads tsx and the TypeScript sources anew (2.4 s of CPU each on this
  // machine). Two workers sharing the pairs are checked as built JavaScript below, and under tsx by the --batch example
  // of `duizhao align --help` (help.test.ts).
  it('aligns every pair on a worker thread (unbuilt, under tsx), skipping a bad one', async () => {
    const folder = pairsFile();
    await check(await runCli(['align', '--batch', join(folder, 'pairs.tsv'), '-o', join(folder, 'out'), '--jobs', '1']), folder, '1 worker');
  });

  const built = existsSync(join(ROOT, 'packages/cli/dist/batch-worker.js'));
  it.skipIf(!built)('and as built JavaScript', async () => {
    const folder = pairsFile();
    const result = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/duizhao.js'), 'align', '--batch', join(folder, 'pairs.tsv'), '-o', join(folder, 'out'), '--jobs', '2'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    await check({ status: result.status, stdout: result.stdout, stderr: result.stderr }, folder, '2 workers');
  });

  it('a malformed pairs line is an error before any work', async () => {
    const folder = mkdtempSync(join(dir, 'batch-'));
    writeFileSync(join(folder, 'pairs.tsv'), 'a.txt\tb.txt\tc.txt\n');
    expectOneLineError(await runCli(['align', '--batch', join(folder, 'pairs.tsv'), '-o', join(folder, 'out')]), /pairs\.tsv:1: expected "A<TAB>B"/);
    expect(existsSync(join(folder, 'out'))).toBe(false);
  });
});
