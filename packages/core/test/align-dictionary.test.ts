import { describe, expect, it } from 'vitest';
import { buildDictionary, loadDictionary, stemDefinition } from '../src/align/dictionary.js';
import { stemEnglish, tokenizeEnglish } from '../src/align/english.js';

describe('English words for matching', () => {
  it('drops function words and reduces inflections to one stem', () => {
    expect(tokenizeEnglish('The students were reading books, and she walked to the rivers.')).toEqual(['student', 'read', 'book', 'walk', 'river']);
    expect(stemEnglish('children')).toBe('child');
    expect(stemEnglish('stopped')).toBe(stemEnglish('stop'));
    expect(tokenizeEnglish('In 1,000 years')).toEqual(['1000', 'year']);
  });
});

describe('CC-CEDICT definitions', () => {
  it('keeps content words and drops classifiers, parentheticals and cross-references', () => {
    expect(stemDefinition('river')).toEqual(['river']);
    expect(stemDefinition('CL:條|条[tiao2]')).toEqual([]);
    expect(stemDefinition('variant of 貓|猫[mao1]')).toEqual([]);
    expect(stemDefinition('to hit (sb)')).toEqual(['hit']);
    const dictionary = buildDictionary([
      { traditional: '河', simplified: '河', english: ['river', 'CL:條|条[tiao2]'] },
      { traditional: '很長的詞語', simplified: '很长的词语', english: ['too long a headword'] },
    ]);
    expect(dictionary.get('河')).toEqual(['river']);
    expect(dictionary.get('很长的词语')).toBeUndefined();
  });

  it('loads CC-CEDICT once', async () => {
    const dictionary = await loadDictionary();
    expect(await loadDictionary()).toBe(dictionary);
    expect(dictionary.size).toBeGreaterThan(100_000);
    expect(dictionary.get('猫')).toContain('cat');
    expect(dictionary.get('图书馆')).toContain(stemEnglish('library'));
  });
});
