/** Writing results: standard output, or files written atomically (temporary file, then rename). */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { CliError, atFile } from './errors.js';
import { pathIn, type CliIo } from './io.js';

export interface OutputFile {
  path: string;
  content: string;
}

const tempFor = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);

/**
 * Writes several files so that a failed run leaves none of them half-written:
 * every temporary file first, then the renames (Moses writes two files that
 * only make sense together).
 */
export function writeAtomicAll(files: readonly OutputFile[], io: CliIo): void {
  const temps: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      const path = pathIn(io, file.path);
      mkdirSync(dirname(path), { recursive: true });
      const temp = tempFor(path);
      temps.push(temp);
      writeFileSync(temp, file.content);
    }
    files.forEach((file, i) => {
      current = file.path;
      renameSync(temps[i]!, pathIn(io, file.path));
    });
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new CliError(atFile(current, `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
  }
}

/** Writes `content` to `file` so that a failed run leaves no half-written file behind. */
export function writeAtomic(file: string, content: string, io: CliIo): void {
  writeAtomicAll([{ path: file, content }], io);
}

/** Sends output to `-o FILE` or standard output. */
export function emit(content: string, output: string | undefined, io: CliIo): void {
  if (output === undefined || output === '-') io.stdout.write(content);
  else writeAtomic(output, content, io);
}
