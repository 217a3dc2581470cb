/**
 * Offset maps: the way back from derived text to the original characters.
 *
 * Every derived string in duizhao (the visible text of a Markdown block, a
 * Traditional→Simplified conversion, a width-normalized string) carries an
 * `OffsetMap`: a list of pieces that tile the derived text in order. A piece
 * `[start, end, srcStart, srcEnd]` says that derived `[start, end)` came from
 * source `[srcStart, srcEnd)`. Pieces of equal length map character by
 * character; pieces of unequal length (a phrase conversion 程式碼→代码, an
 * astral character replaced by a BMP one) map as one unit, so a span never
 * points into the middle of a replaced phrase. Source characters between
 * pieces (removed markup) belong to no derived character.
 *
 * This is the same idea as unist positions (syntax-tree/unist), extended to
 * rewrites that change length.
 */

import type { OffsetMap } from '../schema.js';

export type { OffsetMap, Piece } from '../schema.js';

/** The identity map of a string of `length` code units starting at `offset` in its source. */
export function identityMap(length: number, offset = 0): OffsetMap {
  return length === 0 ? [] : [[0, length, offset, offset + length]];
}

/** Index of the piece that contains derived position `pos` (binary search). */
function pieceAt(map: OffsetMap, pos: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]![0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Source offset of the derived character at `pos`, as the start of a span. */
export function mapStart(map: OffsetMap, pos: number): number {
  if (map.length === 0) return 0;
  const piece = map[pieceAt(map, pos)]!;
  const [start, end, srcStart, srcEnd] = piece;
  if (pos >= end) return srcEnd;
  return end - start === srcEnd - srcStart ? srcStart + (pos - start) : srcStart;
}

/** Source offset just after the derived character at `pos - 1`, as the end of a span. */
export function mapEnd(map: OffsetMap, pos: number): number {
  if (map.length === 0) return 0;
  if (pos <= 0) return map[0]![2];
  const piece = map[pieceAt(map, pos - 1)]!;
  const [start, end, srcStart, srcEnd] = piece;
  return end - start === srcEnd - srcStart ? srcStart + (pos - start) : srcEnd;
}

/** Maps a derived span `[start, end)` to the source span it came from. */
export function mapSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = mapStart(map, start);
    return { start: at, end: at };
  }
  return { start: mapStart(map, start), end: mapEnd(map, end) };
}

/**
 * The map of `outer ∘ inner`: `inner` maps text B back to text A, `outer`
 * maps text A back to the source; the result maps B straight to the source.
 */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const out: OffsetMap = [];
  for (const [start, end, aStart, aEnd] of inner) {
    if (end - start === aEnd - aStart) {
      // Split a 1:1 piece wherever the outer map changes piece.
      let pos = start;
      while (pos < end) {
        const a = aStart + (pos - start);
        const k = pieceAt(outer, a);
        const o = outer[k]!;
        const oneToOne = o[1] - o[0] === o[3] - o[2];
        const stop = Math.min(end, start + (o[1] - aStart));
        const len = Math.max(1, stop - pos);
        if (oneToOne) {
          const src = o[2] + (a - o[0]);
          out.push([pos, pos + len, src, src + len]);
        } else {
          out.push([pos, pos + len, o[2], o[3]]);
        }
        pos += len;
      }
    } else {
      const span = aEnd > aStart ? mapSpan(outer, aStart, aEnd) : { start: mapStart(outer, aStart), end: mapStart(outer, aStart) };
      out.push([start, end, span.start, span.end]);
    }
  }
  return mergePieces(out);
}

/** Joins adjacent 1:1 pieces that are contiguous on both sides, so maps stay small. */
export function mergePieces(map: OffsetMap): OffsetMap {
  const out: OffsetMap = [];
  for (const piece of map) {
    const last = out[out.length - 1];
    if (
      last &&
      last[1] === piece[0] &&
      last[3] === piece[2] &&
      last[1] - last[0] === last[3] - last[2] &&
      piece[1] - piece[0] === piece[3] - piece[2]
    ) {
      last[1] = piece[1];
      last[3] = piece[3];
    } else {
      out.push([...piece]);
    }
  }
  return out;
}

/** The part of `map` for derived `[start, end)`, re-based so the slice starts at 0. */
export function sliceMap(map: OffsetMap, start: number, end: number): OffsetMap {
  const out: OffsetMap = [];
  if (end <= start || map.length === 0) return out;
  for (let k = pieceAt(map, start); k < map.length; k++) {
    const [s, e, ss, se] = map[k]!;
    if (s >= end) break;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (to <= from) continue;
    if (e - s === se - ss) out.push([from - start, to - start, ss + (from - s), ss + (to - s)]);
    else out.push([from - start, to - start, ss, se]);
  }
  return out;
}
