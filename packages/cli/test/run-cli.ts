/** Runs the duizhao command as a user does: a real process, real exit code, real streams. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');
/** util-linux setpriv: run what follows as user and group nobody, without root's groups. */
const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string>; asNobody?: boolean } = {},
): CliResult {
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
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
