/** Test helper: the interned units of Chinese sentences two ways, to check the fast interner against the reference. */
import { ChineseUnitInterner } from '../src/align/chinese-units.js';
import type { Dictionary } from '../src/align/dictionary.js';
import { dictionaryWords } from '../src/align/dictionary-words.js';
import { chineseUnitsOf } from '../src/align/score-lexical.js';
import { SourceInterner, TargetBuilder, Vocabulary } from '../src/align/units.js';
import { WordList } from '../src/segment/word-list.js';
import { segmentWords } from '../src/segment/words.js';

/**
 * The units of `zh` against the English sentences `en` (tokenized by `tokenize`), through
 * chineseUnitsOf and string candidates (`slow`) and through ChineseUnitInterner (`fast`),
 * with the names (`~` keys) the English side brought into the vocabulary.
 */
export function internBothWays(zh: readonly string[], en: readonly string[], dictionary: Dictionary | undefined, tokenize: (sentence: string) => string[]) {
  const run = (fast: boolean) => {
    const { vocab, words, sources } = startUnits(en, tokenize);
    const interner = new ChineseUnitInterner(dictionary, vocab, sources);
    for (const text of zh) {
      const tokens = segmentWords(text, { lang: 'zh-Hans' });
      if (fast) interner.add(text, tokens);
      else sources.add(chineseUnitsOf(text, tokens, dictionary));
    }
    return { units: sources.finish(), words: words.words, names: vocab.words.filter((w) => w.startsWith('~')) };
  };
  return { slow: run(false), fast: run(true) };
}

/**
 * The units of `zh` split by the dictionary's words, through segmentWords with `dictionaryWords` and chineseUnitsOf
 * (`slow`), and through ChineseUnitInterner's own split over its headword table (`segment`, `addSegmented`) in blocks of `block` (`fast`).
 */
export function internSegmentedBothWays(zh: readonly string[], en: readonly string[], dictionary: Dictionary, tokenize: (sentence: string) => string[], block = 3) {
  const run = (fast: boolean) => {
    const { vocab, words, sources } = startUnits(en, tokenize);
    const interner = new ChineseUnitInterner(dictionary, vocab, sources, true, 'dictionary');
    const list = new WordList();
    for (let from = 0; from < zh.length; from += block) {
      const texts = zh.slice(from, from + block);
      if (fast) interner.segment(texts, list);
      texts.forEach((text, k) => (fast ? interner.addSegmented(text, list, k) : sources.add(chineseUnitsOf(text, segmentWords(text, { splitHan: dictionaryWords(dictionary) }), dictionary))));
    }
    return { units: sources.finish(), words: words.words, names: vocab.words.filter((w) => w.startsWith('~')) };
  };
  return { slow: run(false), fast: run(true) };
}

/** The English side's vocabulary, and an empty source side to intern the Chinese sentences into. */
function startUnits(en: readonly string[], tokenize: (sentence: string) => string[]) {
  const vocab = new Vocabulary();
  const targets = new TargetBuilder(vocab);
  for (const sentence of en) targets.add(tokenize(sentence));
  const words = new Vocabulary();
  return { vocab, words, sources: new SourceInterner(vocab, words) };
}
