import { describe, expect, it } from 'vitest';
import { alignPair, measureRelatedness, readDocument } from '@duizhao/core';
import { alignInThreads } from '../src/align-threads.js';
import { alignAndCheck } from '../src/pipeline.js';

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
  // One threaded run only: a worker thread under tsx costs seconds of CPU to start.
  it('aligns the parts two at a time, the worker taking some, and gets what one thread and the whole pair get', async () => {
    const [a, b] = pair(800);
    const split = { minSentences: 0, window: 40, maxPart: 250 };
    const threads: number[] = [];
    const threaded = await alignInThreads(a, b, { maxBead: 4, split, onStage: (thread, stage) => stage === 'pass 2' && threads.push(thread) });
    expect(threaded.stats['parts']).toBeGreaterThanOrEqual(3);
    // The worker aligned parts too, and its stages came back to the caller.
    expect(threads).toContain(1);
    expect(threaded).toEqual(await alignInThreads(a, b, { maxBead: 4, split, threads: false }));
    expect(threaded.beads.map((x) => [x.a, x.b])).toEqual(alignPair(a, b).beads.map((x) => [x.a, x.b]));
  });

  it('leaves a pair below the size to cut in one piece, on one thread', async () => {
    const [a, b] = pair(300);
    const alignment = await alignInThreads(a, b, { maxBead: 4 });
    expect(alignment.stats['parts']).toBeUndefined();
    expect(alignment).toEqual(alignPair(a, b, { maxBead: 4 }));
  });
});

describe('the relatedness check of a long pair', () => {
  it('of a pair cut in parts, made beside the writing by the worker that aligned parts, finds what one thread finds', async () => {
    const [a, b] = pair(800);
    const version = (side: typeof a, source: string) => readDocument(side.sentences.map((s) => s.text).join('\n'), { source, format: 'lines' }).versions[0]!;
    const [va, vb] = [version(a, 'a.txt'), version(b, 'b.txt')];
    const threads: number[] = [];
    const split = { minSentences: 0, window: 40, maxPart: 250 };
    const { report, relatedness } = await alignAndCheck(va, vb, 4, { split, onStage: (thread) => threads.push(thread) });
    expect(threads).toContain(1);
    const onWorker = await relatedness;
    expect(onWorker.related).toBe(true);
    expect(onWorker).toEqual(measureRelatedness(va, vb, report.alignment.beads));
  });
});
