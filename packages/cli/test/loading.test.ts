/**
 * What the built command loads: a short command starts in a fraction of a
 * second only if it leaves the large dependencies alone when its input does
 * not need them (the Markdown parser, segmentit, OpenCC's phrase dictionaries,
 * zod). Checked by the modules a real process loads, not by its time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT } from './run-cli.js';

const BIN = join(ROOT, 'packages/cli/bin/duizhao.js');
const built = existsSync(join(ROOT, 'packages/cli/dist/main.js')) && existsSync(join(ROOT, 'packages/core/dist/pipeline.js'));

/** Appends every module the ES module loader loads to the file named by DUIZHAO_LOADED. */
const HOOKS = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.DUIZHAO_LOADED, url + '\\n');
  return next(url, context);
}`)}`;
/** Registers HOOKS, and at exit adds what require() loaded (CommonJS, and ES modules loaded on demand). */
const PRELOAD = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register(${JSON.stringify(HOOKS)});
process.on('exit', () => appendFileSync(process.env.DUIZHAO_LOADED, Object.keys(createRequire(process.cwd() + '/').cache).join('\\n') + '\\n'));
`)}`;

const folder = mkdtempSync(join(tmpdir(), 'duizhao-loading-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the built command; returns its exit status and the npm packages it loaded. */
function packagesLoaded(args: string[]): { status: number | null; packages: string[] } {
  const list = join(folder, 'loaded.txt');
  writeFileSync(list, '');
  const result = spawnSync(process.execPath, ['--import', PRELOAD, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUIZHAO_LOADED: list } });
  expect(result.stderr).toBe('');
  const packages = new Set<string>();
  for (const line of readFileSync(list, 'utf8').split('\n')) {
    const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(decodeURIComponent(line));
    if (match) packages.add(match[1] === 'opencc-js' && match[2]!.includes('/preset/') ? 'opencc-js/preset' : match[1]!);
  }
  return { status: result.status, packages: [...packages].sort() };
}

const HEAVY = ['zod', 'unified', 'remark-parse', 'segmentit', 'opencc-js/preset'];

describe.skipIf(!built)('the built command loads', () => {
  const zh = join(folder, 'zh.txt');
  const en = join(folder, 'en.txt');
  writeFileSync(zh, '模型从反馈中学习。\n研究人员低估了所需的时间。\n');
  writeFileSync(en, 'The model learns from feedback.\nResearchers underestimate how long it takes.\n');

  it('none of the large dependencies to align two plain-text files as a table', () => {
    const { status, packages } = packagesLoaded(['align', zh, en]);
    expect(status).toBe(0);
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('the Markdown parser for Markdown, zod for JSON, OpenCC phrases for a conversion', () => {
    const md = join(folder, 'notes.md');
    writeFileSync(md, '# Notes\n\nThe model learns from **feedback**.\n');
    expect(packagesLoaded(['segment', md]).packages).toEqual(expect.arrayContaining(['unified', 'remark-parse']));
    expect(packagesLoaded(['align', zh, en, '--format', 'json']).packages).toContain('zod');
    expect(packagesLoaded(['convert', join(CORPUS, 'summary-outline.zh-Hant.txt')]).packages).toContain('opencc-js/preset');
  });
});
