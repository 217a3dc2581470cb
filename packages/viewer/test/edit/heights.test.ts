import { describe, expect, it } from 'vitest';
import { createHeights, estimate, forgetHeights, measureRow, offsetOf, rowAtOffset, spliceHeights } from '../../src/edit/heights.js';

describe('row heights for virtual scrolling', () => {
  it('takes unmeasured rows at the first guess, then at the mean of the measured ones', () => {
    const h = createHeights(5, 60);
    expect([0, 1, 5].map((i) => offsetOf(h, i))).toEqual([0, 60, 300]);
    measureRow(h, 1, 40);
    measureRow(h, 3, 100);
    expect(estimate(h)).toBe(70);
    // 70, 40, 70, 100, 70
    expect([1, 2, 3, 4, 5].map((i) => offsetOf(h, i))).toEqual([70, 110, 180, 280, 350]);
    // Measured again (the row was redrawn): the new height replaces the old one.
    measureRow(h, 3, 20);
    expect(estimate(h)).toBe(30);
    expect(offsetOf(h, 5)).toBe(30 + 40 + 30 + 20 + 30);
  });

  it('finds the row at a height, clamped to the rows there are', () => {
    const h = createHeights(4, 10);
    measureRow(h, 0, 10);
    measureRow(h, 1, 30);
    measureRow(h, 2, 10);
    measureRow(h, 3, 10);
    // Tops: 0, 10, 40, 50; total 60.
    expect([-5, 0, 9.9, 10, 39, 40, 55, 60, 1e9].map((y) => rowAtOffset(h, y))).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 3]);
    expect(rowAtOffset(createHeights(0, 10), 100)).toBe(0);
  });

  it('follows an edit: the changed rows unmeasured, the rows below moved', () => {
    const h = createHeights(5, 50);
    [10, 20, 30, 40, 50].forEach((px, i) => measureRow(h, i, px));
    // Rows 1 and 2 merged into one new row: 10, (new), 40, 50 with the new row at the mean of the rest.
    spliceHeights(h, 1, 2, 1);
    expect(h.measured.length).toBe(4);
    expect(estimate(h)).toBeCloseTo(100 / 3);
    expect(offsetOf(h, 2)).toBeCloseTo(10 + 100 / 3);
    expect(offsetOf(h, 4)).toBeCloseTo(10 + 100 / 3 + 90);
    // Split back into three rows.
    spliceHeights(h, 1, 1, 3);
    expect(h.measured.length).toBe(6);
    expect(rowAtOffset(h, offsetOf(h, 5))).toBe(5);
  });

  it('forgets every measurement when the columns change width', () => {
    const h = createHeights(3, 60);
    measureRow(h, 0, 200);
    forgetHeights(h);
    expect(offsetOf(h, 3)).toBe(180);
  });
});
