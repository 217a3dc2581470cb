/**
 * The units of both sides of a pair, the raw material of the lexical cost:
 * tokens (the segmentation stage), then ids (the dictionary-units stage):
 * the target side's tokens, and the source side's units with their candidate
 * translations. Chinese words come from the dictionary (dictionary-words.ts),
 * or from ICU's word break with `disable: ['dictionary-words']`.
 */

import { toComparable } from '../normalize/comparable.js';
import type { Alignment, BlockType, Lang } from '../schema.js';
import { isChinese } from '../lang.js';
import { WordList } from '../segment/word-list.js';
import { ChineseUnitInterner } from './chinese-units.js';
import type { Dictionary } from './dictionary.js';
import { tokenizeEnglish } from './english.js';
import { keepRareNames, locateEnglishNames, tokenizeWithNames } from './english-names.js';
import { DEFAULT_NAME_OPTIONS, type NameOptions } from './names.js';
import type { AlignStage } from './options.js';
import { findQuantityAnchors } from './quantity-anchors.js';
import { identityUnits, ngramTokens } from './score-ngram.js';
import { SourceInterner, TargetBuilder, Vocabulary, type InternedUnits, type TargetUnits } from './units.js';

/** A side as the aligner reads it: its language and its sentences' texts and block types. */
export interface PlainSide {
  lang: Lang;
  id: string | undefined;
  sentences: readonly { text: string; type?: BlockType | undefined }[];
}

export interface Units {
  method: Alignment['method'];
  source: InternedUnits;
  wordVocab: Vocabulary;
  target: TargetUnits;
  vocab: Vocabulary;
}

/**
 * Sentences per block when preparing units: each block is segmented, then
 * turned into ids, so only one block's tokens and unit objects are alive at a
 * time (a 400k-sentence book would otherwise hold millions of them).
 */
const UNIT_BLOCK = 1024;

/**
 * Tokens of both sides, then ids, block by block, so `stage` is called once per block.
 */
export function buildUnits(src: PlainSide, tgt: PlainSide, dictionary: Dictionary | undefined, names: NameOptions | false, chineseWords: 'dictionary' | 'icu', stage: (name: AlignStage) => void): Units {
  const ngram = isChinese(src.lang) && isChinese(tgt.lang);
  const method: Alignment['method'] = ngram ? 'ngram' : isChinese(src.lang) ? 'lexical' : 'identity';
  // Across scripts, quantities meet as values and dates (三千 / 3,000, 2014年6月6日 / June 6, 2014), and names as their pinyin (韦小宝 / Wei Xiaobao).
  const nameOptions = names === false ? undefined : names;
  const syllables = nameOptions && method === 'lexical' ? dictionary?.readings?.syllables : undefined;
  const located = syllables ? tgt.sentences.map((s) => locateEnglishNames(s.text, syllables, nameOptions)) : undefined;
  const kept = located ? keepRareNames(located.map((list) => list.map((n) => n.key)), nameOptions?.maxShare ?? DEFAULT_NAME_OPTIONS.maxShare) : undefined;
  const anchored = (text: string, j: number): string[] =>
    method === 'lexical' ? [...tokenizeWithNames(text, located?.[j] ?? [], kept?.[j]), ...findQuantityAnchors(text)] : tokenizeEnglish(text);
  const vocab = new Vocabulary();
  const targets = new TargetBuilder(vocab);
  for (let from = 0; from < tgt.sentences.length; from += UNIT_BLOCK) {
    const block = tgt.sentences.slice(from, from + UNIT_BLOCK).map((s, k) => (ngram ? ngramTokens(s.text) : anchored(s.text, from + k)));
    stage('segmentation');
    for (const tokens of block) targets.add(tokens);
    stage('dictionary units');
  }
  const target = targets.finish();
  const wordVocab = new Vocabulary();
  const sources = new SourceInterner(vocab, wordVocab);
  const chinese = method === 'lexical' ? new ChineseUnitInterner(dictionary, vocab, sources, names !== false, chineseWords) : undefined;
  const words = new WordList();
  for (let from = 0; from < src.sentences.length; from += UNIT_BLOCK) {
    const sentences = src.sentences.slice(from, from + UNIT_BLOCK);
    if (method === 'lexical') {
      const simplified = sentences.map((s) => (src.lang === 'zh-Hant' ? toComparable(s.text).text : s.text));
      chinese!.segment(simplified, words);
      stage('segmentation');
      simplified.forEach((text, k) => chinese!.addSegmented(text, words, k, findQuantityAnchors(text)));
    } else {
      const tokens = sentences.map((s) => (ngram ? ngramTokens(s.text) : tokenizeEnglish(s.text)));
      stage('segmentation');
      for (const list of tokens) sources.add(identityUnits(list));
    }
    stage('dictionary units');
  }
  return { method, source: sources.finish(), wordVocab, target, vocab };
}
