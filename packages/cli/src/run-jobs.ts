/**
 * The main job (`duizhao run`, `pnpm start`) as a list of jobs over one
 * corpus, run in order; each reads what earlier ones left in the context.
 * A new kind of output is a new entry in RUN_JOBS.
 */
import { join, relative } from 'node:path';
import { DEFAULT_MAX_BEAD, type AlignmentReport, type CompareReport, type Doc, type ManifestVersion, type Version } from '@duizhao/core';
import type { Corpus } from './corpus.js';
import { CliError } from './errors.js';
import { renderFiles } from './formats.js';
import { loadDocument } from './input.js';
import { pathIn, type CliIo } from './io.js';
import { contentText, type OutputFile } from './output.js';
import { alignVersions } from './pipeline.js';
import type { Progress } from './progress.js';
import { formatSentences, segmentJson } from './commands/segment.js';
import { compareJob } from './compare-job.js';
import { viewJob } from './view-job.js';

export interface RunContext {
  io: CliIo;
  corpus: Corpus;
  outDir: string;
  /** Each manifest version by its id, filled by the segments job. */
  versions: Map<string, { entry: ManifestVersion; version: Version; doc: Doc }>;
  /** Alignment reports by `A-id--B-id`, in manifest order; filled by the align job. */
  reports: Map<string, AlignmentReport>;
  /** Every version compared with every other, versions in manifest order; filled by the compare job. */
  compare?: CompareReport;
  /** Writes files atomically and records them under this job's name. */
  write(files: OutputFile[]): void;
  /** A line for the summary on standard output. */
  log(line: string): void;
  progress: Progress;
}

export interface RunJob {
  name: string;
  run(context: RunContext): void | Promise<void>;
}

const DEFAULT_INPUT = { lines: false, markdown: false, plain: false, encoding: 'auto', from: 'twp' };

/** Every document's sentences (text, and JSON with offsets), and the manifest-vs-detection check. */
export const segmentsJob: RunJob = {
  name: 'segments',
  run(context) {
    const { dir, manifest } = context.corpus;
    const docs = new Map<string, Doc>();
    context.log(`corpus ${manifest.name}: ${manifest.versions.length} versions in ${relative(context.io.cwd, pathIn(context.io, dir)) || '.'}`);
    for (const entry of manifest.versions) {
      let doc = docs.get(entry.file);
      if (!doc) {
        doc = loadDocument(join(dir, entry.file), DEFAULT_INPUT, context.io);
        docs.set(entry.file, doc);
        const base = join(context.outDir, 'segments', entry.file.replace(/\.[^.]+$/, ''));
        context.write([
          { path: `${base}.sentences.txt`, content: formatSentences(doc) },
          { path: `${base}.json`, content: `${JSON.stringify(segmentJson(doc), null, 2)}\n` },
        ]);
      }
      const version = doc.versions[entry.part ?? 0];
      const expected = entry.language === 'en' ? 'en' : `zh-${entry.script}`;
      const detected = version?.lang ?? 'none';
      const check = detected === expected ? 'ok' : `MISMATCH: manifest says ${expected}`;
      context.log(`  ${entry.id.padEnd(20)} ${doc.format.padEnd(8)} ${detected.padEnd(7)} ${String(version?.sentences.length ?? 0).padStart(4)} sentences  ${check}`);
      if (version) context.versions.set(entry.id, { entry, version: { ...version, id: entry.id }, doc });
    }
  },
};

/** Every pair of versions aligned: a table (tsv, md) and the JSON report per pair. */
export const alignJob: RunJob = {
  name: 'align',
  async run(context) {
    const ids = [...context.versions.keys()];
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
    context.log(`aligned ${pairs.length} pairs (${join(context.outDir, 'align')}/A--B.tsv, .md, .json):`);
    let done = 0;
    for (const [a, b] of pairs) {
      context.progress.update(done, pairs.length, `${a}--${b}`);
      const report = await alignVersions(context.versions.get(a)!.version, context.versions.get(b)!.version, DEFAULT_MAX_BEAD);
      context.reports.set(`${a}--${b}`, report);
      const base = join(context.outDir, 'align', `${a}--${b}`);
      context.write([...(await renderFiles(report, 'tsv', `${base}.tsv`)), ...(await renderFiles(report, 'md', `${base}.md`)), ...(await renderFiles(report, 'json', `${base}.json`))]);
      const beads = report.alignment.beads;
      const oneToOne = beads.filter((x) => x.a.length === 1 && x.b.length === 1).length;
      const mean = beads.reduce((sum, x) => sum + x.score, 0) / Math.max(beads.length, 1);
      context.log(`  ${a.padEnd(20)} ${b.padEnd(20)} ${String(beads.length).padStart(4)} beads ${String(oneToOne).padStart(4)} 1-1  mean score ${mean.toFixed(2)}`);
      context.progress.update(++done, pairs.length, `${a}--${b}`);
    }
    context.progress.end();
  },
};

/** Parallel text (Moses files) and TMX for each translation and its original, from the align job's report. */
export const parallelJob: RunJob = {
  name: 'parallel',
  async run(context) {
    for (const { entry } of context.versions.values()) {
      if (entry.translationOf === undefined) continue;
      const original = context.versions.get(entry.translationOf);
      if (!original) throw new CliError(`manifest: ${entry.id} is a translation of "${entry.translationOf}", which is not in the manifest`);
      const name = `${original.entry.id}--${entry.id}`;
      const report = context.reports.get(name) ?? (await alignVersions(original.version, context.versions.get(entry.id)!.version, DEFAULT_MAX_BEAD));
      const base = join(context.outDir, 'parallel', name);
      const moses = await renderFiles(report, 'moses', base);
      context.write([...moses, ...(await renderFiles(report, 'tmx', `${base}.tmx`))]);
      const lines = contentText(moses[0]!.content).split('\n').length - 1;
      context.log(`parallel text ${original.entry.id} ↔ ${entry.id}: ${lines} lines (${moses.map((f) => f.path).join(', ')}), TMX ${base}.tmx`);
    }
  },
};

export const RUN_JOBS: RunJob[] = [segmentsJob, alignJob, parallelJob, compareJob, viewJob];
