import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bead } from '@duizhao/core';
import { applyChange, checkBeads, confirmBead, isRefusal, mergeWithNext, mergeWithPrevious, setApart, shiftBoundary, splitBead, type Change, type Refusal } from '../../src/edit/beads.js';
import { commitChange, redoStep, startSession, undoStep, type Session } from '../../src/edit/history.js';

/** Beads from shapes (`[1, 1], [2, 0]` …), numbering each side's sentences in order. */
function makeBeads(shapes: readonly (readonly [number, number])[]): Bead[] {
  let a = 0;
  let b = 0;
  return shapes.map(([na, nb], i) => ({ a: Array.from({ length: na }, () => a++), b: Array.from({ length: nb }, () => b++), score: (i % 10) / 10, scores: { cost: i } }));
}
const sizes = (beads: readonly Bead[]): [number, number] => [beads.reduce((n, x) => n + x.a.length, 0), beads.reduce((n, x) => n + x.b.length, 0)];

/** The beads as one readable line: `0|0 1,2|1 -|2*` (a ids | b ids, `-` for none, `*` edited, `✓` confirmed). */
const show = (beads: readonly Bead[]): string =>
  beads.map((x) => `${x.a.join(',') || '-'}|${x.b.join(',') || '-'}${x.status === 'edited' ? '*' : x.status === 'confirmed' ? '✓' : ''}`).join(' ');

const apply = (beads: Bead[], result: Change | Refusal): Bead[] => {
  if (isRefusal(result)) throw new Error(result);
  return applyChange(beads, result);
};

describe('bead operations', () => {
  const beads = makeBeads([[1, 1], [2, 1], [1, 0], [0, 1], [1, 2]]);
  it('start from the aligner’s beads', () => expect(show(beads)).toBe('0|0 1,2|1 3|- -|2 4|3,4'));

  it('merge a bead with the next or the previous', () => {
    expect(show(apply(beads, mergeWithNext(beads, 0)))).toBe('0,1,2|0,1* 3|- -|2 4|3,4');
    expect(show(apply(beads, mergeWithPrevious(beads, 3)))).toBe('0|0 1,2|1 3|2* 4|3,4');
    expect(mergeWithNext(beads, 4)).toMatch(/is the last/);
    expect(mergeWithPrevious(beads, 0)).toMatch(/is the first/);
  });

  it('split a bead, the reviewer choosing which sentences go to each part', () => {
    expect(show(apply(beads, splitBead(beads, 1, 1, 1)))).toBe('0|0 1|1* 2|-* 3|- -|2 4|3,4');
    expect(show(apply(beads, splitBead(beads, 4, 1, 0)))).toBe('0|0 1,2|1 3|- -|2 4|-* -|3,4*');
    expect(splitBead(beads, 1, 0, 0)).toMatch(/at least one sentence/);
    expect(splitBead(beads, 1, 3, 0)).toMatch(/between its sentences/);
  });

  it('shift a boundary by one sentence on either side; a bead left empty goes', () => {
    expect(show(apply(beads, shiftBoundary(beads, 0, 'a', 'down')))).toBe('0,1|0* 2|1* 3|- -|2 4|3,4');
    expect(show(apply(beads, shiftBoundary(beads, 1, 'a', 'up')))).toBe('0|0 1|1* 2,3|-* -|2 4|3,4');
    expect(show(apply(beads, shiftBoundary(beads, 2, 'a', 'up')))).toBe('0|0 1,2|1 3|2* 4|3,4');
    expect(show(apply(beads, shiftBoundary(beads, 3, 'b', 'down')))).toBe('0|0 1,2|1 3|- -|2,3* 4|4*');
    expect(shiftBoundary(beads, 2, 'b', 'up')).toMatch(/no sentence of this version to give/);
    expect(shiftBoundary(beads, 4, 'a', 'down')).toMatch(/is the last/);
  });

  it('set the first or last sentence of a bead apart as having no counterpart', () => {
    expect(show(apply(beads, setApart(beads, 1, 'a', 1)))).toBe('0|0 1|-* 2|1* 3|- -|2 4|3,4');
    expect(show(apply(beads, setApart(beads, 1, 'a', 2)))).toBe('0|0 1|1* 2|-* 3|- -|2 4|3,4');
    expect(show(apply(beads, setApart(beads, 0, 'b', 0)))).toBe('0|-* -|0* 1,2|1 3|- -|2 4|3,4');
    expect(setApart(beads, 2, 'a', 3)).toMatch(/already has no counterpart/);
    const three = makeBeads([[3, 1]]);
    expect(setApart(three, 0, 'a', 1)).toMatch(/only the first or last/);
  });

  it('confirm a bead, keeping the aligner’s score', () => {
    const confirmed = apply(beads, confirmBead(beads, 1));
    expect(show(confirmed)).toBe('0|0 1,2|1✓ 3|- -|2 4|3,4');
    expect(confirmed[1]!.score).toBe(beads[1]!.score);
    expect(confirmBead(confirmed, 1)).toMatch(/already confirmed/);
  });

  it('an edited bead has score 1 and no aligner components, and its shape as type', () => {
    const merged = apply(beads, mergeWithNext(beads, 0))[0]!;
    expect(merged).toEqual({ a: [0, 1, 2], b: [0, 1], score: 1, type: '3-2', scores: {}, status: 'edited' });
  });

  it('checkBeads says what breaks the invariant', () => {
    expect(checkBeads(beads, 5, 5)).toBeUndefined();
    expect(checkBeads([beads[1]!, beads[0]!], 3, 2)).toMatch(/sentence 2 of the first version where 1 was due/);
    expect(checkBeads(beads, 6, 5)).toMatch(/hold 5 and 5 sentences, but the versions have 6 and 5/);
    expect(checkBeads([{ a: [], b: [], score: 0, scores: {} }], 0, 0)).toMatch(/unit 1 is empty/);
  });
});

const shape = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).filter(([a, b]) => a + b > 0);
const op = fc.tuple(fc.constantFrom('next', 'previous', 'split', 'shift', 'apart', 'confirm'), fc.nat(40), fc.nat(4), fc.nat(4), fc.boolean(), fc.boolean());
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function run(beads: readonly Bead[], [kind, at, x, y, sideA, down]: Op): Change | Refusal {
  const i = at % Math.max(beads.length, 1);
  const side = sideA ? 'a' : 'b';
  switch (kind) {
    case 'next':
      return mergeWithNext(beads, i);
    case 'previous':
      return mergeWithPrevious(beads, i);
    case 'split':
      return splitBead(beads, i, x, y);
    case 'shift':
      return shiftBoundary(beads, i, side, down ? 'down' : 'up');
    case 'apart': {
      const ids = beads[i]?.[side] ?? [];
      return setApart(beads, i, side, ids[x % Math.max(ids.length, 1)] ?? 0);
    }
    case 'confirm':
      return confirmBead(beads, i);
  }
}

describe('properties', () => {
  it('after any sequence of edits every sentence of both versions is in exactly one bead, in order; undo returns to the start and redo to the end', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 12 }), fc.array(op, { maxLength: 25 }), (shapes, ops) => {
        const start = makeBeads(shapes);
        const [na, nb] = sizes(start);
        let session: Session = startSession(start);
        for (const o of ops) {
          const result = run(session.beads, o);
          if (isRefusal(result)) continue;
          session = commitChange(session, result, o[0]);
          expect(checkBeads(session.beads, na, nb)).toBeUndefined();
        }
        const end = session.beads;
        const steps = session.done.length;
        for (let k = 0; k < steps; k++) session = undoStep(session)!.session;
        expect(undoStep(session)).toBeUndefined();
        expect(session.beads).toEqual(start);
        for (let k = 0; k < steps; k++) session = redoStep(session)!.session;
        expect(redoStep(session)).toBeUndefined();
        expect(session.beads).toEqual(end);
      }),
    );
  });

  it('an edit after an undo clears the redo stack', () => {
    const start = makeBeads([[1, 1], [1, 1], [1, 1]]);
    let session = commitChange(startSession(start), mergeWithNext(start, 0) as Change, 'merge');
    session = undoStep(session)!.session;
    session = commitChange(session, confirmBead(session.beads, 2) as Change, 'confirm');
    expect(redoStep(session)).toBeUndefined();
    expect(show(session.beads)).toBe('0|0 1|1 2|2✓');
  });
});
