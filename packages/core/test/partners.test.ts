import { describe, expect, it } from 'vitest';
import { buildCoverageScorer, scoreSupport, type CoverageSide } from '../src/align/coverage.js';
import { loadDictionary } from '../src/align/dictionary.js';
import { buildPartners } from '../src/align/partners.js';

const zh = [
  '他走进屋子，看见桌上放着一封信。',
  '信是他母亲写的。',
  '窗外下着大雨。',
  '他读完信，哭了起来。',
  '第二天早上，雨停了。',
  '他决定回家看看母亲。',
  '火车开得很慢。',
  '到家的时候，天已经黑了。',
  '母亲站在门口等他。',
  '他们一起吃了晚饭。',
];
const en = [
  'The next morning the rain stopped.',
  'He walked into the room and saw a letter on the table.',
  'Outside the window it was raining hard.',
  'The letter was from his mother.',
  'He decided to go home to see his mother.',
  'When he had read the letter, he began to cry.',
  'It was already dark when he got home.',
  'The train was very slow.',
  'They had dinner together.',
  'His mother stood at the door waiting for him.',
];
const side = (lang: 'zh-Hans' | 'en', texts: readonly string[]): CoverageSide => ({ lang, sentences: texts.map((text) => ({ text })) });

describe('buildPartners', () => {
  it("gives scoreSupport's support of each sentence and its threshold, from either side and between English texts", async () => {
    const dictionary = await loadDictionary();
    const cases: [CoverageSide, CoverageSide][] = [
      [side('zh-Hans', zh), side('en', en)],
      [side('en', en), side('zh-Hans', zh)],
      [side('en', en), side('en', [...en].reverse().map((s) => s.replace('the', 'a')))],
    ];
    let found = 0;
    for (const [a, b] of cases) {
      const support = scoreSupport(a, b, { dictionary });
      const partners = buildPartners(a, b, { dictionary });
      expect(partners.threshold()).toBe(support.thresholdA);
      const each = a.sentences.map((_, i) => partners.supportOf(i));
      expect(each).toEqual(a.sentences.map((_, i) => support.a[i]![0]));
      found += each.filter((pair) => pair !== undefined).length;
    }
    expect(found).toBeGreaterThan(5);
  });

  it('samples the null of a longer text, and a sample as long as the text is the whole null', async () => {
    const dictionary = await loadDictionary();
    const [a, b] = [side('zh-Hans', zh), side('en', en)];
    expect(buildPartners(a, b, { dictionary, maxNullSentences: 10 }).threshold()).toBe(scoreSupport(a, b, { dictionary }).thresholdA);
    expect(buildPartners(a, b, { dictionary, maxNullSentences: 3, minScore: 0 }).threshold()).toBeGreaterThan(0);
  });
});

describe('CoverageScorer.reachA and reachB', () => {
  it('hold every sentence of the other side that covers at least the share asked for', async () => {
    const dictionary = await loadDictionary();
    const scorer = buildCoverageScorer(side('en', en), side('zh-Hans', zh), { dictionary });
    let pruned = 0;
    for (const share of [0, 0.1, 0.3, 0.6, 0.9]) {
      for (let i = 0; i < en.length; i++) {
        const reach = new Set(scorer.reachA(i, share));
        const needed = zh.map((_, j) => j).filter((j) => scorer.coverA(i, [j]) >= share);
        for (const j of needed) expect(reach.has(j)).toBe(true);
        pruned += zh.length - reach.size;
      }
      for (let j = 0; j < zh.length; j++) {
        const reach = new Set(scorer.reachB(j, share));
        for (const i of en.map((_, k) => k).filter((k) => scorer.coverB(j, [k]) >= share)) expect(reach.has(i)).toBe(true);
      }
    }
    // The filter must leave some sentences out, or it saves nothing.
    expect(pruned).toBeGreaterThan(0);
  });
});
