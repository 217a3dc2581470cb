/**
 * The page: reads the embedded JSON, parses it with the core's schemas,
 * renders the table in chunks (the first rows at once, the rest a chunk per
 * task so a 10,000-row report never blocks the page), and wires navigation:
 * problems-only filter, `n`/`p`, search, the overview strip, and linked
 * highlighting of a sentence's partners.
 */
import { DATA_ELEMENT_ID, ViewerData } from './data.js';
import { buildView, choosePair, listPairs, type View } from './model.js';
import { startEdit } from './edit/mode.js';
import { storageKey } from './edit/storage.js';
import { buildSummaryModel, isSummaryPair } from './summary/model.js';
import { showSummary } from './summary/view.js';
import { el, renderColgroup, renderHead, renderLegend, renderOverview, renderRow } from './table.js';

/** Rows rendered before the page first shows. */
const FIRST_CHUNK = 150;
/** Rows rendered per later task. */
const CHUNK = 400;

interface State {
  view: View;
  tbody: HTMLTableSectionElement;
  table: HTMLTableElement;
  rows: HTMLTableRowElement[];
  /** `column:sentence` → rendered sentence elements. */
  spans: Map<string, HTMLElement[]>;
  /** `column:sentence` → indices of rows that show it. */
  rowsOf: Map<string, number[]>;
  problemsOnly: boolean;
  query: string;
  current: number;
  generation: number;
}

const doc = document;
let state: State | undefined;

function isVisible(s: State, index: number): boolean {
  const row = s.view.rows[index]!;
  return (!s.problemsOnly || row.problem) && (s.query === '' || row.search.includes(s.query));
}

function renderUntil(s: State, end: number): void {
  const limit = Math.min(end, s.view.rows.length);
  if (s.rows.length >= limit) return;
  const fragment = doc.createDocumentFragment();
  for (let i = s.rows.length; i < limit; i++) {
    const tr = renderRow(doc, s.view.rows[i]!, s.view.columns);
    tr.hidden = !isVisible(s, i);
    for (const span of tr.querySelectorAll<HTMLElement>('.s')) {
      const key = span.dataset.key!;
      const list = s.spans.get(key);
      if (list) list.push(span);
      else s.spans.set(key, [span]);
    }
    s.rows.push(tr);
    fragment.append(tr);
  }
  s.tbody.append(fragment);
}

function scheduleRest(s: State): void {
  const generation = s.generation;
  const step = () => {
    if (state !== s || s.generation !== generation) return;
    renderUntil(s, s.rows.length + CHUNK);
    if (s.rows.length < s.view.rows.length) setTimeout(step, 0);
    else {
      s.table.removeAttribute('aria-busy');
      performance.mark('duizhao:all-rows');
      doc.body.dataset.rendered = 'all';
      updateStatus(s);
    }
  };
  setTimeout(step, 0);
}

function applyFilter(s: State): void {
  s.rows.forEach((tr, i) => {
    tr.hidden = !isVisible(s, i);
  });
  updateStatus(s);
}

function updateStatus(s: State, message?: string): void {
  let shown = 0;
  let problems = 0;
  s.view.rows.forEach((row, i) => {
    if (isVisible(s, i)) {
      shown++;
      if (row.problem) problems++;
    }
  });
  const status = doc.getElementById('status');
  if (status) status.textContent = message ?? `${shown} of ${s.view.rows.length} rows shown, ${problems} with problems`;
}

function focusRow(s: State, index: number): void {
  renderUntil(s, index + 1);
  const tr = s.rows[index];
  if (!tr) return;
  if (tr.hidden) {
    s.problemsOnly = false;
    s.query = '';
    (doc.getElementById('problems') as HTMLInputElement).checked = false;
    (doc.getElementById('search') as HTMLInputElement).value = '';
    applyFilter(s);
  }
  s.rows[s.current]?.classList.remove('current');
  s.current = index;
  tr.classList.add('current');
  tr.focus({ preventScroll: true });
  tr.scrollIntoView({ block: 'center' });
}

function stepProblem(s: State, direction: 1 | -1): void {
  const n = s.view.rows.length;
  for (let i = s.current + direction; i >= 0 && i < n; i += direction) {
    if (s.view.rows[i]!.problem && isVisible(s, i)) {
      focusRow(s, i);
      const rank = s.view.rows.slice(0, i + 1).filter((r) => r.problem).length;
      const total = s.view.rows.filter((r) => r.problem).length;
      updateStatus(s, `Problem ${rank} of ${total}: row ${i + 1}, ${s.view.rows[i]!.badges.map((b) => b.label).join(', ')}`);
      return;
    }
  }
  updateStatus(s, direction === 1 ? 'No further problem below' : 'No further problem above');
}

function highlight(s: State, key: string | undefined): void {
  for (const node of s.tbody.querySelectorAll('.s.linked')) node.classList.remove('linked');
  if (key === undefined) return;
  const [column] = key.split(':');
  const keys = new Set<string>([key]);
  for (const r of s.rowsOf.get(key) ?? []) {
    s.view.rows[r]!.cells.forEach((cell, c) => {
      if (String(c) !== column) for (const sentence of cell) keys.add(`${c}:${sentence.index}`);
    });
  }
  for (const k of keys) for (const node of s.spans.get(k) ?? []) node.classList.add('linked');
}

function show(view: View, main: HTMLElement, caption: string): void {
  const rowsOf = new Map<string, number[]>();
  for (const row of view.rows) {
    row.cells.forEach((cell, c) => {
      for (const s of cell) {
        const key = `${c}:${s.index}`;
        const list = rowsOf.get(key);
        if (list) list.push(row.index);
        else rowsOf.set(key, [row.index]);
      }
    });
  }
  const tbody = el(doc, 'tbody');
  const table = el(doc, 'table', { 'aria-busy': 'true' }, el(doc, 'caption', {}, caption), renderColgroup(doc, view.columns), renderHead(doc, view.columns), tbody);
  main.replaceChildren(table);
  const previous = state;
  state = {
    view,
    tbody,
    table,
    rows: [],
    spans: new Map(),
    rowsOf,
    problemsOnly: previous?.problemsOnly ?? false,
    query: previous?.query ?? '',
    current: -1,
    generation: (previous?.generation ?? 0) + 1,
  };
  const s = state;
  renderUntil(s, FIRST_CHUNK);
  performance.mark('duizhao:first-rows');
  if (s.rows.length >= view.rows.length) {
    table.removeAttribute('aria-busy');
    performance.mark('duizhao:all-rows');
    doc.body.dataset.rendered = 'all';
  } else {
    doc.body.dataset.rendered = 'partial';
    scheduleRest(s);
  }
  tbody.addEventListener('pointerover', (e) => highlight(s, (e.target as HTMLElement).closest<HTMLElement>('.s')?.dataset.key));
  tbody.addEventListener('focusin', (e) => highlight(s, (e.target as HTMLElement).closest<HTMLElement>('.s')?.dataset.key));
  tbody.addEventListener('click', (e) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr');
    if (row?.dataset.row !== undefined) {
      s.rows[s.current]?.classList.remove('current');
      s.current = Number(row.dataset.row);
      row.classList.add('current');
    }
  });
  updateStatus(s);
}

function start(): void {
  const body = doc.body;
  let data: ViewerData;
  let raw: unknown;
  try {
    raw = JSON.parse(doc.getElementById(DATA_ELEMENT_ID)?.textContent ?? 'null');
    data = ViewerData.parse(raw);
  } catch (error) {
    body.append(el(doc, 'p', { class: 'error', role: 'alert' }, `This page's report could not be read: ${(error as Error).message}`));
    throw error;
  }
  const { report } = data;
  // An alignment of two versions opens in the edit mode (edit/mode.ts), keyed by the report as embedded.
  if (report.kind === 'alignment') return startEdit(doc, { title: data.title, report, key: storageKey(JSON.stringify((raw as { report: unknown }).report)) });
  const pairs = listPairs(report);
  const summary = el(doc, 'p', { class: 'summary' });
  const overviewSlot = el(doc, 'div');
  const main = el(doc, 'main', { id: 'main' });
  const controls = el(doc, 'div', { class: 'controls' });
  if (pairs.length > 1) {
    const select = el(doc, 'select', { id: 'pair' });
    pairs.forEach((p, k) => select.append(el(doc, 'option', { value: String(k) }, `${p.label}${p.verdict ? ` (${p.verdict})` : ''}`)));
    controls.append(el(doc, 'label', { for: 'pair' }, 'Pair '), select);
    select.addEventListener('change', () => open(Number(select.value)));
  }
  const problems = el(doc, 'input', { type: 'checkbox', id: 'problems' });
  const search = el(doc, 'input', { type: 'search', id: 'search', placeholder: 'text in any version', autocomplete: 'off' });
  const prev = el(doc, 'button', { type: 'button', id: 'prev', 'aria-keyshortcuts': 'p' }, 'Previous problem (p)');
  const next = el(doc, 'button', { type: 'button', id: 'next', 'aria-keyshortcuts': 'n' }, 'Next problem (n)');
  // A summary pair opens in the summary view (summary/view.ts), the table one choice away; the table's own controls show with the table.
  const mode = el(doc, 'select', { id: 'mode' }, el(doc, 'option', { value: 'summary' }, 'summary against source'), el(doc, 'option', { value: 'table' }, 'table of aligned units'));
  const modeControl = el(doc, 'span', { class: 'table-controls' }, el(doc, 'label', { for: 'mode' }, 'View '), mode);
  const tableControls = el(doc, 'span', { class: 'table-controls' });
  controls.append(modeControl, tableControls);
  tableControls.append(
    el(doc, 'label', {}, problems, ' Problems only'),
    prev,
    next,
    el(doc, 'label', { for: 'search' }, 'Search '),
    search,
    el(doc, 'span', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
  );
  const header = el(doc, 'header', {}, el(doc, 'h1', {}, data.title), summary, controls, overviewSlot);
  body.append(header, main);

  const open = (pair: number) => {
    const view = buildView(report, pair);
    summary.textContent = view.summary;
    const summaryPair = report.kind === 'compare' && isSummaryPair(report, pair);
    modeControl.hidden = !summaryPair;
    tableControls.hidden = summaryPair && mode.value === 'summary';
    if (report.kind === 'compare' && summaryPair && mode.value === 'summary') {
      state = undefined;
      doc.body.dataset.view = 'summary';
      showSummary(doc, buildSummaryModel(report, pair), main, overviewSlot);
      doc.body.dataset.rendered = 'all';
      doc.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
      return;
    }
    doc.body.dataset.view = 'table';
    overviewSlot.replaceChildren(renderOverview(doc, view), renderLegend(doc));
    show(view, main, `${pairs[pair]!.label}: a row per aligned unit, a column per version`);
    doc.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`);
  };
  const first = choosePair(report);
  const select = doc.getElementById('pair') as HTMLSelectElement | null;
  if (select) select.value = String(first);
  open(first);

  mode.addEventListener('change', () => open(Number((doc.getElementById('pair') as HTMLSelectElement | null)?.value ?? first)));
  problems.addEventListener('change', () => {
    if (!state) return;
    state.problemsOnly = problems.checked;
    applyFilter(state);
  });
  search.addEventListener('input', () => {
    if (!state) return;
    state.query = search.value.trim().toLowerCase();
    applyFilter(state);
  });
  prev.addEventListener('click', () => state && stepProblem(state, -1));
  next.addEventListener('click', () => state && stepProblem(state, 1));
  overviewSlot.addEventListener('click', (e) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('button')?.dataset.row;
    if (state && row !== undefined) focusRow(state, Number(row));
  });
  overviewSlot.addEventListener('keydown', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    if (!button || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const to = (e.key === 'ArrowRight' ? button.nextElementSibling : button.previousElementSibling) as HTMLElement | null;
    if (!to) return;
    e.preventDefault();
    button.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  });
  // Escape hides the explanation being shown (WCAG 1.4.13: dismissible without moving the pointer or focus) until the pointer or focus leaves it.
  const undismiss = (e: Event): void => {
    const wrap = (e.target as HTMLElement).closest?.('.badge-wrap');
    if (wrap && !wrap.contains((e as FocusEvent).relatedTarget as Node | null)) wrap.classList.remove('dismissed');
  };
  doc.addEventListener('focusout', undismiss);
  doc.addEventListener('mouseout', undismiss);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') for (const wrap of doc.querySelectorAll('.badge-wrap:hover, .badge-wrap:focus-within')) wrap.classList.add('dismissed');
    if (!state || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) {
      if (e.key === 'Escape' && target === search) search.blur();
      return;
    }
    if (e.key === 'n') stepProblem(state, 1);
    else if (e.key === 'p') stepProblem(state, -1);
    else if (e.key === '/') {
      e.preventDefault();
      search.focus();
    } else return;
  });
  window.addEventListener('resize', () => doc.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`));
}

start();
