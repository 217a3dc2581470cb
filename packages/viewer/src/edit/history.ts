/**
 * Undo and redo as a stack of inverse changes (the command pattern): each
 * step keeps the change and the change that undoes it, so a 10,000-bead
 * alignment costs a few beads per step, not a copy of the list.
 */
import type { Bead } from '@duizhao/core';
import { applyChange, invertChange, type Change } from './beads.js';

export interface Step {
  change: Change;
  inverse: Change;
  /** What the step did, for the status line (`merged units 4 and 5`). */
  label: string;
}

/** The beads as they are now, and the steps that led here and can be redone. */
export interface Session {
  beads: Bead[];
  done: Step[];
  undone: Step[];
}

export function startSession(beads: readonly Bead[]): Session {
  return { beads: [...beads], done: [], undone: [] };
}

/** `session` after `change`; a new change clears what could be redone. */
export function commitChange(session: Session, change: Change, label: string): Session {
  const inverse = invertChange(session.beads, change);
  return { beads: applyChange(session.beads, change), done: [...session.done, { change, inverse, label }], undone: [] };
}

/** The session one step back, and the change that took it there; undefined when nothing is left to undo. */
export function undoStep(session: Session): { session: Session; change: Change; label: string } | undefined {
  const step = session.done[session.done.length - 1];
  if (!step) return undefined;
  return {
    session: { beads: applyChange(session.beads, step.inverse), done: session.done.slice(0, -1), undone: [...session.undone, step] },
    change: step.inverse,
    label: step.label,
  };
}

/** The session one step forward again; undefined when nothing was undone. */
export function redoStep(session: Session): { session: Session; change: Change; label: string } | undefined {
  const step = session.undone[session.undone.length - 1];
  if (!step) return undefined;
  return {
    session: { beads: applyChange(session.beads, step.change), done: [...session.done, step], undone: session.undone.slice(0, -1) },
    change: step.change,
    label: step.label,
  };
}
