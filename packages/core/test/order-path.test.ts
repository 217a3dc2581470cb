import { describe, expect, it } from 'vitest';
import { findOrderPath } from '../src/compare/order-path.js';

describe('the order path of a summary through its source', () => {
  it('takes the candidate that fits its neighbours over a better one out of order (a preview restating an answer)', () => {
    const path = findOrderPath(
      [
        [{ b: 38, share: 1.1 }],
        [
          { b: 2, share: 1.6 },
          { b: 40, share: 1.2 },
        ],
        [{ b: 45, share: 1.3 }],
      ],
      100,
    );
    expect(path).toEqual([38, 40, 45]);
  });

  it('passes by a line whose every candidate would break the order, and a line without candidates', () => {
    expect(findOrderPath([[{ b: 50, share: 1 }], [{ b: 10, share: 0.8 }], [], [{ b: 60, share: 1 }]], 100)).toEqual([50, -1, -1, 60]);
  });

  it('steps back only where a section opens, and only when what follows pays for it', () => {
    const rows = [[{ b: 300, share: 1.5 }], [{ b: 310, share: 1.5 }], [{ b: 200, share: 1.5 }], [{ b: 210, share: 1.5 }]];
    // Inside one section the path keeps one of the two runs, never both.
    expect(findOrderPath(rows, 400).filter((b) => b >= 0)).toHaveLength(2);
    // The third line opens a section: the path steps back at a cost of 1 and keeps all four.
    expect(findOrderPath(rows, 400, {}, [false, false, true, false])).toEqual([300, 310, 200, 210]);
    expect(findOrderPath(rows, 400, { sectionBackCost: 5 }, [false, false, true, false]).filter((b) => b >= 0)).toHaveLength(2);
  });

  it('lets a line rest a sentence or two before the previous line’s source', () => {
    expect(findOrderPath([[{ b: 20, share: 1 }], [{ b: 19, share: 1 }]], 40)).toEqual([20, 19]);
    expect(findOrderPath([[{ b: 20, share: 1 }], [{ b: 19, share: 1 }]], 40, { slack: 0 }).filter((b) => b >= 0)).toHaveLength(1);
  });
});
