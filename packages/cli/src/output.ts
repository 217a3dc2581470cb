/** Writing results: standard output, or files written atomically (temporary file, then rename). */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { CliError, atFile } from './errors.js';
import { pathIn, type CliIo } from './io.js';

export interface OutputFile {
  path: string;
  /** The text, whole or as pieces made one after another (a book's TSV is written as its rows are made). */
  content: string | Iterable<string>;
}

/** Pieces of about a megabyte: few writes, and never the whole output in memory at once. */
function* chunks(content: Iterable<string>): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const piece of content) {
    buffer.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/** Writes content, whole or in pieces, to a new file. */
function writeContent(path: string, content: OutputFile['content']): void {
  if (typeof content === 'string') return writeFileSync(path, content);
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks(content)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** The whole text of content given in pieces (a test, a summary line count). */
export function contentText(content: OutputFile['content']): string {
  return typeof content === 'string' ? content : [...content].join('');
}

const tempFor = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);

/**
 * Creates `dir` and its missing parents one level at a time, failing on the
 * first folder that cannot be made. Node 20's `mkdirSync(dir, { recursive: true })`
 * spins forever when mkdir says ENOENT although the parent exists (`/proc/nope`),
 * so the walk is done here.
 */
function makeFolders(dir: string, file: string): void {
  const missing: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(current).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: an ancestor is a file; walk up to it and say so.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(current) === current) throw new CliError(atFile(file, `cannot write (${current}: ${code ?? (error as Error).message})`));
      missing.push(current);
      continue;
    }
    if (!isDirectory) throw new CliError(atFile(file, `cannot write (${current} is not a folder)`));
    break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new CliError(atFile(file, `cannot write (cannot create the folder ${folder}: ${code ?? (error as Error).message})`));
    }
  }
}

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
      makeFolders(dirname(path), file.path);
      const temp = tempFor(path);
      temps.push(temp);
      writeContent(temp, file.content);
    }
    files.forEach((file, i) => {
      current = file.path;
      renameSync(temps[i]!, pathIn(io, file.path));
    });
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(atFile(current, `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`));
  }
}

/** Writes `content` to `file` so that a failed run leaves no half-written file behind. */
export function writeAtomic(file: string, content: OutputFile['content'], io: CliIo): void {
  writeAtomicAll([{ path: file, content }], io);
}

/** Sends output to `-o FILE` or standard output. */
export function emit(content: OutputFile['content'], output: string | undefined, io: CliIo): void {
  if (output !== undefined && output !== '-') writeAtomic(output, content, io);
  else if (typeof content === 'string') io.stdout.write(content);
  else for (const chunk of chunks(content)) io.stdout.write(chunk);
}
