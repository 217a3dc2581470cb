import { describe, expect, it } from 'vitest';
import { alignPair } from '@duizhao/core';
import { alignInThreads } from '../src/align-threads.js';

/** English sentences of seeded words; b splits every 7th sentence of a in two and drops every 11th. */
function pair(count: number) {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const a = Array.from({ length: count }, () => `${Array.from({ length: 6 + Math.floor(random() * 8) }, () => `w${Math.floor(random() * 3000)}`).join(' ')}.`);
  const b: string[] = [];
  a.forEach((text, i) => {
    if (i % 11 === 5) return;
    const words = text.split(' ');
    if (i % 7 === 3) b.push(`${words.slice(0, 4).join(' ')}.`, words.slice(4).join(' '));
    else b.push(text);
  });
  const side = (texts: string[]) => ({ lang: 'en' as const, sentences: texts.map((text) => ({ text })) });
  return [side(a), side(b)] as const;
}

describe('a long pair on two threads', () => {
  it('aligns the two parts at once, as one thread aligns them, and as the whole pair aligns', async () => {
    const [a, b] = pair(800);
    const split = { minSentences: 0, window: 40 };
    const stages: string[] = [];
    const threaded = await alignInThreads(a, b, { maxBead: 4, split, onStage: (part, stage) => stages.push(`${part} ${stage}`) });
    const single = await alignInThreads(a, b, { maxBead: 4, split, threads: false });
    expect(threaded.stats['parts']).toBe(2);
    expect(threaded).toEqual(single);
    // The worker's stages come back to the caller, as part 1.
    expect(stages).toContain('1 pass 2');
    expect(threaded.beads.map((x) => [x.a, x.b])).toEqual(alignPair(a, b).beads.map((x) => [x.a, x.b]));
  });

  it('aligns many parts two at a time, and gets what one thread gets', async () => {
    const [a, b] = pair(800);
    const split = { minSentences: 0, window: 40, maxPart: 150 };
    const threaded = await alignInThreads(a, b, { maxBead: 4, split });
    expect(threaded.stats['parts']).toBeGreaterThanOrEqual(4);
    expect(threaded).toEqual(await alignInThreads(a, b, { maxBead: 4, split, threads: false }));
  });

  it('leaves a pair below the size to cut in one piece, on one thread', async () => {
    const [a, b] = pair(300);
    const alignment = await alignInThreads(a, b, { maxBead: 4 });
    expect(alignment.stats['parts']).toBeUndefined();
    expect(alignment).toEqual(alignPair(a, b, { maxBead: 4 }));
  });
});
