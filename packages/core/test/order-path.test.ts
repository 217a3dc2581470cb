import { describe, expect, it } from 'vitest';
import { dropDetours, findOrderPath } from '../src/compare/order-path.js';

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

  it('drops a one-line step back that the path leaves for where it was (a line out of place, not a section in its own order)', () => {
    const rows = [[{ b: 285, share: 1.1 }], [{ b: 289, share: 1.1 }], [{ b: 119, share: 1.24 }], [{ b: 303, share: 2 }]];
    expect(findOrderPath(rows, 400, {}, [false, false, true, false])).toEqual([285, 289, -1, 303]);
    expect(findOrderPath(rows, 400, { maxDetour: 0 }, [false, false, true, false])).toEqual([285, 289, 119, 303]);
    // Two sections in the summary's own order (200s before 300s in the source, after them in the summary) stay.
    expect(dropDetours([300, 310, 200, 210, 320], 2, 1)).toEqual([300, 310, 200, 210, 320]);
    expect(dropDetours([300, 310, 200, -1, 320], 2, 1)).toEqual([300, 310, -1, -1, 320]);
    expect(dropDetours([300, 310, 200, -1, 250], 2, 1)).toEqual([300, 310, 200, -1, 250]);
  });
});
