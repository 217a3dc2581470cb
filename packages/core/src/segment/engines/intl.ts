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
