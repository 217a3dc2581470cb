import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** The commands the main help lists. */
function listCommands(help: string): string[] {
  const section = help.split('Commands:\n')[1]!.split('\n\n')[0]!;
  return section.split('\n').map((line) => line.trim().split(/\s+/)[0]!);
}

/** The lines of a help text's Examples section, without the leading indentation. */
function listExamples(help: string): string[] {
  const section = help.split('Examples:\n')[1];
  if (section === undefined) return [];
  return section.split('\n\n')[0]!.split('\n').map((line) => line.trim()).filter(Boolean);
}

/**
 * The duizhao calls an example line makes, in order, each with the argv and standard input it gets.
 * Bash itself reads the line (quotes, globs, `echo … |`, `&&`); its `duizhao` only records
 * each call, which the test then runs in-process. Nothing in an example reads duizhao's output.
 */
function recordCalls(example: string): { args: string[]; input: Buffer }[] {
  const record = mkdtempSync(join(tmpdir(), 'duizhao-example-'));
  const recorder = `duizhao() { local d="$REC/$(printf %03d "$(ls "$REC" | wc -l)")"; mkdir "$d" && printf '%s\\0' "$@" > "$d/args" && cat > "$d/stdin"; }`;
  const shell = spawnSync('bash', ['-c', `set -eo pipefail; ${recorder}; ${example}`], { cwd: ROOT, input: '', encoding: 'utf8', env: { ...process.env, REC: record } });
  expect(shell.status, `${example}\n${shell.stderr}`).toBe(0);
  return readdirSync(record)
    .sort()
    .map((call) => ({
      args: readFileSync(join(record, call, 'args'), 'utf8').split('\0').slice(0, -1),
      input: readFileSync(join(record, call, 'stdin')),
    }));
}

const MAIN_HELP = (await runCli(['--help'])).stdout;
const COMMANDS = listCommands(MAIN_HELP);
/** Examples write to /tmp/…; here into a folder of this run, so parallel runs on one machine do not share files. */
const SCRATCH = mkdtempSync(join(tmpdir(), 'duizhao-examples-'));
const DONE = new Set<string>();

describe('help texts', () => {
  it('--help and --version work, and every command has its own --help', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(COMMANDS).toEqual(expect.arrayContaining(['convert', 'segment', 'align', 'render', 'score', 'run']));
    for (const command of COMMANDS) {
      const result = await runCli([command, '--help']);
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Usage: duizhao ${command}`));
    }
  });

  it.each([['(main)'], ...COMMANDS.map((c) => [c])])('every example of %s runs from the repo root, exits 0 and prints nothing on standard error', async (command) => {
    const help = command === '(main)' ? MAIN_HELP : (await runCli([command, '--help'])).stdout;
    const examples = listExamples(help);
    expect(examples.length, `${command} --help has examples`).toBeGreaterThan(0);
    for (const example of examples) {
      const calls = recordCalls(example);
      expect(calls.length, `${example} calls duizhao`).toBeGreaterThan(0);
      for (const call of calls) {
        const args = call.args.map((a) => (a.startsWith('/tmp/') ? join(SCRATCH, a.slice('/tmp/'.length)) : a));
        // The main help repeats some commands' examples; a call already made with the same argv and input is not made again.
        const key = JSON.stringify([args, call.input.toString('base64')]);
        if (DONE.has(key)) continue;
        DONE.add(key);
        const result = await runCli(args, { input: call.input });
        expect(result.status, `${example}\n${result.stderr}`).toBe(0);
        expect(result.stderr, example).toBe('');
      }
    }
  });
});
