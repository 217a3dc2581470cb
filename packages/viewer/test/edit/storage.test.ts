import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead } from '@duizhao/core';
import { applyChange, confirmBead, mergeWithNext, splitBead, type Change } from '../../src/edit/beads.js';
import { decodeEdits, encodeEdits, hashText, storageKey } from '../../src/edit/storage.js';

const original: Bead[] = [
  { a: [0], b: [0], score: 0.9, type: '1-1', scores: { cost: 0.1 } },
  { a: [1, 2], b: [1], score: 0.4, scores: { cost: 0.7 } },
  { a: [3], b: [], score: 0.2, scores: {} },
];

describe('edits kept in the browser', () => {
  it('stores an unchanged bead as its index and reads every bead back equal', () => {
    let beads = applyChange(original, mergeWithNext(original, 1) as Change);
    beads = applyChange(beads, confirmBead(beads, 0) as Change);
    const text = encodeEdits(original, beads, '2026-11-29T19:00:00.000Z');
    expect(JSON.parse(text).beads).toEqual([{ a: 1, b: 1, score: 0.9, type: '1-1', scores: { cost: 0.1 }, status: 'confirmed' }, { a: 3, b: 1, score: 1, type: '3-1', scores: {}, status: 'edited' }]);
    expect(decodeEdits(original, text, 4, 2)).toEqual({ beads, saved: '2026-11-29T19:00:00.000Z' });
    expect(JSON.parse(encodeEdits(original, original, 'now')).beads).toEqual([0, 1, 2]);
  });

  it('round-trips any split of the beads', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(2), fc.nat(1), (i, x, y) => {
        const change = splitBead(original, i, x, y);
        if (typeof change === 'string') return;
        const beads = applyChange(original, change);
        expect(decodeEdits(original, encodeEdits(original, beads, 't'), 4, 2)).toEqual({ beads, saved: 't' });
      }),
    );
  });

  it('refuses stored edits that do not fit the report, saying why', () => {
    expect(decodeEdits(original, 'not json', 4, 2)).toBe('the stored edits are not JSON');
    expect(decodeEdits(original, '{"version":2}', 4, 2)).toBe('the stored edits are not in the expected form');
    expect(decodeEdits(original, '{"version":1,"saved":"t","beads":[0,1,7]}', 4, 2)).toMatch(/name unit 7/);
    expect(decodeEdits(original, '{"version":1,"saved":"t","beads":[0,1]}', 4, 2)).toMatch(/do not fit this report: the units hold 3 and 2 sentences/);
  });

  it('keys edits by the report’s content', () => {
    expect(storageKey('{"a":1}')).toBe(storageKey('{"a":1}'));
    expect(storageKey('{"a":1}')).not.toBe(storageKey('{"a":2}'));
    expect(hashText('对照')).not.toBe(hashText('對照'));
    expect(storageKey('{"a":1}')).toMatch(/^duizhao:edits:7:[0-9a-z]+$/);
  });
});
