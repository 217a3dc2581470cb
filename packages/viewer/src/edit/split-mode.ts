/**
 * Splitting a unit: a cut shown in each version (✂), moved by keys or a
 * click, then the split made or cancelled.
 */
import { isRefusal, splitBead } from './beads.js';
import { edit, say, setCurrent, type Editor } from './editor.js';
import { renderBead } from './rows.js';
import { redraw } from './window.js';

/** Draws the current unit with its cut, and says in the status line what the split would make. */
export function drawSplit(ed: Editor): void {
  redraw(ed, ed.current, renderBead(ed.src, ed.session.beads[ed.current]!, ed.current, ed.split));
  const i = ed.current;
  ed.current = -1;
  setCurrent(ed, i);
  const bead = ed.session.beads[i]!;
  const part = (n: number, of: number) => (n === 0 ? 'none' : n === of ? 'all' : `the first ${n}`);
  say(ed, `Split unit ${i + 1}: the first part gets ${part(ed.split!.cutA, bead.a.length)} of ${bead.a.length} in ${ed.src.columns[0]!.id} and ${part(ed.split!.cutB, bead.b.length)} of ${bead.b.length} in ${ed.src.columns[1]!.id}. ←/→ move the cut, Tab switches version, Enter splits, Esc cancels.`);
}

export function startSplit(ed: Editor): void {
  const bead = ed.session.beads[ed.current];
  if (!bead || bead.a.length + bead.b.length < 2) return say(ed, 'Not done: a unit of one sentence cannot be split.');
  let cutA = Math.ceil(bead.a.length / 2);
  let cutB = Math.ceil(bead.b.length / 2);
  if (cutA === bead.a.length && cutB === bead.b.length) {
    if (bead.b.length > 0) cutB--;
    else cutA--;
  }
  ed.split = { cutA, cutB, column: bead.a.length > 1 || bead.b.length === 0 ? 0 : 1 };
  drawSplit(ed);
}

export function endSplit(ed: Editor, apply: boolean): void {
  const split = ed.split;
  if (!split) return;
  ed.split = undefined;
  if (apply) {
    const result = splitBead(ed.session.beads, ed.current, split.cutA, split.cutB);
    if (!isRefusal(result)) return edit(ed, result, `split unit ${ed.current + 1}`);
    say(ed, `Not done: ${result}.`);
  } else say(ed, 'Split cancelled.');
  drawSplitless(ed);
}

function drawSplitless(ed: Editor): void {
  redraw(ed, ed.current, renderBead(ed.src, ed.session.beads[ed.current]!, ed.current));
  const i = ed.current;
  ed.current = -1;
  setCurrent(ed, i);
}

/** Keys while splitting: they move the cut, switch the version, split or cancel. */
export function splitKey(ed: Editor, e: KeyboardEvent): void {
  const split = ed.split!;
  const bead = ed.session.beads[ed.current]!;
  const size = split.column === 0 ? bead.a.length : bead.b.length;
  const move = (d: number) => {
    if (split.column === 0) split.cutA = Math.max(0, Math.min(size, split.cutA + d));
    else split.cutB = Math.max(0, Math.min(size, split.cutB + d));
  };
  if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(-1);
  else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(1);
  else if (e.key === 'Tab') split.column = split.column === 0 ? 1 : 0;
  else if (e.key === 'Enter' || e.key === 's') return endSplit(ed, true);
  else if (e.key === 'Escape') return endSplit(ed, false);
  else return;
  e.preventDefault();
  drawSplit(ed);
}
