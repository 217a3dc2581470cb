/** A corpus folder: manifest.json (validated with the core's schema) and the files it names. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Manifest } from '@duizhao/core';
import { CliError, atFile } from './errors.js';
import { pathIn, type CliIo } from './io.js';

/**
 * The bundled seed corpus, found from this file so `duizhao run` works from any
 * directory: the copy the build puts beside the code (`dist/corpus/`, which the
 * packed and installed command ships), else the repository's `corpus/` (unbuilt
 * or built in the workspace). Undefined when neither is there.
 */
export function findBundledManifest(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['.', '../../..']) {
    const candidate = resolve(here, up, 'corpus/schulman-2025/manifest.json');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The bundled corpus's manifest, or a one-line error that says how to name one. */
export function defaultManifestPath(): string {
  const found = findBundledManifest();
  if (found === undefined) throw new CliError('run: the bundled corpus is not installed here; name a corpus manifest: duizhao run path/to/manifest.json');
  return found;
}

export interface Corpus {
  dir: string;
  manifest: Manifest;
}

export function loadManifest(path: string, io: CliIo): Corpus {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(pathIn(io, path), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(atFile(path, code === 'ENOENT' ? 'no such file' : `not valid JSON (${(error as Error).message.split('\n')[0]})`));
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(atFile(path, `invalid manifest at ${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const dir = dirname(path);
  for (const version of parsed.data.versions) {
    if (!existsSync(pathIn(io, join(dir, version.file)))) throw new CliError(atFile(path, `version "${version.id}" names a missing file ${version.file}`));
  }
  return { dir, manifest: parsed.data };
}
