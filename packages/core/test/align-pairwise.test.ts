import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../src/align/dictionary.js';
import { alignPair, type AlignSide } from '../src/align/pairwise.js';
import { Alignment } from '../src/schema.js';
import { toTraditional } from '../src/normalize/script.js';

const dictionary = buildDictionary([
  { traditional: '貓', simplified: '猫', english: ['cat'] },
  { traditional: '狗', simplified: '狗', english: ['dog'] },
  { traditional: '喜歡', simplified: '喜欢', english: ['to like', 'to be fond of'] },
  { traditional: '花園', simplified: '花园', english: ['garden'] },
  { traditional: '下雨', simplified: '下雨', english: ['to rain', 'rainy'] },
  { traditional: '今天', simplified: '今天', english: ['today'] },
  { traditional: '河', simplified: '河', english: ['river', 'CL:條|条[tiao2]'] },
  { traditional: '老師', simplified: '老师', english: ['teacher'] },
  { traditional: '學生', simplified: '学生', english: ['student', 'schoolchild'] },
  { traditional: '書', simplified: '书', english: ['book', 'letter'] },
  { traditional: '寫', simplified: '写', english: ['to write'] },
  { traditional: '讀', simplified: '读', english: ['to read'] },
  { traditional: '紅', simplified: '红', english: ['red'] },
  { traditional: '蘋果', simplified: '苹果', english: ['apple'] },
  { traditional: '吃', simplified: '吃', english: ['to eat'] },
  { traditional: '早上', simplified: '早上', english: ['morning'] },
  { traditional: '晚上', simplified: '晚上', english: ['evening', 'night'] },
  { traditional: '跑', simplified: '跑', english: ['to run'] },
  { traditional: '山', simplified: '山', english: ['mountain', 'hill'] },
  { traditional: '海', simplified: '海', english: ['sea', 'ocean'] },
]);

const zh = (...texts: string[]): AlignSide => ({ lang: 'zh-Hans', sentences: texts.map((text) => ({ text })) });
const en = (...texts: string[]): AlignSide => ({ lang: 'en', sentences: texts.map((text) => ({ text })) });
const pairs = (result: Alignment): string[] => result.beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`);

describe('alignPair', () => {
  it('pairs sentences one to one and explains every bead', () => {
    const result = alignPair(
      zh('我喜欢猫。', '今天下雨了。', '老师在写书。'),
      en('I like cats.', 'It is raining today.', 'The teacher is writing a book.'),
      { dictionary },
    );
    expect(pairs(result)).toEqual(['0:0', '1:1', '2:2']);
    expect(Alignment.parse(result)).toEqual(result);
    for (const bead of result.beads) {
      expect(bead.score).toBeGreaterThan(0);
      expect(bead.scores['matched']).toBeGreaterThan(0);
      expect(Object.keys(bead.scores)).toEqual(expect.arrayContaining(['lexical', 'length', 'punctuation', 'structure', 'shape']));
    }
  });

  it('finds a Chinese sentence translated as two English ones (1-2)', () => {
    const result = alignPair(
      zh('我喜欢猫。', '学生早上读书，晚上吃苹果。', '今天下雨了。'),
      en('I like cats.', 'The students read books in the morning.', 'In the evening they eat apples.', 'It is raining today.'),
      { dictionary },
    );
    expect(pairs(result)).toEqual(['0:0', '1:1,2', '2:3']);
  });

  it('leaves an untranslated sentence unpaired (1-0)', () => {
    const result = alignPair(
      zh('我喜欢猫。', '狗在花园里跑。', '今天下雨了。', '山很高，海很深，山和海都很美，很远，很大，很多人一生都没有见过。', '学生早上读书。', '老师晚上写书。', '我们吃苹果。', '猫和狗跑到河边。'),
      en('I like cats.', 'The dog runs in the garden.', 'It is raining today.', 'The students read in the morning.', 'The teacher writes books at night.', 'We eat apples.', 'The cat and the dog run to the river.'),
      { dictionary },
    );
    expect(pairs(result)).toEqual(['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5', '7:6']);
    expect(result.beads[3]?.score).toBeLessThan(result.beads[2]!.score);
  });

  it('pairs a heading with a heading and list items with list items', () => {
    const result = alignPair(
      { lang: 'zh-Hans', sentences: [{ text: '猫', type: 'heading' }, { text: '我喜欢猫。', type: 'paragraph' }, { text: '红苹果', type: 'listItem' }, { text: '狗', type: 'heading' }] },
      { lang: 'en', sentences: [{ text: 'Cats', type: 'heading' }, { text: 'I like cats.', type: 'paragraph' }, { text: 'Red apples', type: 'listItem' }, { text: 'Dogs', type: 'heading' }] },
      { dictionary },
    );
    expect(pairs(result)).toEqual(['0:0', '1:1', '2:2', '3:3']);
  });

  it('accepts the English side first and returns beads in its order', () => {
    const result = alignPair(en('I like cats.', 'It is raining today.'), zh('我喜欢猫。', '今天下雨了。'), { dictionary });
    expect(result.a.lang).toBe('en');
    expect(pairs(result)).toEqual(['0:0', '1:1']);
  });

  it('aligns Simplified with Traditional by character n-grams, across a deletion', () => {
    const simplified = ['天下大势，分久必合，合久必分。', '周末七国分争，并入于秦。', '及秦灭之后，楚、汉分争，又并入于汉。', '汉朝自高祖斩白蛇而起义，一统天下。', '后来光武中兴，传至献帝，遂分为三国。'];
    const traditional = simplified.filter((_, i) => i !== 2).map((s) => toTraditional(s).text);
    const result = alignPair(zh(...simplified), { lang: 'zh-Hant', sentences: traditional.map((text) => ({ text })) });
    expect(result.method).toBe('ngram');
    expect(pairs(result)).toEqual(['0:0', '1:1', '2:', '3:2', '4:3']);
  });

  it('needs a dictionary for Chinese with English, unless dictionary scores are disabled', () => {
    expect(() => alignPair(zh('猫。'), en('Cat.'))).toThrow(/needs options.dictionary/);
    expect(pairs(alignPair(zh('猫。'), en('Cat.'), { disable: ['dictionary'] }))).toEqual(['0:0']);
    expect(() => alignPair(zh('猫。'), en('Cat.'), { dictionary, disable: ['nope' as never] })).toThrow(/unknown component/);
  });

  it('puts every sentence in exactly one bead, in order, whatever the input', () => {
    const words = ['猫', '狗', '山', '海', '河', '今天', '苹果', '学生'];
    const english = ['cat', 'dog', 'mountain', 'sea', 'river', 'today', 'apple', 'student', 'the', 'and'];
    const side = (pool: string[], lang: 'zh-Hans' | 'en') =>
      fc.array(fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 25 }).map((sentences) => ({
        lang,
        sentences: sentences.map((ws) => ({ text: ws.join(lang === 'en' ? ' ' : '') + (lang === 'en' ? '.' : '。') })),
      }));
    fc.assert(
      fc.property(side(words, 'zh-Hans'), side(english, 'en'), fc.integer({ min: 1, max: 4 }), (a, b, maxBead) => {
        const result = alignPair(a, b, { dictionary, maxBead, band: 2, firstBand: 3 });
        expect(result.beads.flatMap((x) => x.a)).toEqual(a.sentences.map((_, i) => i));
        expect(result.beads.flatMap((x) => x.b)).toEqual(b.sentences.map((_, i) => i));
        for (const bead of result.beads) {
          expect(bead.a.length + bead.b.length).toBeGreaterThan(0);
          expect(Math.max(bead.a.length, bead.b.length)).toBeLessThanOrEqual(maxBead);
          expect(bead.score).toBeGreaterThanOrEqual(0);
          expect(bead.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
