/**
 * Runs the duizhao command two ways. `runCli` calls `main(argv, io)` in this
 * process, as `bin/duizhao.js` does, with captured streams: no process start, and the
 * dictionary and the viewer's page script load once per vitest worker (isolate false). `runProcess`
 * starts a real process (exit codes, standard error as a user sees it, the built bin).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo } from '../src/io.js';
import { main } from '../src/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');
/** util-linux setpriv: run what follows as user and group nobody, without root's groups. */
const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** A real process's terminating signal (null when it exited by itself). */
  signal?: NodeJS.Signals | null;
}

export interface RunOptions {
  input?: string | Uint8Array;
  /** The folder relative paths resolve against (default: the repository root). */
  cwd?: string;
  env?: Record<string, string>;
}

/** `main(args)` in-process with standard input `input`, standard error not a terminal, NO_COLOR set. */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stdin: () => (typeof options.input === 'string' ? Buffer.from(options.input) : (options.input ?? new Uint8Array())),
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    isTTY: false,
  };
  const status = await main(args, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/**
 * The unbuilt command as a real process (`node --import tsx`, as `pnpm duizhao` runs it). `hangAfter` (ms)
 * kills a process that never ends, so a hang fails the test (with `signal` set) instead of stalling the suite.
 */
export function runProcess(args: string[], options: RunOptions & { asNobody?: boolean; hangAfter?: number } = {}): CliResult {
  const command = [process.execPath, '--conditions=source', '--import', 'tsx', MAIN, ...args];
  // Root reads every file whatever its mode; to see what a normal user sees, drop to nobody (util-linux setpriv).
  const asNobody = options.asNobody === true && process.getuid?.() === 0;
  const argv = asNobody ? [...AS_NOBODY, ...command] : command;
  const result = spawnSync(argv[0]!, argv.slice(1), {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    ...(options.hangAfter === undefined ? {} : { timeout: options.hangAfter }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

export const CORPUS = join(ROOT, 'corpus/schulman-2025');

/**
 * Whether a run as nobody can see what a file's permissions do to a user: true when the tests do not run as root
 * (permissions already apply), or when nobody can read the command itself (a checkout inside a private folder,
 * such as one made by `mktemp -d`, is out of nobody's reach, and the run would fail for that reason instead).
 */
export function canRunAsNobody(): boolean {
  if (process.getuid?.() !== 0) return true;
  return spawnSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), 'test', '-r', MAIN]).status === 0;
}

/** One line on standard error that matches `pattern`, a non-zero exit, nothing on standard output. */
export function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}
