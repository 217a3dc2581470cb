/**
 * The edit mode for an alignment of two versions: a row per bead, a current
 * row and a chosen sentence in it, the operations of `beads.ts` on keys and
 * buttons, undo/redo, edits kept in the browser, and downloads. DOM wiring
 * only: what an operation does is decided in the pure modules beside this one.
 */
import type { AlignmentReport } from '@duizhao/core';
import { buildView } from '../model.js';
import { el, renderColgroup, renderHead } from '../table.js';
import { confirmBead, isRefusal, mergeWithNext, mergeWithPrevious, setApart, shiftBoundary, splitBead, type Change, type Refusal, type Side } from './beads.js';
import { actionOfKey, listCommands, renderControls, type Action } from './controls.js';
import { commitChange, redoStep, startSession, undoStep, type Session } from './history.js';
import { findNext, isTarget, type Target } from './navigate.js';
import { renderBead, rowOf, type Split } from './rows.js';
import { ALL_ROWS, bringIn, extendTo, openWindow, redraw, showEdit, type Sheet } from './window.js';
import { download, openStore, type Store } from './store.js';
import { correctReport, exportFiles, type ExportFormat } from './export.js';

/** Rows rendered before the page first shows, and per later task. */
const FIRST_CHUNK = 150;
const CHUNK = 400;
/** Confidence below which an unreviewed paired unit is "low" (the view's threshold). */
const LOW = 0.3;

interface Editor extends Sheet {
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

export interface EditInput {
  title: string;
  report: AlignmentReport;
  /** The storage key of this report's edits (storage.ts `storageKey`). */
  key: string;
}

const say = (ed: Editor, message: string): void => {
  ed.status.textContent = message;
};

function sentencesOf(ed: Editor, i: number): { side: Side; sentence: number; column: 0 | 1 }[] {
  const bead = ed.session.beads[i];
  if (!bead) return [];
  return [...bead.a.map((sentence) => ({ side: 'a' as const, sentence, column: 0 as const })), ...bead.b.map((sentence) => ({ side: 'b' as const, sentence, column: 1 as const }))];
}

function markPicked(ed: Editor): void {
  ed.pickedNode?.classList.remove('picked');
  const chosen = sentencesOf(ed, ed.current)[ed.picked];
  const tr = rowOf(ed.body, ed.current);
  ed.pickedNode = chosen && tr ? (tr.querySelector<HTMLElement>(`.s[data-key="${chosen.column}:${chosen.sentence}"]`) ?? undefined) : undefined;
  ed.pickedNode?.classList.add('picked');
}

function setCurrent(ed: Editor, index: number, scroll: 'nearest' | 'center' = 'nearest'): void {
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
function show(ed: Editor, change: Change, focus: number): void {
  showEdit(ed, change);
  ed.current = -1;
  setCurrent(ed, focus);
  ed.store.schedule(ed.session.beads);
}

function edit(ed: Editor, result: Change | Refusal, label: string, focus?: number): void {
  if (isRefusal(result)) return say(ed, `Not done: ${result}.`);
  ed.session = commitChange(ed.session, result, label);
  show(ed, result, focus ?? result.at);
  say(ed, `${label[0]!.toUpperCase()}${label.slice(1)}. Undo with z.`);
}

function travel(ed: Editor, which: 'undo' | 'redo'): void {
  const step = which === 'undo' ? undoStep(ed.session) : redoStep(ed.session);
  if (!step) return say(ed, which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
  ed.session = step.session;
  show(ed, step.change, step.change.at);
  say(ed, `${which === 'undo' ? 'Undid' : 'Redid'}: ${step.label}.`);
}

function jump(ed: Editor, target: Target, direction: 1 | -1, name: string): void {
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

function drawSplit(ed: Editor): void {
  redraw(ed, ed.current, renderBead(ed.src, ed.session.beads[ed.current]!, ed.current, ed.split));
  const i = ed.current;
  ed.current = -1;
  setCurrent(ed, i);
  const bead = ed.session.beads[i]!;
  const part = (n: number, of: number) => (n === 0 ? 'none' : n === of ? 'all' : `the first ${n}`);
  say(ed, `Split unit ${i + 1}: the first part gets ${part(ed.split!.cutA, bead.a.length)} of ${bead.a.length} in ${ed.src.columns[0]!.id} and ${part(ed.split!.cutB, bead.b.length)} of ${bead.b.length} in ${ed.src.columns[1]!.id}. ←/→ move the cut, Tab switches version, Enter splits, Esc cancels.`);
}

function startSplit(ed: Editor): void {
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

function endSplit(ed: Editor, apply: boolean): void {
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
function splitKey(ed: Editor, e: KeyboardEvent): void {
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

function exportAs(ed: Editor, format: ExportFormat): void {
  try {
    const files = exportFiles(correctReport(ed.src.report, ed.session.beads), format);
    for (const file of files) download(ed.src.doc, file);
    say(ed, `Downloaded ${files.map((f) => f.name).join(' and ')}.`);
  } catch (error) {
    say(ed, `Not exported: ${(error as Error).message}.`);
  }
}

function act(ed: Editor, action: Action): void {
  const i = ed.current;
  const chosen = sentencesOf(ed, i)[ed.picked];
  const count = sentencesOf(ed, i).length;
  switch (action) {
    case 'down':
      return setCurrent(ed, i + 1);
    case 'up':
      return setCurrent(ed, i - 1);
    case 'right':
    case 'left':
      ed.picked = (ed.picked + (action === 'right' ? 1 : count - 1)) % Math.max(count, 1);
      markPicked(ed);
      if (chosen) say(ed, `Sentence ${(sentencesOf(ed, i)[ed.picked]?.sentence ?? 0) + 1} of ${ed.src.columns[sentencesOf(ed, i)[ed.picked]?.column ?? 0]!.id} chosen.`);
      return;
    case 'merge-next':
      return edit(ed, mergeWithNext(ed.session.beads, i), `merged units ${i + 1} and ${i + 2}`);
    case 'merge-previous':
      return edit(ed, mergeWithPrevious(ed.session.beads, i), `merged units ${i} and ${i + 1}`);
    case 'split':
      return startSplit(ed);
    case 'a-up':
    case 'a-down':
    case 'b-up':
    case 'b-down': {
      const side: Side = action[0] === 'a' ? 'a' : 'b';
      const direction = action.endsWith('up') ? 'up' : 'down';
      return edit(ed, shiftBoundary(ed.session.beads, i, side, direction), `moved the boundary below unit ${i + 1} ${direction} in ${ed.src.columns[side === 'a' ? 0 : 1]!.id}`);
    }
    case 'apart':
      if (!chosen) return say(ed, 'Not done: choose a sentence with ← and → first.');
      return edit(ed, setApart(ed.session.beads, i, chosen.side, chosen.sentence), `set sentence ${chosen.sentence + 1} of ${ed.src.columns[chosen.column]!.id} apart (no counterpart)`);
    case 'confirm':
      return edit(ed, confirmBead(ed.session.beads, i), `confirmed unit ${i + 1}`, Math.min(i + 1, ed.session.beads.length - 1));
    case 'undo':
    case 'redo':
      return travel(ed, action);
    case 'next-unconfirmed':
      return jump(ed, 'unconfirmed', 1, 'unconfirmed unit');
    case 'next-low':
      return jump(ed, 'low', 1, 'low-confidence unit');
    case 'next-problem':
      return jump(ed, 'problem', 1, 'problem');
    case 'previous-problem':
      return jump(ed, 'problem', -1, 'problem');
    case 'save':
      return exportAs(ed, 'json');
    case 'export-tmx':
    case 'export-tsv':
    case 'export-moses':
      return exportAs(ed, action.slice('export-'.length) as ExportFormat);
  }
}

/** With every row in the page, builds the rest a chunk per task; with a window of rows, there is no rest. */
function renderRest(ed: Editor, table: HTMLTableElement): void {
  const all = () => ed.body.heights !== undefined || ed.body.first + ed.body.rows.length >= ed.session.beads.length;
  const step = () => {
    extendTo(ed, ed.body.first + ed.body.rows.length + CHUNK);
    if (!all()) setTimeout(step, 0);
    else {
      table.removeAttribute('aria-busy');
      performance.mark('duizhao:all-rows');
      ed.src.doc.body.dataset.rendered = 'all';
    }
  };
  if (!all()) setTimeout(step, 0);
  else step();
}

/** Builds the edit mode for `input` into the page's body. */
export function startEdit(doc: Document, input: EditInput): void {
  const { report } = input;
  const view = buildView(report);
  // Buttons name a version by its language tag (short); two versions in one language by their place.
  const [langA, langB] = view.columns.map((c) => c.lang) as [string, string];
  const commands = langA === langB ? listCommands('left', 'right') : listCommands(langA, langB);
  const { toolbar, help } = renderControls(doc, commands);
  const status = el(doc, 'span', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const kept = el(doc, 'span', { id: 'kept', class: 'kept' });
  const header = el(doc, 'header', {}, el(doc, 'h1', {}, input.title), el(doc, 'p', { class: 'summary' }, `${view.summary} Edit mode: correct the alignment, then save or export it.`), toolbar, el(doc, 'div', { class: 'controls' }, status, kept, help));
  const tbody = el(doc, 'tbody');
  // Explicit roles: the rows are laid out as grids (edit/style.ts), which must not cost them their table semantics.
  const table = el(doc, 'table', { 'aria-busy': 'true', role: 'table' }, el(doc, 'caption', {}, `${view.columns[0]!.id} ↔ ${view.columns[1]!.id}: a row per aligned unit; the current unit is the one keys act on`), renderColgroup(doc, view.columns), renderHead(doc, view.columns), tbody);
  tbody.setAttribute('role', 'rowgroup');
  for (const node of table.querySelectorAll('thead, thead tr, thead th')) node.setAttribute('role', node.tagName === 'TH' ? 'columnheader' : node.tagName === 'TR' ? 'row' : 'rowgroup');
  doc.body.append(header, el(doc, 'main', { id: 'main', class: 'edit' }, table));
  // The table's head sticks below the page's header, whose height changes with the width and the status line;
  // a row scrolled into view stops below both, not under them.
  const thead = table.tHead!;
  const stuck = () => {
    doc.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
    doc.documentElement.style.scrollPaddingTop = `${header.offsetHeight + thead.offsetHeight}px`;
  };
  stuck();
  const watch = new ResizeObserver(stuck);
  watch.observe(header);
  watch.observe(thead);

  const store = openStore(input.key, report.alignment.beads, report.versions[0].sentences.length, report.versions[1].sentences.length, kept);
  let session = startSession(report.alignment.beads);
  if (store.restored) session = commitChange(session, { at: 0, remove: session.beads.length, insert: store.restored.beads }, `the edits kept in this browser (${store.restored.saved})`);
  const ed: Editor = {
    src: { doc, report, columns: view.columns },
    session,
    beads: () => ed.session.beads,
    body: { tbody, first: 0, rows: [] },
    current: -1,
    picked: 0,
    split: undefined,
    marked: undefined,
    pickedNode: undefined,
    store,
    status,
  };
  table.setAttribute('aria-rowcount', String(session.beads.length + 1));
  if (session.beads.length > ALL_ROWS) openWindow(ed, session.beads.length);
  else extendTo(ed, FIRST_CHUNK);
  performance.mark('duizhao:first-rows');
  doc.body.dataset.rendered = 'partial';
  renderRest(ed, table);
  setCurrent(ed, 0);
  say(ed, store.message ?? `${session.beads.length} units. Keys: ↓/↑ move, m merge, s split, [ ] { } shift a boundary, x no counterpart, c confirm, z undo, u next unconfirmed, l next low confidence.`);

  toolbar.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('button[data-action]')?.dataset.action as Action | undefined;
    if (!action) return;
    if (ed.split) endSplit(ed, false);
    act(ed, action);
    if (!action.startsWith('export') && action !== 'save') rowOf(ed.body, ed.current)?.focus({ preventScroll: true });
  });
  tbody.addEventListener('click', (e) => {
    const tr = (e.target as HTMLElement).closest('tr');
    const i = tr?.dataset.row === undefined ? -1 : Number(tr.dataset.row);
    if (i < 0) return;
    const span = (e.target as HTMLElement).closest<HTMLElement>('.s');
    if (ed.split && i === ed.current && span) {
      // A click in split mode puts the cut after the clicked sentence, in its version.
      const [column, sentence] = span.dataset.key!.split(':').map(Number) as [0 | 1, number];
      const ids = column === 0 ? ed.session.beads[i]!.a : ed.session.beads[i]!.b;
      ed.split.column = column;
      if (column === 0) ed.split.cutA = ids.indexOf(sentence) + 1;
      else ed.split.cutB = ids.indexOf(sentence) + 1;
      return drawSplit(ed);
    }
    if (ed.split) endSplit(ed, false);
    setCurrent(ed, i);
    if (span) {
      ed.picked = Math.max(0, sentencesOf(ed, i).findIndex((s) => `${s.column}:${s.sentence}` === span.dataset.key));
      markPicked(ed);
    }
  });
  doc.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, summary')) return;
    if (ed.split) return splitKey(ed, e);
    if (target.closest('button') && (e.key === 'Enter' || e.key === ' ')) return;
    const action = actionOfKey(commands, e);
    if (!action) return;
    e.preventDefault();
    act(ed, action);
  });
  // Edits are written a moment after they are shown; leaving the page writes at once.
  window.addEventListener('pagehide', () => store.flush());
}
