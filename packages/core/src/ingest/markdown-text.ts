/**
 * A block's text from mdast literals, mapped character by character onto the
 * Markdown source.
 *
 * Text node values differ from their source slice: backslash escapes (`\*` →
 * `*`), character references (`&amp;` → `&`), and continuation-line prefixes
 * (indentation, `> `) are gone. {@link alignValue} walks value and source
 * together, so every character of a block's text maps to the character it
 * came from; a character reference maps as one unequal piece. Soft line breaks
 * are kept as they are in the source (`\n` or `\r\n`), mapped 1:1: whether a
 * line break means a space (English) or nothing (Chinese) is the
 * segmenter's and the aligner's call, not the reader's.
 */

import type { OffsetMap } from '../schema.js';

/** A character reference at the sticky position: `&amp;`, `&#38;`, `&#x26;`. */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Text under construction: its parts and the pieces mapping them to the source. */
export class TextBuilder {
  parts: string[] = [];
  length = 0;
  map: OffsetMap = [];

  /** Appends `value[i, i + len)` as coming from source `[src, src + srcLen)`. */
  push(value: string, i: number, len: number, src: number, srcLen: number): void {
    const last = this.map[this.map.length - 1];
    if (len === srcLen && last && last[1] === this.length && last[3] === src && last[1] - last[0] === last[3] - last[2]) {
      last[1] += len;
      last[3] += len;
    } else {
      this.map.push([this.length, this.length + len, src, src + srcLen]);
    }
    this.parts.push(len === value.length ? value : value.slice(i, i + len));
    this.length += len;
  }
}

/**
 * Maps `value` (an mdast literal) onto source `[from, to)`. Equal characters
 * map 1:1; a source character reference maps to the character(s) it decodes
 * to as one piece; any other source character (an escaping backslash, a
 * continuation line's indentation or `>`) is markup and is skipped. Should
 * the source run out first, the rest of the value maps to the end of the span
 * as one piece, so no character is ever left without an origin.
 */
export function alignValue(source: string, value: string, from: number, to: number, out: TextBuilder): void {
  let i = 0;
  let j = from;
  let run = 0; // start of the current run of equal characters in `value`
  let runSrc = from;
  const flush = () => {
    if (i > run) out.push(value, run, i - run, runSrc, i - run);
  };
  while (i < value.length) {
    if (j >= to) {
      flush();
      out.push(value, i, value.length - i, Math.min(j, to), 0);
      return;
    }
    const v = value.charCodeAt(i);
    const s = source.charCodeAt(j);
    if (s === 0x26) {
      REFERENCE.lastIndex = j;
      const ref = REFERENCE.exec(source);
      // An unknown name (`&foo;`) stays literal in the value; a known one was decoded.
      if (ref && ref.index + ref[0].length <= to && !value.startsWith(ref[0], i)) {
        flush();
        const len = decodedLength(ref, value, i, source.charCodeAt(j + ref[0].length));
        out.push(value, i, len, j, ref[0].length);
        i += len;
        j += ref[0].length;
        run = i;
        runSrc = j;
        continue;
      }
    }
    if (v === s) {
      if (i === run || runSrc + (i - run) !== j) {
        flush();
        run = i;
        runSrc = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    run = i;
    j++;
    runSrc = j;
  }
  flush();
}

/** How many UTF-16 units of `value` at `i` the reference `ref` decoded to. */
function decodedLength(ref: RegExpExecArray, value: string, i: number, after: number): number {
  const hex = ref[1];
  const dec = ref[2];
  if (hex !== undefined || dec !== undefined) {
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code > 0xffff && code <= 0x10ffff ? 2 : 1;
  }
  // Named references decode to one or two units (an astral character, or a
  // pair like `&NotEqualTilde;`); look at where the source picks up again.
  const c = value.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return 2;
  if (i + 2 <= value.length && value.charCodeAt(i + 1) !== after && value.charCodeAt(i + 2) === after) return 2;
  return 1;
}
