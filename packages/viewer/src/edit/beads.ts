/**
 * The reviewer's operations on a sentence alignment, as pure functions over
 * the bead list. Each returns a `Change` (replace `remove` beads at `at` with
 * `insert`) or, when it does not apply, the reason as a sentence. Every change
 * keeps the invariant of a sentence alignment (Gale & Church 1993): every
 * sentence of both versions is in exactly one bead, in document order, and no
 * bead is empty. The operations are those of interactive aligners such as
 * InterText and LF Aligner's review step: merge, split, shift a boundary by
 * one sentence, set a sentence apart as having no counterpart, confirm.
 */
import type { Bead } from '@duizhao/core';

/** Replace `remove` beads from `at` with `insert`. */
export interface Change {
  at: number;
  remove: number;
  insert: Bead[];
}

export type Side = 'a' | 'b';

/** Why an operation does not apply here, for the status line. */
export type Refusal = string;

export const isRefusal = (result: Change | Refusal): result is Refusal => typeof result === 'string';

/**
 * A bead the reviewer made. Its score is 1: the aligner's score and its
 * components described the bead the aligner proposed, not this one, so they
 * are dropped rather than carried over to a bead they do not describe.
 */
export function editedBead(a: readonly number[], b: readonly number[]): Bead {
  return { a: [...a], b: [...b], score: 1, type: `${a.length}-${b.length}`, scores: {}, status: 'edited' };
}

/** `beads` with `change` applied (a new array; the beads themselves are shared). */
export function applyChange(beads: readonly Bead[], change: Change): Bead[] {
  return [...beads.slice(0, change.at), ...change.insert, ...beads.slice(change.at + change.remove)];
}

/** The change that undoes `change` when applied to `applyChange(beads, change)`. */
export function invertChange(beads: readonly Bead[], change: Change): Change {
  return { at: change.at, remove: change.insert.length, insert: beads.slice(change.at, change.at + change.remove) };
}

const describe = (i: number) => `unit ${i + 1}`;

/** Bead `i` and the next become one. */
export function mergeWithNext(beads: readonly Bead[], i: number): Change | Refusal {
  const bead = beads[i];
  const next = beads[i + 1];
  if (!bead) return `there is no ${describe(i)}`;
  if (!next) return `${describe(i)} is the last; there is nothing below to merge with`;
  return { at: i, remove: 2, insert: [editedBead([...bead.a, ...next.a], [...bead.b, ...next.b])] };
}

/** Bead `i` and the previous become one. */
export function mergeWithPrevious(beads: readonly Bead[], i: number): Change | Refusal {
  if (i === 0) return `${describe(i)} is the first; there is nothing above to merge with`;
  return mergeWithNext(beads, i - 1);
}

/** Bead `i` becomes two: its first `cutA` sentences of side a and `cutB` of side b, then the rest. */
export function splitBead(beads: readonly Bead[], i: number, cutA: number, cutB: number): Change | Refusal {
  const bead = beads[i];
  if (!bead) return `there is no ${describe(i)}`;
  if (cutA < 0 || cutA > bead.a.length || cutB < 0 || cutB > bead.b.length) return `a split of ${describe(i)} must fall between its sentences`;
  const first = editedBead(bead.a.slice(0, cutA), bead.b.slice(0, cutB));
  const second = editedBead(bead.a.slice(cutA), bead.b.slice(cutB));
  if (first.a.length + first.b.length === 0 || second.a.length + second.b.length === 0) return 'each part of a split needs at least one sentence';
  return { at: i, remove: 1, insert: [first, second] };
}

/**
 * Moves the boundary between bead `i` and the next by one sentence of side
 * `side`: `down` takes the next bead's first sentence into bead `i`, `up`
 * gives bead `i`'s last sentence to the next. A bead left empty is removed.
 */
export function shiftBoundary(beads: readonly Bead[], i: number, side: Side, direction: 'up' | 'down'): Change | Refusal {
  const bead = beads[i];
  const next = beads[i + 1];
  if (!bead) return `there is no ${describe(i)}`;
  if (!next) return `${describe(i)} is the last; its lower boundary cannot move`;
  const other: Side = side === 'a' ? 'b' : 'a';
  let mine = bead[side];
  let theirs = next[side];
  if (direction === 'down') {
    if (theirs.length === 0) return `${describe(i + 1)} has no sentence of this version to take`;
    mine = [...mine, theirs[0]!];
    theirs = theirs.slice(1);
  } else {
    if (mine.length === 0) return `${describe(i)} has no sentence of this version to give`;
    theirs = [mine[mine.length - 1]!, ...theirs];
    mine = mine.slice(0, -1);
  }
  const upper = side === 'a' ? editedBead(mine, bead[other]) : editedBead(bead[other], mine);
  const lower = side === 'a' ? editedBead(theirs, next[other]) : editedBead(next[other], theirs);
  return { at: i, remove: 2, insert: [upper, lower].filter((x) => x.a.length + x.b.length > 0) };
}

/**
 * Sentence `sentence` of side `side`, in bead `i`, has no counterpart: it
 * gets a bead of its own. Only the first or last sentence of its side in the
 * bead can be set apart (one in the middle would leave the bead's other side
 * without an order to follow); split the bead first for those.
 */
export function setApart(beads: readonly Bead[], i: number, side: Side, sentence: number): Change | Refusal {
  const bead = beads[i];
  if (!bead) return `there is no ${describe(i)}`;
  const ids = bead[side];
  const k = ids.indexOf(sentence);
  if (k < 0) return `sentence ${sentence + 1} is not in ${describe(i)}`;
  const other: Side = side === 'a' ? 'b' : 'a';
  if (ids.length === 1 && bead[other].length === 0) return `sentence ${sentence + 1} already has no counterpart`;
  const alone = side === 'a' ? editedBead([sentence], []) : editedBead([], [sentence]);
  const restIds = ids.filter((id) => id !== sentence);
  const rest = side === 'a' ? editedBead(restIds, bead.b) : editedBead(bead.a, restIds);
  if (restIds.length === 0) {
    // The only sentence of its side: the bead becomes two one-sided beads, side a's first.
    const otherAlone = side === 'a' ? editedBead([], bead.b) : editedBead(bead.a, []);
    return { at: i, remove: 1, insert: side === 'a' ? [alone, otherAlone] : [otherAlone, alone] };
  }
  if (k === 0) return { at: i, remove: 1, insert: [alone, rest] };
  if (k === ids.length - 1) return { at: i, remove: 1, insert: [rest, alone] };
  return `only the first or last sentence of a unit can be set apart; split ${describe(i)} first`;
}

/** The reviewer checked bead `i` and keeps it as it is (its score stays the aligner's). */
export function confirmBead(beads: readonly Bead[], i: number): Change | Refusal {
  const bead = beads[i];
  if (!bead) return `there is no ${describe(i)}`;
  if (bead.status === 'confirmed') return `${describe(i)} is already confirmed`;
  return { at: i, remove: 1, insert: [{ ...bead, status: 'confirmed' }] };
}

/**
 * Why `beads` is not a sentence alignment of versions with `sizeA` and `sizeB`
 * sentences, or undefined when it is: every sentence once, in order, no empty bead.
 */
export function checkBeads(beads: readonly Bead[], sizeA: number, sizeB: number): string | undefined {
  let nextA = 0;
  let nextB = 0;
  for (const [i, bead] of beads.entries()) {
    if (bead.a.length + bead.b.length === 0) return `${describe(i)} is empty`;
    for (const id of bead.a) if (id !== nextA++) return `${describe(i)} has sentence ${id + 1} of the first version where ${nextA} was due`;
    for (const id of bead.b) if (id !== nextB++) return `${describe(i)} has sentence ${id + 1} of the second version where ${nextB} was due`;
  }
  if (nextA !== sizeA || nextB !== sizeB) return `the units hold ${nextA} and ${nextB} sentences, but the versions have ${sizeA} and ${sizeB}`;
  return undefined;
}
