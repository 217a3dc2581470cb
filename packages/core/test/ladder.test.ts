import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ladder from '../src/render/ladder.js';
import { formatLadder, parseLadder } from '../src/render/ladder.js';

describe('ladder', () => {
  it('exports formatLadder and parseLadder', () => {
    expect(Object.keys(ladder).sort()).toEqual(['formatLadder', 'parseLadder']);
  });

  it('formats one bead per line, empty sides as [], scores with 2-4 decimals', () => {
    const text = formatLadder([
      { a: [0, 1], b: [0], score: 0.83 },
      { a: [2], b: [1, 2], score: 0.831_249 },
      { a: [3], b: [], score: 1 },
      { a: [], b: [3] },
    ]);
    expect(text).toBe('[0,1]:[0]:0.83\n[2]:[1,2]:0.8312\n[3]:[]:1.00\n[]:[3]\n');
    expect(formatLadder([])).toBe('');
  });

  it('parses gold lines and Python-list output with spaces (Vecalign, Bertalign)', () => {
    expect(parseLadder('[0,1]:[0]\n[2]:[1,2]\n[7]:[]\n[]:[12]\n')).toEqual([
      { a: [0, 1], b: [0] },
      { a: [2], b: [1, 2] },
      { a: [7], b: [] },
      { a: [], b: [12] },
    ]);
    expect(parseLadder('[0, 1]:[0]:0.156102\r\n[2]:[1, 2]:-1.5e-3\r\n')).toEqual([
      { a: [0, 1], b: [0], score: 0.156102 },
      { a: [2], b: [1, 2], score: -0.0015 },
    ]);
  });

  it('allows trailing blank lines only', () => {
    expect(parseLadder('[0]:[0]\n\n  \n')).toEqual([{ a: [0], b: [0] }]);
    expect(parseLadder('')).toEqual([]);
    expect(() => parseLadder('[0]:[0]\n\n[1]:[1]\n')).toThrow('line 2: expected "[i,j]:[k]", got ""');
  });

  it('names the 1-based line of a malformed bead', () => {
    const lines = Array.from({ length: 11 }, (_, i) => `[${i}]:[${i}]`);
    expect(() => parseLadder([...lines, '[11]:[11]:x'].join('\n'))).toThrow('line 12: expected "[i,j]:[k]", got "[11]:[11]:x"');
    for (const bad of ['[0]-[0]', '[0]:[0', '0:0', '[0,]:[1]', '[a]:[1]', '[0]:[1]:', ' [0]:[1]', '[0]:[1]:0.5:1', '[-1]:[0]']) {
      expect(() => parseLadder(`[0]:[0]\n${bad}\n`), bad).toThrow(/^line 2: expected "\[i,j\]:\[k\]"/);
    }
  });

  it('parses what it formats (scores to 4 decimals)', () => {
    const ids = fc.array(fc.nat({ max: 5000 }), { maxLength: 4 });
    const bead = fc.record({ a: ids, b: ids, score: fc.double({ min: -10, max: 10, noNaN: true }) }, { requiredKeys: ['a', 'b'] });
    fc.assert(
      fc.property(fc.array(bead, { maxLength: 20 }), (beads) => {
        const parsed = parseLadder(formatLadder(beads));
        expect(parsed.map(({ a, b }) => ({ a, b }))).toEqual(beads.map(({ a, b }) => ({ a, b })));
        parsed.forEach((p, i) => {
          const score = beads[i]!.score;
          if (score === undefined) expect(p).not.toHaveProperty('score');
          else expect(Math.abs(p.score! - score)).toBeLessThanOrEqual(5e-5 + 1e-12);
        });
      }),
    );
  });
});
