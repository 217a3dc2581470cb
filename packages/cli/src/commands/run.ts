import { relative, join } from 'node:path';
import type { Doc } from '@duizhao/core';
import { parseCommand } from '../args.js';
import { loadManifest, defaultManifestPath } from '../corpus.js';
import { UsageError } from '../errors.js';
import { loadDocument } from '../input.js';
import { writeAtomic } from '../output.js';
import { formatSentences, segmentJson } from './segment.js';

export const RUN_HELP = `Usage: duizhao run [MANIFEST] [-o OUTDIR]

The main job: reads every document of a corpus manifest (default: the bundled
corpus/schulman-2025/manifest.json), checks each version's detected language and
script against the manifest, and writes for every document its sentences (text and
JSON with original offsets) to OUTDIR (default: out/). Prints what it wrote and how
long it took.

Examples:
  duizhao run
  duizhao run corpus/schulman-2025/manifest.json -o /tmp/out`;

export function runRun(argv: string[]): number {
  const { values, positionals } = parseCommand('run', argv, { output: { type: 'string', short: 'o', default: 'out' } });
  if (values.help) {
    process.stdout.write(`${RUN_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('run: expected at most one MANIFEST');
  const began = performance.now();
  const manifestPath = positionals[0] ?? defaultManifestPath();
  const { dir, manifest } = loadManifest(manifestPath);
  const outDir = values.output;
  const written: string[] = [];
  const docs = new Map<string, Doc>();
  const lines: string[] = [`corpus ${manifest.name}: ${manifest.versions.length} versions in ${relative(process.cwd(), dir) || '.'}`];

  for (const entry of manifest.versions) {
    const file = join(dir, entry.file);
    let doc = docs.get(entry.file);
    if (!doc) {
      doc = loadDocument(file, { lines: false, markdown: false, plain: false, encoding: 'auto', from: 'twp' });
      docs.set(entry.file, doc);
      const base = join(outDir, 'segments', entry.file.replace(/\.[^.]+$/, ''));
      writeAtomic(`${base}.sentences.txt`, formatSentences(doc));
      writeAtomic(`${base}.json`, `${JSON.stringify(segmentJson(doc), null, 2)}\n`);
      written.push(`${base}.sentences.txt`, `${base}.json`);
    }
    const version = doc.versions[entry.part ?? 0];
    const expected = entry.language === 'en' ? 'en' : `zh-${entry.script}`;
    const detected = version?.lang ?? 'none';
    const check = detected === expected ? 'ok' : `MISMATCH: manifest says ${expected}`;
    lines.push(
      `  ${entry.id.padEnd(20)} ${doc.format.padEnd(8)} ${detected.padEnd(7)} ${String(version?.sentences.length ?? 0).padStart(4)} sentences  ${check}`,
    );
  }
  const ms = performance.now() - began;
  process.stdout.write(`${lines.join('\n')}\nwrote ${written.length} files to ${outDir}/:\n${written.map((w) => `  ${w}`).join('\n')}\ndone in ${(ms / 1000).toFixed(2)} s\n`);
  return 0;
}
