import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { scoreSupport } from '../src/align/coverage.js';
import { ngramTokens } from '../src/align/score-ngram.js';
import { tokenizeEnglish } from '../src/align/english.js';
import { scoreInContext } from '../src/compare/context-score.js';
import { CHAR_UNIT, dealWords, groupUnitsByWord, WORD_UNIT } from '../src/compare/summary-null.js';

const lines = (texts: string[], source: string) => readDocument(texts.join('\n'), { source, format: 'lines' }).versions[0]!;

describe('groupUnitsByWord', () => {
  it('cuts a sentence’s units into its words: a word’s bigrams and the one leading out of it', () => {
    // 强化学习 | 很 | 重要: the splitter's word ends.
    const split = (run: string): number[] => (run === '强化学习很重要' ? [4, 5, 7] : [run.length]);
    expect(groupUnitsByWord('强化学习很重要', split)).toEqual([['强化', '化学', '学习', '习很'], ['很重'], ['重要']]);
  });

  it('holds exactly the units the support scores, Traditional text, Latin words and lone characters included', () => {
    for (const text of ['他發明了PPO演算法，用了 2 到 3 倍的算力。', '我：好。', 'Tinker 是一個 API', '強化學習的價值函數為何不流行？']) {
      expect(groupUnitsByWord(text).flat()).toEqual(ngramTokens(text));
    }
  });

  it('keeps a Latin word or a number glued to Han text whole when asked, as a spaced one is, not letter bigrams', () => {
    expect(groupUnitsByWord('Tinker是一个API', undefined, {}, true)).toEqual([tokenizeEnglish('Tinker'), ['是一'], ['一个'], tokenizeEnglish('API')]);
    expect(groupUnitsByWord('在2018年', undefined, {}, true).flat()).toEqual(['在', '2018', '年']);
    expect(ngramTokens('在2018年')).toEqual(['在', '20', '01', '18', '8年']);
    expect(groupUnitsByWord('Tinker是一个API').flat()).toEqual(ngramTokens('Tinker是一个API'));
    expect(ngramTokens('Tinker是一个API')).toContain('in');
  });

  it('adds a word’s characters and the word itself when those layers are on, marked apart from the bigrams', () => {
    const split = (run: string): number[] => (run === '强化学习很重要' ? [4, 5, 7] : [run.length]);
    expect(groupUnitsByWord('强化学习很重要', split, { chars: 1, words: 1 })[0]).toEqual(['强化', '化学', '学习', '习很', ...[...'强化学习'].map((c) => CHAR_UNIT + c), `${WORD_UNIT}强化学习`]);
  });
});

describe('dealWords', () => {
  it('deals whole words, every one once, into sentences of as many words', () => {
    const sentences = [[['强化', '化学', '学习'], ['模型']], [['奖励', '励函', '函数']], [['a'], ['b'], ['c']]];
    const dealt = dealWords(sentences, 3);
    expect(dealt.flat().sort()).toEqual(sentences.flat(2).sort());
    // Each sentence gets as many words as before, and a word's units stay together, in order.
    const words = sentences.flat().map((w) => w.join('|'));
    dealt.forEach((units, k) => {
      let rest = units.join('|');
      let count = 0;
      while (rest.length > 0) {
        const word = words.find((w) => rest === w || rest.startsWith(`${w}|`));
        expect(word).toBeDefined();
        rest = rest.slice(word!.length + 1);
        count++;
      }
      expect(count).toBe(sentences[k]!.length);
    });
    expect(dealWords(sentences, 3)).toEqual(dealt);
  });
});

/**
 * A source where four long terms recur, each in its own sentences, never two together, and one passage (sentence 20)
 * the summary restates. Dealt by words, chance sentences hold whole terms as real ones do, so a line that strings the
 * terms together finds no more in the source than in chance.
 */
const terms = ['强化学习算法', '大型语言模型', '人类反馈数据', '奖励函数设计'];
const fillers = ['我们讨论了', '这个问题在于', '他认为', '其实最重要的是', '大家都知道'];
const sourceTexts = Array.from({ length: 60 }, (_, k) => `${fillers[k % fillers.length]}${terms[k % terms.length]}的第${k}个问题。`);
sourceTexts[20] = '团队先在小规模集群上验证想法再扩大实验的规模。';
const source = lines(sourceTexts, 'source.txt');
const summary = lines(['先在小规模集群验证想法再扩大实验规模。', '强化学习算法、大型语言模型、人类反馈数据与奖励函数设计。', '周末去咖啡馆喝咖啡看书。'], 'summary.txt');

describe('a summary’s null dealt by words', () => {
  const plain = scoreSupport(summary, source, { seed: 1 });
  const smooth = [true, true, true];
  const byWords = scoreInContext(summary, source, plain, smooth, { seed: 1 }, {}, { deal: 'words', deals: 8 });

  it('pools its deals, so that its bar moves less with the seed than one deal’s', () => {
    const bars = (deals: number): number[] =>
      [1, 2, 3, 4, 5, 6].map((seed) => scoreInContext(summary, source, scoreSupport(summary, source, { seed }), smooth, { seed }, {}, { deal: 'words', deals }).thresholdA);
    const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    expect(spread(bars(8))).toBeLessThan(spread(bars(1)) / 2);
  });

  it('supports the line that restates a passage, and neither a string of the source’s common terms nor a line of other matter', () => {
    expect(byWords.a[0]!.map((p) => p.b)).toContain(20);
    expect(byWords.a[1]).toEqual([]);
    expect(byWords.a[2]).toEqual([]);
  });

  it('is the support as scored when asked for the support’s own null, without context', () => {
    expect(scoreInContext(summary, source, plain, smooth, { seed: 1 }, { weight: 0 }, { deal: 'units', deals: 1, quantile: 0.95, latinWords: false })).toBe(plain);
    expect(scoreInContext(summary, source, plain, smooth, { seed: 1 }, { weight: 0 })).not.toBe(plain);
  });
});
