/**
 * The Intl engine: ICU's dictionary-based word break for Han text
 * (`Intl.Segmenter('zh', {granularity: 'word'})`, UAX #29 with the ICU CJK
 * dictionary), which ships with Node's full ICU and needs no loading of ours.
 */

let segmenter: Intl.Segmenter | undefined;

/** Ends of the words of `run` (a run of Han characters), in order, the last one `run.length`. */
export function splitHanWithIntl(run: string): number[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(run)) ends.push(index + segment.length);
  if (ends[ends.length - 1] !== run.length) ends.push(run.length);
  return ends;
}

/**
 * Characters beyond Han that ICU's CJK dictionary engine segments together
 * with Han (kana and their marks): where a text has none, ICU divides each
 * Han run of it exactly as it divides that run alone.
 */
const DICTIONARY_NON_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70\uff9e\uff9f]/u;

/**
 * Ends of the words of a whole text, from one `Intl.Segmenter` pass instead of
 * one per Han run (a third faster on MAC-Dev, where each sentence has several
 * runs); undefined when the text holds kana, where runs must go one by one.
 */
export function splitTextWithIntl(text: string): number[] | undefined {
  if (DICTIONARY_NON_HAN.test(text)) return undefined;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const ends: number[] = [];
  for (const { index, segment } of segmenter.segment(text)) ends.push(index + segment.length);
  return ends;
}
