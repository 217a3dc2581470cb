/**
 * Reading documents: the input options every command shares, files or `-`,
 * strict decoding, and the core's readDocument. Errors name the file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Doc, Encoding, Version } from '@duizhao/core';
import { DecodeError, decodeText, readDocument, resolveEncoding } from '@duizhao/core/pipeline';
import { CliError, UsageError, atFile } from './errors.js';
import { pathIn, type CliIo } from './io.js';

export interface InputValues {
  lines: boolean;
  markdown: boolean;
  plain: boolean;
  encoding: string;
  from: string;
}

export type FromVariant = 'twp' | 'tw' | 'hk' | 't';

export function resolveFrom(value: string): FromVariant {
  if (value === 'twp' || value === 'tw' || value === 'hk' || value === 't') return value;
  throw new UsageError(`--from: unknown variant "${value}" (expected twp, tw, hk or t)`);
}

export function resolveFormat(values: InputValues): 'auto' | 'markdown' | 'plain' | 'lines' {
  const chosen = (['lines', 'markdown', 'plain'] as const).filter((k) => values[k]);
  if (chosen.length > 1) throw new UsageError(`--${chosen[0]} and --${chosen[1]} cannot be used together`);
  return chosen[0] ?? 'auto';
}

function resolveInputEncoding(value: string): Encoding | 'auto' {
  if (value === 'auto') return 'auto';
  const encoding = resolveEncoding(value);
  if (!encoding) throw new UsageError(`--encoding: unknown encoding "${value}" (expected utf-8, utf-16le, utf-16be, gb18030, gbk or big5)`);
  return encoding;
}

/** Reads a file's bytes, or standard input for `-`, with errors a person can act on. */
export function readBytes(file: string, io: CliIo): Uint8Array {
  if (file === '-') {
    try {
      return io.stdin();
    } catch (error) {
      throw new CliError(`-: cannot read standard input (${(error as Error).message})`);
    }
  }
  let isDirectory = false;
  try {
    isDirectory = statSync(pathIn(io, file)).isDirectory();
  } catch (error) {
    throw new CliError(atFile(file, describeFsError(error)));
  }
  if (isDirectory) throw new CliError(atFile(file, 'is a directory, not a file'));
  try {
    return readFileSync(pathIn(io, file));
  } catch (error) {
    throw new CliError(atFile(file, describeFsError(error)));
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return (error as Error).message;
}

/** Decodes a file's text with the input options. */
export function readText(file: string, values: InputValues, io: CliIo): string {
  const bytes = readBytes(file, io);
  try {
    return decodeText(bytes, { encoding: resolveInputEncoding(values.encoding) });
  } catch (error) {
    if (error instanceof DecodeError) throw new CliError(atFile(file, error.message));
    throw error;
  }
}

/** Reads, decodes and ingests a document: blocks, versions and sentences with original offsets. */
export function loadDocument(file: string, values: InputValues, io: CliIo): Doc {
  const text = readText(file, values, io);
  try {
    return readDocument(text, { source: file, format: resolveFormat(values) });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new CliError(atFile(file, (error as Error).message));
  }
}

/**
 * The versions named on the command line. `FILE` gives every version the file
 * holds (one per language run, like English + its translation in one file);
 * `FILE#N` gives its N-th version only.
 */
export function loadVersions(args: readonly string[], values: InputValues, io: CliIo): Version[] {
  const docs = new Map<string, Doc>();
  const versions: Version[] = [];
  for (const arg of args) {
    const named = /^(.*)#(\d+)$/.exec(arg);
    const file = named && !existsSync(pathIn(io, arg)) ? named[1]! : arg;
    let doc = docs.get(file);
    if (!doc) {
      doc = loadDocument(file, values, io);
      docs.set(file, doc);
    }
    if (named && file !== arg) {
      const version = doc.versions[Number(named[2])];
      if (!version) throw new CliError(atFile(file, `has ${doc.versions.length} version(s); there is no #${named[2]}`));
      versions.push(version);
    } else {
      versions.push(...doc.versions);
    }
  }
  return versions;
}
