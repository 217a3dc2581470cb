/**
 * Length-changing replacements of a conversion, as flat
 * `[outStart, outEnd, inStart, inEnd]` lists, composed across stages and
 * turned into an offset map.
 */
import type { OffsetMap } from '../schema.js';
import { mergePieces } from './offset-map.js';

/**
 * Composes edits: `first` takes S0 to S1, `second` S1 to S2. Edits that
 * overlap in S1 become one unit (the union), so no output piece ever points
 * into the middle of another's source.
 */
export function composeEdits(first: number[], second: number[]): number[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const out: number[] = [];
  let f = 0;
  let g = 0;
  let dFirst = 0; // S0 − S1 after the first-stage edits consumed so far
  let dSecond = 0; // S2 − S1 after the second-stage edits consumed so far
  while (f < first.length || g < second.length) {
    const takeFirst = g >= second.length || (f < first.length && first[f]! <= second[g + 2]!);
    const c0 = takeFirst ? first[f]! : second[g + 2]!;
    let c1 = c0;
    const s0 = c0 + dFirst;
    const s2 = c0 + dSecond;
    for (;;) {
      if (f < first.length && (first[f]! < c1 || first[f] === c0)) {
        c1 = Math.max(c1, first[f + 1]!);
        dFirst += first[f + 3]! - first[f + 2]! - (first[f + 1]! - first[f]!);
        f += 4;
      } else if (g < second.length && (second[g + 2]! < c1 || second[g + 2] === c0)) {
        c1 = Math.max(c1, second[g + 3]!);
        dSecond += second[g + 1]! - second[g]! - (second[g + 3]! - second[g + 2]!);
        g += 4;
      } else break;
    }
    out.push(s2, c1 + dSecond, s0, c1 + dFirst);
  }
  return out;
}

/** The full map of `edits` over a derived text of `length` from a source of `sourceLength`. */
export function mapFromEdits(edits: number[], length: number, sourceLength: number): OffsetMap {
  const map: OffsetMap = [];
  let pos = 0;
  let src = 0;
  for (let k = 0; k < edits.length; k += 4) {
    const [start, end, srcStart, srcEnd] = [edits[k]!, edits[k + 1]!, edits[k + 2]!, edits[k + 3]!];
    if (start > pos) map.push([pos, start, src, srcStart]);
    map.push([start, end, srcStart, srcEnd]);
    pos = end;
    src = srcEnd;
  }
  if (pos < length || src < sourceLength) map.push([pos, length, src, sourceLength]);
  return mergePieces(map);
}
