/** Test helper: the interned units of Chinese sentences two ways, to check the fast interner against the reference. */
import { ChineseUnitInterner } from '../src/align/chinese-units.js';
import type { Dictionary } from '../src/align/dictionary.js';
import { chineseUnitsOf } from '../src/align/score-lexical.js';
import { SourceInterner, TargetBuilder, Vocabulary } from '../src/align/units.js';
import { segmentWords } from '../src/segment/words.js';

/**
 * The units of `zh` against the English sentences `en` (tokenized by `tokenize`), through
 * chineseUnitsOf and string candidates (`slow`) and through ChineseUnitInterner (`fast`),
 * with the names (`~` keys) the English side brought into the vocabulary.
 */
export function internBothWays(zh: readonly string[], en: readonly string[], dictionary: Dictionary | undefined, tokenize: (sentence: string) => string[]) {
  const run = (fast: boolean) => {
    const vocab = new Vocabulary();
    const targets = new TargetBuilder(vocab);
    for (const sentence of en) targets.add(tokenize(sentence));
    const words = new Vocabulary();
    const sources = new SourceInterner(vocab, words);
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
