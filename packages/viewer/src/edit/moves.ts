/**
 * Moving the current unit by more than one: a screenful (Page Down / Page Up,
 * as in a list) and to the next unit to review (navigate.ts decides which).
 */
import { LOW, say, setCurrent, type Editor } from './editor.js';
import { findNext, isTarget, type Target } from './navigate.js';
import { rowOf } from './rows.js';

/** The units on screen (below the sticky header and table head), first and last, around the current one. */
function onScreenRange(ed: Editor): [number, number] {
  const win = ed.src.doc.defaultView!;
  // Rows under the sticky table head are not on screen.
  const top = ed.body.tbody.closest('table')?.tHead?.getBoundingClientRect().bottom ?? 0;
  const visible = (i: number) => {
    const rect = rowOf(ed.body, i)?.getBoundingClientRect();
    return rect !== undefined && rect.bottom > top + 1 && rect.top < win.innerHeight - 1;
  };
  let [first, last] = [ed.current, ed.current];
  while (first > 0 && visible(first - 1)) first--;
  while (last < ed.session.beads.length - 1 && visible(last + 1)) last++;
  return [first, last];
}

/** Page Down / Page Up as in a list: to the last (first) unit on screen; from there, a screenful further. */
export function page(ed: Editor, direction: 1 | -1): void {
  const [first, last] = onScreenRange(ed);
  const edge = direction === 1 ? last : first;
  const target = edge !== ed.current ? edge : ed.current + direction * Math.max(1, last - first);
  setCurrent(ed, target, 'nearest');
}

export function jump(ed: Editor, target: Target, direction: 1 | -1, name: string): void {
  const i = findNext(ed.session.beads, ed.current, target, LOW, direction);
  if (i === undefined) return say(ed, `No further ${name} ${direction === 1 ? 'below' : 'above'}.`);
  setCurrent(ed, i, 'center');
  let rank = 0;
  let total = 0;
  ed.session.beads.forEach((bead, k) => {
    if (!isTarget(bead, target, LOW)) return;
    total++;
    if (k <= i) rank++;
  });
  say(ed, `${name[0]!.toUpperCase()}${name.slice(1)} ${rank} of ${total}: row ${i + 1}.`);
}
