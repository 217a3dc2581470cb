/**
 * The edit mode's state and the steps every command shares: which unit is
 * current and which of its sentences is chosen, what the status line says,
 * and how an edit, an undo or a redo is committed and shown.
 */
import { isRefusal, type Change, type Refusal, type Side } from './beads.js';
import { commitChange, redoStep, undoStep, type Session } from './history.js';
import { rowOf, type Split } from './rows.js';
import type { Store } from './store.js';
import { bringIn, showEdit, type Sheet } from './window.js';

/** Confidence below which an unreviewed paired unit is "low" (the view's threshold). */
export const LOW = 0.3;

export interface Editor extends Sheet {
  session: Session;
  current: number;
  /** Index into the current unit's sentences, side a's first. */
  picked: number;
  split: Split | undefined;
  /** The row shown as current. */
  marked: HTMLTableRowElement | undefined;
  /** The sentence shown as chosen. */
  pickedNode: HTMLElement | undefined;
  store: Store;
  status: HTMLElement;
}

export const say = (ed: Editor, message: string): void => {
  ed.status.textContent = message;
};

export function sentencesOf(ed: Editor, i: number): { side: Side; sentence: number; column: 0 | 1 }[] {
  const bead = ed.session.beads[i];
  if (!bead) return [];
  return [...bead.a.map((sentence) => ({ side: 'a' as const, sentence, column: 0 as const })), ...bead.b.map((sentence) => ({ side: 'b' as const, sentence, column: 1 as const }))];
}

export function markPicked(ed: Editor): void {
  ed.pickedNode?.classList.remove('picked');
  const chosen = sentencesOf(ed, ed.current)[ed.picked];
  const tr = rowOf(ed.body, ed.current);
  ed.pickedNode = chosen && tr ? (tr.querySelector<HTMLElement>(`.s[data-key="${chosen.column}:${chosen.sentence}"]`) ?? undefined) : undefined;
  ed.pickedNode?.classList.add('picked');
}

export function setCurrent(ed: Editor, index: number, scroll: 'nearest' | 'center' = 'nearest'): void {
  const i = Math.max(0, Math.min(index, ed.session.beads.length - 1));
  if (i !== ed.current) ed.picked = 0;
  ed.current = i;
  const tr = bringIn(ed, i);
  if (!tr) return;
  // The row marked before may have been replaced by an edit, or may still be there: unmark it either way.
  if (ed.marked !== tr) {
    ed.marked?.classList.remove('current');
    ed.marked?.removeAttribute('aria-current');
  }
  ed.marked = tr;
  tr.classList.add('current');
  tr.setAttribute('aria-current', 'true');
  tr.focus({ preventScroll: true });
  tr.scrollIntoView({ block: scroll });
  markPicked(ed);
}

/** Shows `change` (already in the session), then makes row `focus` current. */
export function show(ed: Editor, change: Change, focus: number): void {
  showEdit(ed, change);
  ed.current = -1;
  setCurrent(ed, focus);
  ed.store.schedule(ed.session.beads);
}

export function edit(ed: Editor, result: Change | Refusal, label: string, focus?: number): void {
  if (isRefusal(result)) return say(ed, `Not done: ${result}.`);
  ed.session = commitChange(ed.session, result, label);
  show(ed, result, focus ?? result.at);
  say(ed, `${label[0]!.toUpperCase()}${label.slice(1)}. Undo with z.`);
}

export function travel(ed: Editor, which: 'undo' | 'redo'): void {
  const step = which === 'undo' ? undoStep(ed.session) : redoStep(ed.session);
  if (!step) return say(ed, which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
  ed.session = step.session;
  show(ed, step.change, step.change.at);
  say(ed, `${which === 'undo' ? 'Undid' : 'Redid'}: ${step.label}.`);
}
