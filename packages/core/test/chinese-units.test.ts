import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDictionary, headwordIndex, loadDictionary, type Dictionary, type DictionaryEntry } from '../src/align/dictionary.js';
import { tokenizeEnglish } from '../src/align/english.js';
import { toComparable } from '../src/normalize/comparable.js';
import { internBothWays, internSegmentedBothWays } from './interned-units.js';

/** The interned units of Chinese sentences, through chineseUnitsOf and string candidates, and through ChineseUnitInterner. */
const bothWays = (zh: readonly string[], en: readonly string[], dictionary: Dictionary | undefined) => internBothWays(zh, en, dictionary, tokenizeEnglish);

const SMALL: DictionaryEntry[] = [
  { traditional: '河', simplified: '河', english: ['river'] },
  { traditional: '河流', simplified: '河流', english: ['river', 'stream'] },
  { traditional: '貓', simplified: '猫', english: ['cat'] },
  { traditional: '喵', simplified: '喵', english: ['variant of 貓|猫[mao1]'] },
  { traditional: '𠮷', simplified: '𠮷', english: ['lucky'] },
  { traditional: '大', simplified: '大', english: ['big'] },
  { traditional: '大河', simplified: '大河', english: ['great river'] },
];

describe('Chinese units straight to ids', () => {
  it('gives the units chineseUnitsOf gives, on the seed transcript with CC-CEDICT', async () => {
    const dictionary = await loadDictionary();
    const text = readFileSync(new URL('../../../corpus/schulman-2025/transcript.zh-Hans.txt', import.meta.url), 'utf8');
    const zh = text.split(/(?<=[。！？\n])/).map((s) => toComparable(s).text).filter((s) => s.trim());
    const en = readFileSync(new URL('../../../corpus/schulman-2025/summary.en+translation.zh-Hans.txt', import.meta.url), 'utf8').split('\n');
    const { slow, fast } = bothWays(zh, en, dictionary);
    expect(slow.units.word.length).toBeGreaterThan(1000);
    expect(fast).toEqual(slow);
  });

  it('splits sentences into the dictionary words segmentWords gives with dictionaryWords, from its own headword table', async () => {
    const dictionary = await loadDictionary();
    const text = readFileSync(new URL('../../../corpus/schulman-2025/transcript.zh-Hans.txt', import.meta.url), 'utf8');
    const zh = [...text.split(/(?<=[。！？\n])/).map((s) => toComparable(s).text), '𠮷野家 2018年 ＡＩ Tinker’s 刘老老说：“好！”', ''];
    const en = readFileSync(new URL('../../../corpus/schulman-2025/summary.en+translation.zh-Hans.txt', import.meta.url), 'utf8').split('\n');
    const { slow, fast } = internSegmentedBothWays(zh, en, dictionary, tokenizeEnglish);
    expect(fast).toEqual(slow);
    const small = buildDictionary(SMALL);
    const both = internSegmentedBothWays(['大河流过猫的家。', '喵喵！𠮷日 2018 年 Tinker 的猫猫', '写书的人在河边', ''], ['The great river flows by the cat house in 2018, lucky Tinker'], small, tokenizeEnglish, 2);
    expect(both.fast).toEqual(both.slow);
  });

  it('gives the same units through a dictionary without its own index: repeats, cross-references, astral characters, unknown words', () => {
    const dictionary = buildDictionary(SMALL);
    expect(dictionary.index).toBeUndefined();
    const zh = ['大河流过猫的家。', '喵喵！𠮷日 2018 年 Tinker 的猫猫', '写书的人在河边', ''];
    const en = ['The great river flows by the cat house in 2018, lucky Tinker', 'a stream', 'big cats'];
    const { slow, fast } = bothWays(zh, en, dictionary);
    expect(fast).toEqual(slow);
    expect(slow.words).toContain('写书');
  });

  it('finds through the compact index every headword get() finds, at every position and length', async () => {
    const dictionary = await loadDictionary();
    const index = headwordIndex(dictionary);
    const text = '我们在北京大学的图书馆里读了《红楼梦》和 GPT-4 的论文，𠮷野家。';
    const found = new Int32Array(dictionary.maxLength);
    let hits = 0;
    for (let p = 0; p < text.length; p++) {
      index.matchAt(text, p, found);
      for (let len = 1; len <= dictionary.maxLength; len++) {
        const stems = p + len <= text.length ? dictionary.get(text.slice(p, p + len)) : undefined;
        const entry = found[len - 1]!;
        expect(entry >= 0 ? index.stemsOf(entry) : undefined).toEqual(stems);
        if (stems) hits++;
      }
    }
    expect(hits).toBeGreaterThan(20);
  });
});
