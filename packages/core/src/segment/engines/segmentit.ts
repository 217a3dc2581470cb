/**
 * The segmentit engine: the dictionary segmenter of leizongmin/node-segment
 * (Pangu dictionaries, longest words scored by frequency and part of speech),
 * as repackaged for ESM and browsers by linonetwo/segmentit.
 *
 * Its dictionary is Simplified, so a run is first converted T→S character by
 * character (OpenCC `tw` → `cn`, no phrase rewriting) and the words are mapped
 * back through the conversion's offset map: Traditional and Simplified text
 * are split alike.
 */

import type { Segment } from 'segmentit';
import { heavyModules } from '../../heavy-modules.node.js';
import { mapSpan } from '../../normalize/offset-map.js';
import { toSimplified } from '../../normalize/script.js';

let segment: Segment | undefined;

/** The segmenter, built on first use: loading its module and dictionaries takes about 0.25 s. */
function getSegment(): Segment {
  if (!segment) {
    const segmentitModule = heavyModules.segmentit();
    // Node loads the CommonJS build (everything on `default`, or the exports themselves); bundlers may load the ESM one.
    const lib = (segmentitModule as { default?: typeof segmentitModule.default }).default ?? segmentitModule;
    const built = new lib.Segment();
    // Only the tokenizers, optimizers and word dictionaries: synonyms and stopwords are not used.
    built.use(lib.modules);
    built.loadDict(lib.dicts);
    segment = built;
  }
  return segment;
}

/** Loads segmentit's dictionaries now rather than on the first call (to time it, or to warm up). */
export function loadSegmentit(): void {
  getSegment();
}

/** Ends of the words of `run` (a run of Han characters), in order, the last one `run.length`. */
export function splitHanWithSegmentit(run: string): number[] {
  const { text, map } = toSimplified(run, { from: 'tw' });
  const words = getSegment().doSegment(text, { simple: true });
  const ends: number[] = [];
  let at = 0;
  for (const word of words) {
    // segmentit drops whitespace and may rewrite nothing else, but do not trust it:
    // locate each word from where the last one ended, and skip what cannot be found.
    const found = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (found < 0 || word.length === 0) continue;
    if (found > at) ends.push(mapSpan(map, at, found).end);
    at = found + word.length;
    ends.push(mapSpan(map, found, at).end);
  }
  ends.push(run.length);
  return ends;
}
