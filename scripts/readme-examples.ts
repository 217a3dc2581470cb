/**
 * `pnpm readme:check`: runs the README's examples and checks that each prints
 * what the README shows. An example is a `$ ` line in a code block whose
 * command runs in this repository (`pnpm start`, `pnpm duizhao …`, `echo … |
 * pnpm duizhao …`); what it shows is the lines after it, up to the next `$ `
 * line or the block's end. Each shown line must appear in the output, in
 * order; a line `...` stands for any number of lines, and a run's time
 * (`done in 3.34 s`) may differ. Commands on files the README only names
 * (`zh.txt`, `~/Downloads/…`) are listed as not run.
 *
 * Not part of `pnpm test`: it starts a process per example (about a minute).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Example {
  line: number;
  command: string;
  shown: string[];
}

/** The `$ ` lines of the README's code blocks, each with the lines it shows. */
export function listExamples(readme: string): Example[] {
  const examples: Example[] = [];
  let inBlock = false;
  let current: Example | undefined;
  readme.split('\n').forEach((text, k) => {
    if (text.startsWith('```')) {
      inBlock = !inBlock;
      current = undefined;
      return;
    }
    if (!inBlock) return;
    if (text.startsWith('$ ')) {
      current = { line: k + 1, command: text.slice(2), shown: [] };
      examples.push(current);
    } else current?.shown.push(text);
  });
  return examples;
}

/** Whether an example runs here: a repository command on files that exist, or that an earlier example wrote. */
function runsHere(command: string, written: ReadonlySet<string>): boolean {
  if (!/^(pnpm (start|duizhao)\b|echo .*\| pnpm duizhao\b)/.test(command) || command.includes('~/')) return false;
  const files = command.split(/\s+/).filter((word) => /\.(txt|json|align|tsv)$/.test(word) && !word.startsWith('-'));
  return files.every((file) => written.has(file) || existsSync(join(ROOT, file)) || isOutput(command, file));
}

/** Whether `file` is what `command` writes (after `-o`). */
function isOutput(command: string, file: string): boolean {
  return new RegExp(`-o ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(command);
}

const normalize = (text: string): string => text.replace(/\bin \d+(\.\d+)? s\b/, 'in N s').trimEnd();

/** The first shown line missing from `output` (in order, `...` a gap), or undefined. */
export function findMissing(shown: readonly string[], output: string): string | undefined {
  const lines = output.split('\n').map(normalize);
  let at = 0;
  for (const expected of shown.map(normalize)) {
    if (expected.trim() === '...' || expected === '') continue;
    while (at < lines.length && lines[at] !== expected) at++;
    if (at === lines.length) return expected;
    at++;
  }
  return undefined;
}

function main(): number {
  const examples = listExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const written = new Set<string>();
  let failed = 0;
  const skipped: string[] = [];
  for (const example of examples) {
    if (!runsHere(example.command, written)) {
      skipped.push(`README.md:${example.line}`);
      continue;
    }
    for (const match of example.command.matchAll(/-o (\S+)/g)) written.add(match[1]!);
    const result = spawnSync('bash', ['-c', `set -o pipefail; ${example.command}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const missing = findMissing(example.shown, `${result.stdout}${result.stderr}`);
    if (missing === undefined) continue;
    failed++;
    process.stdout.write(`README.md:${example.line}: $ ${example.command}\n  shows a line it does not print: ${missing}\n`);
  }
  process.stdout.write(`${examples.length - skipped.length - failed} of ${examples.length - skipped.length} examples print what the README shows; ${skipped.length} not run here (${skipped.join(', ')})\n`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
