import { describe, expect, it } from 'vitest';
import { buildDictionary, loadDictionary } from '../src/align/dictionary.js';
import { dictionaryWords } from '../src/align/dictionary-words.js';
import { segmentWords } from '../src/segment/words.js';

/** The words of a Han run, as `a|b|c`. */
const show = (run: string, split: (run: string) => number[]): string => {
  let from = 0;
  return split(run)
    .map((end) => run.slice(from, (from = end)))
    .join('|');
};

describe('Chinese words by the dictionary (forward maximum matching)', () => {
  it('takes the longest headword at each position, and a character alone where none starts', () => {
    const dictionary = buildDictionary([
      { traditional: '創始人', simplified: '创始人', english: ['founder'] },
      { traditional: '創始', simplified: '创始', english: ['to initiate'] },
      { traditional: '公司', simplified: '公司', english: ['company'] },
      { traditional: '的', simplified: '的', english: ['of'] },
    ]);
    const split = dictionaryWords(dictionary);
    expect(show('公司的创始人', split)).toBe('公司|的|创始人');
    expect(show('他是公司创始人', split)).toBe('他|是|公司|创始人');
  });

  it('never cuts a supplementary-plane character in half', () => {
    const split = dictionaryWords(buildDictionary([{ traditional: '公司', simplified: '公司', english: ['company'] }]));
    expect(show('𠀋公司𠀋', split)).toBe('𠀋|公司|𠀋');
  });

  it('splits real text into CC-CEDICT words, and segmentWords keeps every character with its offsets', async () => {
    const dictionary = await loadDictionary();
    const text = '2018年，创始人在北京宣布了这个计划。';
    const tokens = segmentWords(text, { lang: 'zh-Hans', splitHan: dictionaryWords(dictionary) });
    expect(tokens.map((t) => t.text).join('|')).toBe('2018|年|，|创始人|在|北京|宣布|了|这个|计划|。');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
