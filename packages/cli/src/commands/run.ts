import { parseCommand } from '../args.js';
import { loadManifest, defaultManifestPath } from '../corpus.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeAtomicAll } from '../output.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import { Progress } from '../progress.js';
import { RUN_JOBS, type RunContext } from '../run-jobs.js';

export const RUN_HELP = `Usage: duizhao run [MANIFEST] [-o OUTDIR] [--quiet]

The main job: reads every document of a corpus manifest (default: the seed corpus
schulman-2025, which ships with duizhao), checks each version's detected language and
script against the manifest, and writes to OUTDIR (default: out/):
  segments/   every document's sentences (text, and JSON with original offsets)
  align/      every pair of versions aligned: A--B.tsv, A--B.md, A--B.json
  parallel/   each translation and its original as parallel text (Moses files
              named by language) and TMX
  view/       viewer pages (self-contained HTML): the translation's alignment,
              and the transcript compared with every summary
Prints what it wrote and how long it took.

Examples:
  duizhao run
  duizhao run corpus/schulman-2025/manifest.json -o /tmp/duizhao-out --quiet

${optionsHelp(COMMAND_OPTIONS.run)}`;

export async function runRun(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('run', argv, COMMAND_OPTIONS.run);
  if (values.help) {
    io.stdout.write(`${RUN_HELP}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('run: expected at most one MANIFEST');
  const began = performance.now();
  const corpus = loadManifest(positionals[0] ?? defaultManifestPath(), io);
  const written = new Map<string, number>();
  const lines: string[] = [];
  let job = '';
  const context: RunContext = {
    io,
    corpus,
    outDir: values.output,
    versions: new Map(),
    reports: new Map(),
    write(files) {
      writeAtomicAll(files, io);
      written.set(job, (written.get(job) ?? 0) + files.length);
    },
    log(line) {
      lines.push(line);
    },
    progress: new Progress(io, { quiet: values.quiet }),
  };
  for (const entry of RUN_JOBS) {
    job = entry.name;
    await entry.run(context);
  }
  const total = [...written.values()].reduce((a, b) => a + b, 0);
  const out = values.output.replace(/\/+$/, '') || '.';
  const parts = [...written].map(([name, n]) => `${name} ${n}`).join(', ');
  lines.push(`wrote ${total} files to ${out}/ (${parts})`, `done in ${((performance.now() - began) / 1000).toFixed(2)} s`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
