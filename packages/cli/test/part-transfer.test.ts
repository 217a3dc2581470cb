import { describe, expect, it } from 'vitest';
import { alignPair, loadDictionary } from '@duizhao/core';
import { packAlignment, packTask, unpackAlignment, unpackTask } from '../src/part-transfer.js';
import type { PartTask } from '../src/align-part.js';

const zh = ['第一章', '他走进屋里。', '“你来了？”她问。', '外面下着雨，路上没有人。'];
const en = ['Chapter One', 'He walked into the room.', '"You came?" she asked.', 'It was raining outside.', 'There was nobody on the road.'];

describe('a part between threads', () => {
  it('arrives with the same sentences, block types and options', () => {
    const task: PartTask = {
      a: { lang: 'zh-Hans', id: 'a', sentences: zh.map((text, k) => (k === 0 ? { text, type: 'heading' } : { text })) },
      b: { lang: 'en', sentences: [...en, '', 'Ends with 😀'].map((text) => ({ text })) },
      maxBead: 10,
      disable: ['names'],
      dictionary: true,
      model1Beads: 2500,
    };
    const back = unpackTask(structuredClone(packTask(task)));
    expect(back).toEqual(task);
    expect(JSON.stringify(back)).toBe(JSON.stringify(task));
  });

  it('comes back as the same alignment, key for key, and beads that are not runs travel as they are', async () => {
    const alignment = alignPair({ lang: 'zh-Hans', sentences: zh.map((text) => ({ text })) }, { lang: 'en', sentences: en.map((text) => ({ text })) }, { dictionary: await loadDictionary() });
    const packed = structuredClone(packAlignment(alignment));
    expect(packed.packed).toBe(true);
    expect(JSON.stringify(unpackAlignment(packed))).toBe(JSON.stringify(alignment));
    // A reviewer's bead (not a run of sentences, a status) cannot be packed: the alignment goes whole.
    const edited = { ...alignment, beads: [...alignment.beads, { a: [0, 2], b: [], type: '2-0', score: 0, scores: {}, status: 'edited' as const }] };
    const plain = structuredClone(packAlignment(edited));
    expect(plain.packed).toBe(false);
    expect(JSON.stringify(unpackAlignment(plain))).toBe(JSON.stringify(edited));
  });
});
