import { describe, expect, it } from 'vitest';
import type { Bead } from '@duizhao/core';
import { findNext } from '../../src/edit/navigate.js';

const bead = (a: number[], b: number[], score: number, status?: Bead['status']): Bead => (status ? { a, b, score, scores: {}, status } : { a, b, score, scores: {} });

describe('where a reviewer goes next', () => {
  const beads = [bead([0], [0], 0.9, 'confirmed'), bead([1], [1], 0.1, 'edited'), bead([2], [], 0), bead([3], [2], 0.2), bead([4], [3], 0.8)];
  it('next unconfirmed skips confirmed beads', () => {
    expect(findNext(beads, -1, 'unconfirmed', 0.3)).toBe(1);
    expect(findNext(beads, 4, 'unconfirmed', 0.3)).toBeUndefined();
  });
  it('next low-confidence skips one-sided and reviewed beads', () => {
    expect(findNext(beads, -1, 'low', 0.3)).toBe(3);
    expect(findNext(beads, 3, 'low', 0.3)).toBeUndefined();
  });
  it('problems are one-sided or unsure beads, in either direction', () => {
    expect(findNext(beads, -1, 'problem', 0.3)).toBe(1);
    expect(findNext(beads, 1, 'problem', 0.3)).toBe(2);
    expect(findNext(beads, 4, 'problem', 0.3, -1)).toBe(3);
  });
});
