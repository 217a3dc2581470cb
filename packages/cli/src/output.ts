/** Writing results: standard output, or a file written atomically (temporary file, then rename). */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { CliError, atFile } from './errors.js';

/** Writes `content` to `file` so that a failed run leaves no half-written file behind. */
export function writeAtomic(file: string, content: string): void {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(atFile(file, `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
  }
}

/** Sends output to `-o FILE` or standard output. */
export function emit(content: string, output: string | undefined): void {
  if (output === undefined || output === '-') process.stdout.write(content);
  else writeAtomic(output, content);
}
