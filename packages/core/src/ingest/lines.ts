/**
 * Pre-segmented text (`--lines`): one sentence per line, never re-split.
 *
 * Line i of the file is block i and sentence i, so indices stay aligned with
 * gold alignment files (vecalign, Bleualign and hunalign data count lines).
 * Such data rarely has empty lines, but when it does, an empty (or
 * whitespace-only) line is still line i: it becomes a block with empty text
 * and later an empty sentence, rather than vanishing and shifting every index
 * after it. A block's text is its line without surrounding whitespace.
 */

import type { Ingested, IngestedBlock } from './format.js';
import { forEachLine, isWhitespace } from './text.js';

/** Reads `text` as one block of type `line` per line, empty lines included. */
export function readLines(text: string): Ingested {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const blocks: IngestedBlock[] = [];
  // Each line is made a block as it is found (forEachLine): a list of the lines first was a book's worth of objects more.
  forEachLine(text, (start, end) => {
    if (blocks.length === 0) start = Math.max(start, base);
    let from = start;
    let to = end;
    while (from < to && isWhitespace(text.charCodeAt(from))) from++;
    while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
    blocks.push({ type: 'line', text: text.slice(from, to), start, end, map: to > from ? [[0, to - from, from, to]] : [] });
  });
  return { blocks, regions: base ? [{ type: 'bom', start: 0, end: 1 }] : [] };
}
