import { describe, expect, it } from 'vitest';
import { composeMaps, identityMap, mapSpan, sliceMap, type OffsetMap } from '../src/normalize/offset-map.js';

describe('offset maps', () => {
  it('maps spans through a 1:1 piece and a shrinking phrase', () => {
    // "寫程式碼吧" → "写代码吧": 程式碼 (3) became 代码 (2).
    const map: OffsetMap = [
      [0, 1, 0, 1],
      [1, 3, 1, 4],
      [3, 4, 4, 5],
    ];
    expect(mapSpan(map, 1, 3)).toEqual({ start: 1, end: 4 });
    expect(mapSpan(map, 2, 3)).toEqual({ start: 1, end: 4 });
    expect(mapSpan(map, 3, 4)).toEqual({ start: 4, end: 5 });
    expect(mapSpan(map, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('composes a conversion map with a markup-stripping map', () => {
    // Source "**軟體**好": block text "軟體好" comes from offsets 2,3,6.
    const outer: OffsetMap = [
      [0, 2, 2, 4],
      [2, 3, 6, 7],
    ];
    const inner: OffsetMap = [
      [0, 2, 0, 2],
      [2, 3, 2, 3],
    ];
    const both = composeMaps(inner, outer);
    expect(mapSpan(both, 0, 3)).toEqual({ start: 2, end: 7 });
    expect(mapSpan(both, 2, 3)).toEqual({ start: 6, end: 7 });
    expect(sliceMap(identityMap(5, 10), 1, 3)).toEqual([[0, 2, 11, 13]]);
  });
});
