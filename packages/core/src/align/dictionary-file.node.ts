/**
 * Reads the compact dictionary from the package's `data/` folder: the one
 * module of core that touches the file system, and only in Node. Bundlers
 * that honour package.json's `browser` field swap in `dictionary-file.browser.ts`,
 * so a browser bundle holds no `fs`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where `pnpm install` and `pnpm build` write the compact dictionary (`scripts/dictionary.ts`); the same from `src/` and `dist/`. */
export const DICTIONARY_FILE = fileURLToPath(new URL('../../data/cedict.bin', import.meta.url));

/** The compact dictionary's path and bytes; a missing file is an error that says how to make it. */
export async function readDictionaryFile(path: string = DICTIONARY_FILE): Promise<{ path: string; bytes: Uint8Array }> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${path}: compact dictionary missing; make it with \`pnpm dictionary\` (pnpm install and pnpm build run it)`);
    }
    throw error;
  }
}
