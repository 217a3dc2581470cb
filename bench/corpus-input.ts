/** Benchmark inputs built from the bundled corpus, repeated to a target size. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../corpus/schulman-2025');

export function corpusFile(name: string): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'));
}

/** `text` repeated (separated by a blank line) until it reaches `bytes` UTF-8 bytes. */
export function repeatTo(text: string, bytes: number): string {
  const unit = Buffer.byteLength(text) + 2;
  const times = Math.ceil(bytes / unit);
  return Array.from({ length: times }, () => text).join('\n\n');
}

export function megabytes(text: string): number {
  return Buffer.byteLength(text) / 1e6;
}

/** Best of `runs` timings of `fn`, in seconds (the first run also warms the JIT and lazy tables). */
export function bestOf(runs: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  return best;
}
