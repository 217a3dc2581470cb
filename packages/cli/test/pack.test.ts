/**
 * The packages as a user gets them: every workspace package packed, the tarballs
 * installed with npm into an empty prefix (their own dependencies from the npm
 * registry), and the installed `duizhao` run from a folder outside the repository.
 *
 * Packing uses the build `pnpm test` has just made (`--ignore-scripts`): running
 * each package's prepack here would rebuild dist/ in place while other test files
 * run the built command. That prepack builds is checked from the manifests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const PACKAGES = ['core', 'viewer', 'cli'] as const;
type Name = (typeof PACKAGES)[number];

/** Files each tarball must hold beyond what its exports, bin and imports name (checked below); extend when a package ships data. */
const REQUIRED: Record<Name, string[]> = {
  core: ['schema/alignment-report.schema.json', 'schema/compare-report.schema.json'],
  viewer: ['dist/viewer.js'],
  cli: ['dist/batch-worker.js', 'dist/corpus/schulman-2025/manifest.json'],
};

/** Imports a package makes only inside a try, falling back when they are missing: the viewer bundles its page with esbuild only when dist/viewer.js is absent. */
const OPTIONAL_IMPORTS: Record<Name, string[]> = { core: [], viewer: ['esbuild'], cli: [] };

interface Manifest {
  name: string;
  version: string;
  bin?: Record<string, string>;
  exports?: Record<string, Record<string, string>>;
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

interface Packed {
  tarball: string;
  files: Set<string>;
  manifest: Manifest;
  read: (file: string) => string;
}

let tmp: string;
let bin: string;
let work: string;
const packed = {} as Record<Name, Packed>;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function pack(name: Name): Packed {
  const folder = join(ROOT, 'packages', name);
  const main = join(folder, 'dist/index.js');
  const entry = existsSync(main) ? main : join(folder, 'dist/main.js');
  if (!existsSync(entry)) throw new Error(`packages/${name} is not built; run pnpm build first (pnpm test does)`);
  if (statSync(entry).mtimeMs < newestMtime(join(folder, 'src'))) throw new Error(`packages/${name}/dist is older than its src; run pnpm build first (pnpm test does)`);
  const out = join(tmp, 'tarballs');
  const result = execFileSync('pnpm', ['pack', '--ignore-scripts', '--pack-destination', out, '--json'], { cwd: folder, encoding: 'utf8' });
  const tarball = (JSON.parse(result) as { filename: string }).filename;
  const files = new Set(execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, '')));
  const unpacked = join(tmp, 'unpacked', name);
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const read = (file: string) => readFileSync(join(unpacked, 'package', file), 'utf8');
  return { tarball, files, manifest: JSON.parse(read('package.json')) as Manifest, read };
}

/** Runs the installed command by name, found on PATH, from the work folder outside the repository. */
function duizhao(...args: string[]) {
  const result = spawnSync('duizhao', args, { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-pack-'));
  for (const name of PACKAGES) packed[name] = pack(name);
  const prefix = join(tmp, 'prefix');
  // --prefer-offline: dependencies already in npm's cache are taken from it without asking the registry again
  // (measured on the shared machine: npm install 14.3 s -> 8.7 s wall, same CPU); a missing one is still downloaded.
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-fund', '--no-audit', '--loglevel=error', '--prefer-offline', ...PACKAGES.map((n) => packed[n].tarball)], {
    cwd: tmp,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  bin = join(prefix, 'bin');
  work = join(tmp, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'a.txt'), '他發明了PPO演算法。這是目前大型語言模型訓練的核心技術。我們的研究方法需要更多的工程能力。\n');
  writeFileSync(join(work, 'b.txt'), '他发明了PPO算法。这是目前大型语言模型训练的核心技术。我们的研究方法需要更多工程能力。\n');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(PACKAGES)('%s holds what its manifest and code need, with workspace and catalog versions rewritten', (name) => {
    const { files, manifest, read } = packed[name];
    const source = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as Manifest;
    expect(source.scripts?.prepack, 'packing builds first').toMatch(/\bbuild\b/);
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:/);
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) if (dep.startsWith('@duizhao/')) expect(range).toBe(manifest.version);

    const missing = [...REQUIRED[name], 'package.json'].filter((f) => !files.has(f));
    for (const target of [...Object.values(manifest.bin ?? {}), ...Object.values(manifest.exports ?? {}).flatMap((conditions) => Object.entries(conditions).filter(([c]) => c !== 'source').map(([, t]) => t))]) {
      if (!files.has(posix.normalize(target))) missing.push(target);
    }
    // Every import of the shipped JavaScript: relative ones are in the tarball, bare ones are Node's or declared dependencies.
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...OPTIONAL_IMPORTS[name]]);
    const undeclared = new Set<string>();
    for (const file of [...files].filter((f) => /\.js$/.test(f) && !f.startsWith('src/'))) {
      const code = read(file);
      const specs = [...code.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"];|^import\s*['"]([^'"]+)['"];/gm), ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
      for (const spec of specs.map((m) => m[1] ?? m[2])) {
        if (spec!.startsWith('.')) {
          const target = posix.normalize(posix.join(posix.dirname(file), spec!));
          if (!files.has(target)) missing.push(`${target} (imported by ${file})`);
        } else if (!spec!.startsWith('node:') && !builtinModules.includes(spec!)) {
          const pkg = spec!.split('/').slice(0, spec!.startsWith('@') ? 2 : 1).join('/');
          if (!declared.has(pkg)) undeclared.add(`${pkg} (imported by ${file})`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect([...undeclared]).toEqual([]);
  });

  it('the CLI ships every file its corpus manifest names', () => {
    const { files, read } = packed.cli;
    const manifest = JSON.parse(read('dist/corpus/schulman-2025/manifest.json')) as { versions: Array<{ file: string }> };
    expect(manifest.versions.map((v) => v.file).filter((f) => !files.has(`dist/corpus/schulman-2025/${f}`))).toEqual([]);
  });
});

// Real processes on a shared machine: the limits only turn a hang into a failure, they are not speed limits.
describe('the installed command, run from a folder outside the repository', () => {
  it('is on PATH and prints its version', () => {
    expect(duizhao('--version')).toEqual({ status: 0, stdout: `${packed.cli.manifest.version}\n`, stderr: '' });
  });

  it('aligns two files given by relative paths', () => {
    const result = duizhao('align', 'a.txt', 'b.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows[0]!.slice(0, 2)).toEqual(['a.txt ids', 'b.txt ids']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['0', '0'],
      ['1', '1'],
      ['2', '2'],
    ]);
  });

  it('writes a viewer page', () => {
    const result = duizhao('view', 'a.txt', 'b.txt', '-o', 'page.html');
    expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
    const page = readFileSync(join(work, 'page.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('我們的研究方法');
  });

  it('runs the main job on the corpus that ships with it', () => {
    const result = duizhao('run', '-o', 'out', '--quiet');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^corpus schulman-2025: 6 versions in /);
    expect(result.stdout).toMatch(/^wrote \d+ files to out\//m);
    expect(readdirSync(join(work, 'out/view')).sort()).toEqual(['summary-en--summary-zh-hans.html', 'transcript-zh-hans--summaries.html']);
  });

  it('prints a failure as one line, with no stack trace', () => {
    const result = duizhao('align', 'nope.txt', 'b.txt');
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'duizhao: nope.txt: no such file\n' });
  });
});
