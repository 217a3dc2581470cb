/**
 * The edit mode for an alignment of two versions: a row per bead, a current
 * row and a chosen sentence in it, the operations of `beads.ts` on keys and
 * buttons, undo/redo, edits kept in the browser, and downloads. DOM wiring
 * only: what an operation does is decided in the pure modules beside this one.
 */
import type { AlignmentReport } from '@duizhao/core';
import { buildView } from '../model.js';
import { el, renderColgroup, renderHead } from '../table.js';
import { confirmBead, mergeWithNext, mergeWithPrevious, setApart, shiftBoundary, type Side } from './beads.js';
import { actionOfKey, listCommands, renderControls, type Action } from './controls.js';
import { edit, markPicked, say, sentencesOf, setCurrent, travel, type Editor } from './editor.js';
import { correctReport, exportFiles, type ExportFormat } from './export.js';
import { commitChange, startSession } from './history.js';
import { jump, page } from './moves.js';
import { rowOf } from './rows.js';
import { drawSplit, endSplit, splitKey, startSplit } from './split-mode.js';
import { download, openStore } from './store.js';
import { ALL_ROWS, extendTo, openWindow } from './window.js';

/** Rows rendered before the page first shows, and per later task. */
const FIRST_CHUNK = 150;
const CHUNK = 400;

export interface EditInput {
  title: string;
  report: AlignmentReport;
  /** The storage key of this report's edits (storage.ts `storageKey`). */
  key: string;
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
    case 'page-down':
      return page(ed, 1);
    case 'page-up':
      return page(ed, -1);
    case 'first':
      return setCurrent(ed, 0);
    case 'last':
      return setCurrent(ed, ed.session.beads.length - 1);
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
