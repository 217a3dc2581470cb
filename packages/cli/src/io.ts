/**
 * What a command reads from and writes to besides the files it names: its
 * streams, working folder and environment. The bin passes the real process
 * (`processIo()`); tests pass their own to run `main(argv, io)` in-process.
 * Relative paths resolve against `io.cwd`, never against `process.cwd()`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** All of standard input (read once, on `-`). */
  stdin(): Uint8Array;
  /** The folder relative paths are resolved against. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal (the progress bar is drawn only there). */
  isTTY: boolean;
}

/** The real process: its streams, `process.cwd()` at the time of the call, its environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: () => readFileSync(0),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stderr.isTTY === true,
  };
}

/** A path as the file system needs it: relative paths taken from `io.cwd`. Messages keep the path as given. */
export function pathIn(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/**
 * A reader that stops early (`duizhao align a b | head`) closes standard output: stop there, quietly and with
 * exit code 0, as Unix tools do, instead of an EPIPE stack trace. For the real process only (bin/, direct runs).
 */
export function stopWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
