/**
 * `pnpm bench align`: sentence-alignment quality on a gold set (MAC-Dev by
 * default), scored with Vecalign's strict/lax metrics and exact match
 * (packages/core/src/align/evaluate.ts), plus wall time and peak RSS.
 *
 *   pnpm bench align [--gold DIR] [--ablate NAME]... [--ecdict] [--json] [--ladder OUTDIR]
 *                                     --ecdict: the dictionary with ECDICT's stems (`loadDictionary({ ecdict: true })`)
 *   pnpm bench align --scale [--sizes 10000,20000,40000] [--runs N] [--threads 1]
 *                                     speed, memory and time per stage at 10k, 20k, 40k source sentences
 *   pnpm bench align --same-script    zh-Hans ↔ zh-Hant with known edits (target F1 ≥ 0.99)
 *   pnpm bench align --drift          a long run of sentences deleted from one side: anchor-path band vs diagonal band
 *   pnpm bench align --as-files [--wrap N]  the files (hard-wrapped at N columns) read as `duizhao align zh.txt en.txt` reads them (no --lines), scored by line (align-files.ts)
 *
 * `--scale` runs each size as `--scale-one N --json` in a child process, so
 * each peak RSS is that size's own.
 *
 * The gold texts are read at run time from outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '@duizhao/core';
import {
  alignPair,
  formatLadder,
  loadDictionary,
  resolveAlignOptions as resolveOptions,
  scoreAlignments,
  scoreExact,
  type AlignComponent,
  type AlignOptions,
  type AlignmentScores,
  type EvaluationReport,
  type LadderBead,
  type LoadDictionaryOptions,
  type Score,
} from '@duizhao/core';
import { profilePair, type ProfileStage, type StageTime } from './align-profile.js';
import { alignAsFiles } from './align-files.js';
import { buildLongPair, buildSameScriptPair, hasGoldSet, macDevDir, readGoldSet, SAME_SCRIPT_EDITS, type GoldDocument } from './gold.js';

// ---------------------------------------------------------------------------
// The aligner under test: core's alignPair. Imported from the source until
// packages/core/src/index.ts re-exports it (then: from '@duizhao/core').

const isChinese = (lang: Lang) => lang === 'zh-Hans' || lang === 'zh-Hant';

/** How the gold-set runs load the dictionary: `--ecdict` adds ECDICT's stems. */
let dictionaryOptions: LoadDictionaryOptions = {};

/**
 * Aligns every document with `alignPair`. The dictionary is loaded once, and
 * only when a side is Chinese and the other is not (Chinese↔Chinese uses
 * character n-grams) and the ablation keeps it.
 */
async function alignDocuments(
  docs: readonly GoldDocument[],
  langs: { a: Lang; b: Lang },
  disable: readonly AlignComponent[],
  extra: AlignOptions = {},
): Promise<{ tests: LadderBead[][]; seconds: number[]; loadSeconds: number }> {
  const start = performance.now();
  const needsDictionary = isChinese(langs.a) !== isChinese(langs.b) && !disable.includes('dictionary') && !disable.includes('lexical');
  const dictionary = needsDictionary ? await loadDictionary(dictionaryOptions) : undefined;
  const loadSeconds = (performance.now() - start) / 1000;
  const options: AlignOptions = dictionary ? { ...extra, dictionary, disable } : { ...extra, disable };
  const tests: LadderBead[][] = [];
  const seconds: number[] = [];
  for (const doc of docs) {
    const t = performance.now();
    const side = (lang: Lang, lines: readonly string[]) => ({ lang, id: doc.id, sentences: lines.map((text) => ({ text })) });
    const alignment = alignPair(side(langs.a, doc.src), side(langs.b, doc.tgt), options);
    tests.push(alignment.beads.map((bead) => ({ a: bead.a, b: bead.b, score: bead.score })));
    seconds.push((performance.now() - t) / 1000);
  }
  return { tests, seconds, loadSeconds };
}

// ---------------------------------------------------------------------------
// Gold-set evaluation.

interface DocumentResult extends AlignmentScores {
  id: string;
  src: number;
  tgt: number;
  gold: number;
  seconds: number;
}

interface RunResult {
  aligner: string;
  disable: AlignComponent[];
  documents: DocumentResult[];
  total: Pick<EvaluationReport, 'strict' | 'lax' | 'exact'>;
  loadSeconds: number;
  wallSeconds: number;
  peakRssMiB: number;
}

/** Aligns every document, scores it, and times the whole run including the aligner's load. */
async function evaluateDocuments(
  docs: readonly GoldDocument[],
  langs: { a: Lang; b: Lang },
  disable: AlignComponent[],
  ladderDir?: string,
  extra: AlignOptions = {},
): Promise<RunResult> {
  const start = performance.now();
  const { tests, seconds, loadSeconds } = await alignDocuments(docs, langs, disable, extra);
  const wallSeconds = (performance.now() - start) / 1000;
  if (ladderDir) {
    mkdirSync(ladderDir, { recursive: true });
    docs.forEach((doc, i) => writeFileSync(join(ladderDir, `${doc.id}.align`), formatLadder(tests[i]!)));
  }
  const report = scoreAlignments(docs.map((doc, i) => ({ gold: doc.gold, test: tests[i]! })));
  return {
    aligner: 'alignPair',
    disable,
    documents: docs.map((doc, i) => ({
      id: doc.id,
      src: doc.src.length,
      tgt: doc.tgt.length,
      gold: doc.gold.length,
      seconds: seconds[i]!,
      ...report.documents[i]!,
    })),
    total: { strict: report.strict, lax: report.lax, exact: report.exact },
    loadSeconds,
    wallSeconds,
    peakRssMiB: peakRssMiB(),
  };
}

function printRun(title: string, result: RunResult): void {
  out(`${title}\naligner: ${result.aligner}${dictionaryOptions.ecdict ? ', dictionary: CC-CEDICT + ECDICT' : ''}${result.disable.length ? `, disabled: ${result.disable.join(', ')}` : ''}\n\n`);
  const f = (x: number) => x.toFixed(3);
  printTable([
    ['doc', '#src', '#tgt', '#gold', 'exact F1', 'strict F1', 'lax F1', 'seconds'],
    ...result.documents.map((d) => [d.id, `${d.src}`, `${d.tgt}`, `${d.gold}`, f(d.exact.f1), f(d.strict.f1), f(d.lax.f1), d.seconds.toFixed(2)]),
  ]);
  out('\n');
  printTable([
    ['micro total', 'P', 'R', 'F1', 'test ok/beads', 'gold found/beads'],
    ...(['strict', 'lax', 'exact'] as const).map((k) => {
      const s: Score = result.total[k];
      return [k, f(s.precision), f(s.recall), f(s.f1), `${s.counts.testCorrect}/${s.counts.testBeads}`, `${s.counts.goldFound}/${s.counts.goldBeads}`];
    }),
  ]);
  out(`\nwall ${result.wallSeconds.toFixed(2)} s (dictionary load ${result.loadSeconds.toFixed(2)} s), peak RSS ${result.peakRssMiB.toFixed(0)} MiB, node ${process.version}\n`);
}

// ---------------------------------------------------------------------------
// --scale: one long synthetic pair built from MAC-Dev documents, through the
// CLI's path (decode, ingest as lines, align, render TSV), timed per stage.

const SCALE_SIZES = [10_000, 20_000, 40_000];

interface ScaleResult {
  src: number;
  tgt: number;
  stages: StageTime[];
  wallSeconds: number;
  cpuSeconds: number;
  loadSeconds: number;
  peakRssMiB: number;
  strict: number;
  exact: number;
}

async function runScaleOne(docs: readonly GoldDocument[], sentences: number, disable: AlignComponent[], threads: boolean): Promise<ScaleResult> {
  const doc = buildLongPair(docs, sentences);
  const profile = await profilePair(doc, disable, threads);
  const report = scoreAlignments([{ gold: doc.gold, test: profile.beads }]);
  return {
    src: doc.src.length,
    tgt: doc.tgt.length,
    stages: profile.stages,
    wallSeconds: profile.wallSeconds,
    cpuSeconds: profile.cpuSeconds,
    loadSeconds: profile.stages.find((s) => s.stage === 'dictionary load')!.seconds[0]!,
    peakRssMiB: peakRssMiB(),
    strict: report.strict.f1,
    exact: report.exact.f1,
  };
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Each size and run in its own process, so that its peak RSS is its own. */
function runScale(goldDir: string, sizes: readonly number[], runs: number, disable: readonly string[], json: boolean, threads: boolean): void {
  const results: ScaleResult[][] = [];
  for (const n of sizes) {
    const perSize: ScaleResult[] = [];
    for (let r = 0; r < runs; r++) {
      const args = [...process.execArgv, process.argv[1]!, 'align', '--gold', goldDir, '--scale-one', `${n}`, '--json'];
      for (const name of disable) args.push('--ablate', name);
      if (!threads) args.push('--threads', '1');
      const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
      if (child.status !== 0) throw new Error(`--scale-one ${n} failed with exit code ${child.status}`);
      perSize.push(JSON.parse(child.stdout) as ScaleResult);
    }
    results.push(perSize);
  }
  if (json) return out(`${JSON.stringify(results, null, 2)}\n`);
  const f2 = (x: number) => x.toFixed(2);
  const spread = (xs: number[]) => (xs.length > 1 ? `${f2(median(xs))} (${f2(Math.min(...xs))}–${f2(Math.max(...xs))})` : f2(xs[0]!));
  out(`scale: MAC-Dev documents concatenated, zh-Hans → en as \`duizhao align --lines\` (decode, ingest, align, render TSV); ${runs} run(s) per size, median (min–max)\n\n`);
  printTable([
    ['#src', '#tgt', 'wall s', 'CPU s', 'dictionary load s', 'without load s', 'peak RSS MiB', 'strict F1', 'exact F1'],
    ...results.map((rs) => [
      `${rs[0]!.src}`,
      `${rs[0]!.tgt}`,
      spread(rs.map((r) => r.wallSeconds)),
      spread(rs.map((r) => r.cpuSeconds)),
      spread(rs.map((r) => r.loadSeconds)),
      spread(rs.map((r) => r.wallSeconds - r.loadSeconds)),
      spread(rs.map((r) => r.peakRssMiB)),
      rs[0]!.strict.toFixed(3),
      rs[0]!.exact.toFixed(3),
    ]),
  ]);
  out(`\nper stage, median seconds: wall / CPU (user + system, all threads); a long pair is cut in parts${threads ? ' aligned two at a time (this thread and a worker thread each take the next)' : ' aligned one after the other (--threads 1)'}; their stages show each thread's wall time, thread 1 | thread 2; wait: this thread waiting for the worker's last part once its own were done\n\n`);
  const order: ProfileStage[] = ['decode and ingest', 'dictionary load', 'cut', 'segmentation', 'dictionary units', 'anchors', 'pass 1', 'model 1', 'pass 2', 'wait', 'join', 'render', 'relatedness check'];
  const cell = (rs: ScaleResult[], stage: ProfileStage): string => {
    const found = rs.map((r) => r.stages.find((s) => s.stage === stage));
    if (!found[0]) return '';
    if (found[0].cpuSeconds !== undefined) return `${f2(median(found.map((s) => s!.seconds[0]!)))} / ${f2(median(found.map((s) => s!.cpuSeconds!)))}`;
    return found[0].seconds.map((_, part) => f2(median(found.map((s) => s!.seconds[part] ?? 0)))).join(' | ');
  };
  printTable([['stage', ...results.map((rs) => `${rs[0]!.src} × ${rs[0]!.tgt}`)], ...order.map((stage) => [stage, ...results.map((rs) => cell(rs, stage))])]);
}

// ---------------------------------------------------------------------------
// --drift: a long omission, so the path leaves the diagonal by more than the
// first pass's diagonal band (±60 at most).

/** Consecutive sentences deleted from one side, far more than the diagonal band's half-width. */
const DRIFT_DELETE = 150;

/**
 * `doc` with `count` consecutive sentences of one side deleted from the
 * middle. The gold loses them too: a bead left with one side only becomes
 * one null bead per remaining sentence (0-1 or 1-0, as MAC's gold writes
 * insertions and deletions), and ids after the cut move down.
 */
function buildDriftPair(doc: GoldDocument, side: 'a' | 'b', count: number): GoldDocument {
  const lines = side === 'a' ? doc.src : doc.tgt;
  const cut = Math.min(count, lines.length);
  const from = Math.floor((lines.length - cut) / 2);
  const kept = [...lines.slice(0, from), ...lines.slice(from + cut)];
  const gold: LadderBead[] = [];
  for (const bead of doc.gold) {
    const ids = bead[side].filter((x) => x < from || x >= from + cut).map((x) => (x >= from + cut ? x - cut : x));
    const other = side === 'a' ? bead.b : bead.a;
    if (ids.length > 0) gold.push(side === 'a' ? { a: ids, b: bead.b } : { a: bead.a, b: ids });
    else for (const x of other) gold.push(side === 'a' ? { a: [], b: [x] } : { a: [x], b: [] });
  }
  const id = `${doc.id}-${side === 'a' ? 'src' : 'tgt'}`;
  return side === 'a' ? { id, src: kept, tgt: doc.tgt, gold } : { id, src: doc.src, tgt: kept, gold };
}

/**
 * Exact and lax F1 with the first pass's band around the diagonal (the old
 * band, `--ablate anchor-path`), around the anchor path (the default), and
 * over the whole matrix (a band as wide as the longer side: the most any
 * band can recover, for these short documents only). Rows: all of MAC-Dev
 * concatenated, where the omission is a tenth of the text, then each
 * document, where it is most of one side.
 */
async function runDrift(docs: readonly GoldDocument[], disable: AlignComponent[], json: boolean): Promise<void> {
  const long = buildLongPair(docs, docs.reduce((x, doc) => x + doc.src.length, 0));
  long.id = 'mac-dev';
  const sources = [long, ...docs];
  const pairs = (['a', 'b'] as const).flatMap((side) => sources.map((doc) => buildDriftPair(doc, side, DRIFT_DELETE)));
  const langs = { a: 'zh-Hans', b: 'en' } as const;
  const widest = Math.max(...pairs.map((p) => Math.max(p.src.length, p.tgt.length)));
  const diagonal = await evaluateDocuments(pairs, langs, [...disable, 'anchor-path']);
  const anchored = await evaluateDocuments(pairs, langs, disable);
  const unrestricted = await evaluateDocuments(pairs, langs, disable, undefined, { firstBand: widest, firstBandMax: widest });
  if (json) return out(`${JSON.stringify({ diagonal, anchored, unrestricted }, null, 2)}\n`);
  out(`drift: MAC-Dev with ${DRIFT_DELETE} consecutive sentences deleted from the middle of the source (-src) or the target (-tgt)\n`);
  out(`first-pass band around the diagonal (--ablate anchor-path), around the anchor path (default), and over the whole matrix\n\n`);
  const f = (x: number) => x.toFixed(3);
  const runs = [diagonal, anchored, unrestricted];
  printTable([
    ['doc', '#src', '#tgt', 'exact diagonal', 'exact anchored', 'exact whole', 'lax diagonal', 'lax anchored', 'lax whole', 's diagonal', 's anchored'],
    ...anchored.documents.map((d, k) => [
      d.id,
      `${d.src}`,
      `${d.tgt}`,
      ...runs.map((r) => f(r.documents[k]!.exact.f1)),
      ...runs.map((r) => f(r.documents[k]!.lax.f1)),
      diagonal.documents[k]!.seconds.toFixed(2),
      d.seconds.toFixed(2),
    ]),
    ['micro total', '', '', ...runs.map((r) => f(r.total.exact.f1)), ...runs.map((r) => f(r.total.lax.f1)), '', ''],
  ]);
}

// ---------------------------------------------------------------------------

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      ablate: { type: 'string', multiple: true, default: [] },
      ecdict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      ladder: { type: 'string' },
      scale: { type: 'boolean', default: false },
      'scale-one': { type: 'string' },
      sizes: { type: 'string' },
      runs: { type: 'string', default: '1' },
      'same-script': { type: 'boolean', default: false },
      drift: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20221' },
      threads: { type: 'string', default: '2' },
      'as-files': { type: 'boolean', default: false },
      wrap: { type: 'string' },
    },
  });
  const goldDir = resolve(values.gold ?? macDevDir());
  if (!hasGoldSet(goldDir)) {
    out(`align: skipped, no gold set at ${goldDir} (expected src/, tgt/, gold/; set --gold DIR or DUIZHAO_DATA)\n`);
    return;
  }
  const docs = readGoldSet(goldDir);
  const disable = values.ablate as AlignComponent[];
  try {
    // Before the dictionary load: alignPair names the valid components.
    resolveOptions({ disable });
    // The scale runs align in worker threads, which load the dictionary themselves.
    if (values.ecdict && (values.scale || values['scale-one'] !== undefined)) throw new Error('--ecdict applies to the gold set, not to --scale');
  } catch (error) {
    process.stderr.write(`align: --ablate: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const ladderDir = values.ladder === undefined ? undefined : resolve(values.ladder);
  dictionaryOptions = { ecdict: values.ecdict };

  if (values['scale-one'] !== undefined) {
    out(`${JSON.stringify(await runScaleOne(docs, Number(values['scale-one']), disable, values.threads !== '1'))}\n`);
  } else if (values.scale) {
    const sizes = values.sizes === undefined ? SCALE_SIZES : values.sizes.split(',').map(Number);
    const runs = Number(values.runs);
    if (sizes.some((x) => !Number.isInteger(x) || x < 1) || !Number.isInteger(runs) || runs < 1) {
      process.stderr.write(`align: --sizes takes whole numbers separated by commas, --runs a whole number ≥ 1\n`);
      process.exitCode = 2;
      return;
    }
    runScale(goldDir, sizes, runs, disable, values.json, values.threads !== '1');
  } else if (values['as-files']) {
    const { tests, headings, lines } = alignAsFiles(docs, await loadDictionary(dictionaryOptions), values.wrap === undefined ? undefined : Number(values.wrap));
    const per = docs.map((doc, k) => `${doc.id} ${scoreExact([{ gold: doc.gold, test: tests[k]! }]).f1.toFixed(3)}`);
    out(`align as files (no --lines${values.wrap === undefined ? '' : `, wrapped at ${values.wrap} columns`}; ${headings} of ${lines} lines read as headings): exact F1 ${scoreExact(docs.map((doc, k) => ({ gold: doc.gold, test: tests[k]! }))).f1.toFixed(3)} (${per.join(', ')})\n`);
  } else if (values.drift) {
    await runDrift(docs, disable, values.json);
  } else if (values['same-script']) {
    const seed = Number(values.seed);
    const pairs = docs.map((doc, k) => buildSameScriptPair(doc, seed + k));
    const result = await evaluateDocuments(pairs, { a: 'zh-Hans', b: 'zh-Hant' }, disable, ladderDir);
    if (values.json) out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const e = SAME_SCRIPT_EDITS;
      printRun(`same-script: ${goldDir}/src as zh-Hans ↔ OpenCC s2twp zh-Hant, per document ${e.delete} deleted, ${e.merge} merged, ${e.split} split (seed ${seed}); target F1 ≥ 0.99`, result);
    }
  } else {
    const result = await evaluateDocuments(docs, { a: 'zh-Hans', b: 'en' }, disable, ladderDir);
    if (values.json) out(`${JSON.stringify(result, null, 2)}\n`);
    else printRun(`align: ${goldDir} (${docs.length} documents)`, result);
  }
}

function peakRssMiB(): number {
  // resourceUsage().maxRSS is in kilobytes (getrusage ru_maxrss).
  return process.resourceUsage().maxRSS / 1024;
}

function out(text: string): void {
  process.stdout.write(text);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) out(`${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}\n`);
}
