/**
 * Throughput of `toSimplified` (T→S with its offset map) on a ≥ 5 MB input
 * built by repeating the seed corpus. MB are UTF-8 bytes of the input.
 * Target: ≥ 20 MB/s. Run: `npx tsx --conditions=source bench/convert.ts`.
 */
import { pathToFileURL } from 'node:url';
import { toSimplified, type TraditionalStandard } from '@duizhao/core';
import { bestOf, corpusFile, corpusFiles, megabytes, repeatTo } from './corpus-input.js';

export interface ConvertResult {
  from: TraditionalStandard;
  megabytes: number;
  seconds: number;
  mbPerSec: number;
  /** Pieces in the offset map of the whole converted text. */
  pieces: number;
}

/** Best of `runs` conversions of `text` (the first also builds the dictionaries). */
export function benchConvert(text: string, from: TraditionalStandard = 'twp', runs = 3): ConvertResult {
  let pieces = 0;
  const seconds = bestOf(runs, () => {
    pieces = toSimplified(text, { from }).map.length;
  });
  const mb = megabytes(text);
  return { from, megabytes: mb, seconds, mbPerSec: mb / seconds, pieces };
}

/** The input: every corpus file, repeated to `bytes` UTF-8 bytes. */
export function corpusInput(bytes = 5.5e6): string {
  return repeatTo(corpusFiles().map(corpusFile).join('\n\n'), bytes);
}

export function run(): void {
  const text = corpusInput();
  const cold = bestOf(1, () => toSimplified('軟體', { from: 'twp' }));
  process.stdout.write(`building the twp dictionaries on first use: ${(cold * 1000).toFixed(0)} ms\n`);
  for (const from of ['twp', 'tw', 'hk', 't'] as const) {
    const r = benchConvert(text, from);
    process.stdout.write(
      `toSimplified --from ${from}: ${r.megabytes.toFixed(2)} MB in ${r.seconds.toFixed(3)} s = ${r.mbPerSec.toFixed(1)} MB/s (target ≥ 20), ${r.pieces} map pieces\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();
