import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentReport, parseLadder } from '@duizhao/core';
import { describe, expect, it } from 'vitest';
import { CORPUS, ROOT, runCli, runProcess } from './run-cli.js';

const BILINGUAL = join(CORPUS, 'summary.en+translation.zh-Hans.txt');

describe('duizhao convert', () => {
  it('prints Taiwan phrases in Simplified Chinese, from a file or standard input', async () => {
    const result = await runCli(['convert', '-'], { input: '這個軟體的程式碼用滑鼠就能看。' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('这个软件的代码用鼠标就能看。');
    expect((await runCli(['convert', '-', '--from', 'tw'], { input: '軟體' })).stdout).toBe('软体');
  });
});

describe('duizhao segment', () => {
  it('prints one sentence per line, with a header per version for a bilingual file', async () => {
    const result = await runCli(['segment', BILINGUAL]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('# summary.en+translation.zh-Hans.txt#0 en');
    expect(lines[1]).toBe('John Schulman on scaling RL and research institutions');
    expect(lines).toContain('# summary.en+translation.zh-Hans.txt#1 zh-Hans');
  });

  it('writes JSON whose offsets point at the original characters', async () => {
    const file = join(CORPUS, 'summary-article.zh-Hant.txt');
    const original = readFileSync(file, 'utf8');
    const json = JSON.parse((await runCli(['segment', file, '--format', 'json'])).stdout) as {
      versions: { lang: string; script: string; sentences: { text: string; start: number; end: number }[] }[];
    };
    expect(json.versions).toHaveLength(1);
    expect(json.versions[0]!.lang).toBe('zh-Hant');
    for (const s of json.versions[0]!.sentences) expect(original.slice(s.start, s.end)).toBe(s.text);
  });

  it('--lines keeps one sentence per line, never re-split', async () => {
    const result = await runCli(['segment', '-', '--lines'], { input: '第一句。第二句。\nSecond line. Still one.\n' });
    expect(result.stdout).toBe('第一句。第二句。\nSecond line. Still one.\n');
  });
});

describe('duizhao align', () => {
  it('aligns the two halves of a bilingual file and leaves the untranslated title unpaired', async () => {
    const result = await runCli(['align', BILINGUAL, '--format', 'ladder']);
    expect(result.status).toBe(0);
    const beads = parseLadder(result.stdout);
    expect(beads[0]).toMatchObject({ a: [0], b: [] });
    expect(beads[1]).toMatchObject({ a: [1], b: [0] });
    expect(beads.filter((b) => b.a.length === 1 && b.b.length === 1).length).toBeGreaterThanOrEqual(35);
  });

  it('writes a JSON report that the core schema accepts, with tsv rows side by side', async () => {
    const json = await runCli(['align', BILINGUAL, '--format', 'json']);
    const report = AlignmentReport.parse(JSON.parse(json.stdout));
    expect(report.versions.map((v) => v.lang)).toEqual(['en', 'zh-Hans']);
    const tsv = (await runCli(['align', BILINGUAL])).stdout.split('\n');
    expect(tsv[4]).toMatch(/^3\t2\t0\.\d{3}\tComputing Power vs\. Technical Methods:\t算力 vs 技术方法:$/);
  });

  it('aligns pre-segmented files line by line and writes a ladder other aligners score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-align-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, '他走进房间。\n窗外下着大雨，街上没有一个人。\n她笑了。\n');
    writeFileSync(en, 'He walked into the room.\nIt was raining hard outside.\nThere was nobody in the street.\nShe smiled.\n');
    const result = await runCli(['align', zh, en, '--lines', '--format', 'ladder']);
    expect(result.stdout).toMatch(/^\[0\]:\[0\]:[\d.]+\n\[1\]:\[1,2\]:[\d.]+\n\[2\]:\[3\]:[\d.]+\n$/);
  });

  it('warns in one line when the two files look unrelated, and still writes the alignment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-align-'));
    const [a, b, out] = ['a.txt', 'b.txt', 'out.tsv'].map((f) => join(dir, f)) as [string, string, string];
    writeFileSync(a, 'The cat sat on the mat all afternoon.\nStock prices fell sharply on Tuesday.\nShe planted tomatoes in the spring.\nThe train to Boston was delayed.\n');
    writeFileSync(b, 'Quantum computers use qubits.\nThe recipe calls for two eggs.\nMountains are formed by tectonic activity.\nHe forgot his umbrella at home.\n');
    const result = await runCli(['align', a, b, '--lines', '-o', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(6);
    expect(result.stderr).toMatch(new RegExp(`^duizhao align: warning: ${a} and ${b} look unrelated sentence by sentence: [^\n]*written all the same\n$`));
    // A translation, or a page of the seed against its own translation: no warning.
    expect((await runCli(['align', BILINGUAL, '-o', out])).stderr).toBe('');
  });

  it('refuses a file with one version', async () => {
    const result = await runCli(['align', join(CORPUS, 'summary-article.zh-Hant.txt')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/holds 1 version\(s\); align needs exactly two/);
  });
});

describe('the working folder', () => {
  it('relative input and output paths resolve against the caller\'s folder, and messages keep them as given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-cwd-'));
    writeFileSync(join(dir, 'zh.txt'), '滑鼠與軟體。\n');
    expect(await runCli(['convert', 'zh.txt', '-o', 'out/zh-Hans.txt'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out/zh-Hans.txt'), 'utf8')).toBe('鼠标与软件。\n');
    expect(await runCli(['segment', 'nope.txt'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: 'duizhao: nope.txt: no such file\n' });
  });
});

describe('as a real process', () => {
  it('bad input: exit 1, one line on standard error, no stack trace (unbuilt, as pnpm duizhao runs it)', () => {
    expect(runProcess(['segment', 'no-such-file.txt'])).toEqual({ status: 1, stdout: '', stderr: 'duizhao: no-such-file.txt: no such file\n', signal: null });
  });

  const bin = join(ROOT, 'packages/cli/bin/duizhao.js');
  const built = existsSync(join(ROOT, 'packages/cli/dist/main.js'));
  it.skipIf(!built)('runs as plain JavaScript after pnpm build, standard input to standard output, exit codes 0, 1 and 2', () => {
    const result = spawnSync(process.execPath, [bin, 'convert', '-'], { input: '滑鼠與軟體', encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('鼠标与软件');
    expect(result.status).toBe(0);
    const usage = spawnSync(process.execPath, [bin, 'convert', '-', '--from', 'jp'], { input: '', encoding: 'utf8' });
    expect(usage).toMatchObject({ status: 2, stdout: '', stderr: 'duizhao: --from: unknown variant "jp" (expected twp, tw, hk or t)\n' });
    const missing = spawnSync(process.execPath, [bin, 'segment', 'no-such-file.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(missing).toMatchObject({ status: 1, stdout: '', stderr: 'duizhao: no-such-file.txt: no such file\n' });
  });

  it.skipIf(!built)('stops quietly, exit 0, when the reader of its output stops early (| head)', () => {
    // A report far larger than a pipe's buffer, so writing goes on after head has gone.
    const script = `node ${JSON.stringify(bin)} align corpus/schulman-2025/transcript.zh-Hans.txt corpus/schulman-2025/summary-outline.zh-Hant.txt --format json | head -c 20; echo; echo "exit \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    // A summary against its source: the one line on standard error is the warning that they are not sentence for sentence, no EPIPE.
    expect(result.stderr).toMatch(/^duizhao align: warning: [^\n]* look unrelated sentence by sentence: [^\n]*\n$/);
    expect(result.stdout).toMatch(/^\{[\s\S]{19}\nexit 0\n$/);
  });
});
