/**
 * The edit mode's table rows: a row per bead, built with the view's row
 * renderer (corpus text only as text nodes) and marked with the bead's review
 * status. The rows rendered are a contiguous run of beads (all of them, or the
 * ones near the screen: window.ts); an edit replaces only the rows of the
 * beads it changed and renumbers the rendered rows below, so it costs the same
 * in a 40-row and a 10,000-row table.
 */
import type { AlignmentReport, Bead } from '@duizhao/core';
import { buildBeadRow, type Column } from '../model.js';
import { el, renderRow } from '../table.js';
import type { Change } from './beads.js';
import type { Heights } from './heights.js';

export interface Split {
  cutA: number;
  cutB: number;
  /** The column the arrow keys move the cut in. */
  column: 0 | 1;
}

/** What a row is built from. */
export interface RowSource {
  doc: Document;
  report: AlignmentReport;
  columns: readonly Column[];
}

export interface Body {
  tbody: HTMLTableSectionElement;
  /** The bead of the first rendered row. */
  first: number;
  /** The rendered rows, beads `first`, `first + 1`, … in order. */
  rows: HTMLTableRowElement[];
  /** Present when only the rows near the screen are rendered (window.ts). */
  heights?: Heights;
  /** The row last seen on screen and its top then (window.ts). */
  seen?: { row: HTMLTableRowElement; top: number } | undefined;
}

const STATUS_WORDS = { edited: 'edited', confirmed: 'confirmed' } as const;

/** The row of bead `i`, when it is rendered. */
export const rowOf = (body: Body, i: number): HTMLTableRowElement | undefined => (i >= body.first ? body.rows[i - body.first] : undefined);

/** The end of the run of rendered rows. */
export const renderedEnd = (body: Body): number => body.first + body.rows.length;

/** Row numbers: the visible one, and the table position for assistive technology (the header is row 1). */
function number(tr: HTMLTableRowElement, i: number): void {
  tr.dataset.row = String(i);
  tr.setAttribute('aria-rowindex', String(i + 2));
  tr.firstElementChild!.textContent = String(i + 1);
}

/** The row of bead `i`, with its status and, while the reviewer splits it, the cut in each column. */
export function renderBead(src: RowSource, bead: Bead, i: number, split?: Split): HTMLTableRowElement {
  const { doc } = src;
  const tr = renderRow(doc, buildBeadRow(src.report, bead, i), src.columns);
  tr.removeAttribute('id');
  // Laid out as a grid (edit/style.ts): the roles keep it a row of cells for assistive technology.
  tr.setAttribute('role', 'row');
  tr.setAttribute('aria-rowindex', String(i + 2));
  for (const cell of tr.children) cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
  const status = bead.status ?? 'automatic';
  tr.dataset.status = status;
  if (status !== 'automatic') {
    const score = tr.querySelector('td.score')!;
    // A reviewer decided this unit: the aligner's confidence no longer says anything about it, so the status stands in its place.
    score.replaceChildren();
    tr.style.removeProperty('--confidence');
    score.append(el(doc, 'span', { class: `state ${status}` }, STATUS_WORDS[status]));
  }
  if (split) {
    const cells = tr.querySelectorAll('td');
    [split.cutA, split.cutB].forEach((cut, c) => {
      const td = cells[c]!;
      const marker = el(doc, 'span', { class: `cut${split.column === c ? ' active' : ''}`, 'aria-hidden': 'true' }, '✂');
      const sentences = td.querySelectorAll('.s');
      if (cut < sentences.length) sentences[cut]!.before(marker);
      else td.append(marker);
    });
    tr.classList.add('splitting');
  }
  return tr;
}

/**
 * Makes the rendered rows beads `start`…`end`: the rows in `keep` (by their
 * bead now) stay where they are, renumbered if their bead moved; every other
 * row goes; the missing ones are built. Returns the rows built.
 */
export function placeRows(src: RowSource, body: Body, beads: readonly Bead[], start: number, end: number, keep: ReadonlyMap<number, HTMLTableRowElement>): HTMLTableRowElement[] {
  end = Math.min(end, beads.length);
  start = Math.min(start, end);
  const kept = new Set<HTMLTableRowElement>();
  for (const [i, tr] of keep) if (i >= start && i < end) kept.add(tr);
  for (const tr of body.rows) if (!kept.has(tr)) tr.remove();
  const rows: HTMLTableRowElement[] = [];
  const fresh: HTMLTableRowElement[] = [];
  const pending = src.doc.createDocumentFragment();
  for (let i = start; i < end; i++) {
    const tr = keep.get(i);
    if (tr && kept.has(tr)) {
      // Kept rows are in bead order in the body, so the rows built since the last one go just before this one.
      if (pending.childNodes.length > 0) body.tbody.insertBefore(pending, tr);
      if (tr.dataset.row !== String(i)) number(tr, i);
      rows.push(tr);
    } else {
      const row = renderBead(src, beads[i]!, i);
      pending.append(row);
      rows.push(row);
      fresh.push(row);
    }
  }
  if (pending.childNodes.length > 0) body.tbody.append(pending);
  body.first = start;
  body.rows = rows;
  return fresh;
}

/** The rendered rows by bead, as they are. */
export function keepAll(body: Body): Map<number, HTMLTableRowElement> {
  return new Map(body.rows.map((tr, k) => [body.first + k, tr]));
}

/**
 * The rendered rows `change` leaves standing, by their bead after it, and
 * the run of beads to render: the one rendered before, with the changed
 * beads in it replaced, and at most `most` rows more than it had.
 */
export function keepThrough(body: Body, change: Change, most = Number.POSITIVE_INFINITY): { keep: Map<number, HTMLTableRowElement>; start: number; end: number } {
  const delta = change.insert.length - change.remove;
  const after = change.at + change.remove;
  const keep = new Map<number, HTMLTableRowElement>();
  body.rows.forEach((tr, k) => {
    const i = body.first + k;
    if (i < change.at) keep.set(i, tr);
    else if (i >= after) keep.set(i + delta, tr);
  });
  const to = (i: number, inside: number) => (i <= change.at ? i : i >= after ? i + delta : inside);
  const start = to(body.first, change.at);
  const end = to(renderedEnd(body), change.at + change.insert.length);
  return { keep, start, end: Math.min(end, start + Math.max(body.rows.length, 1) + Math.min(change.insert.length, most)) };
}
