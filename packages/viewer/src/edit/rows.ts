/**
 * The edit mode's table body: a row per bead, built with the view's row
 * renderer (corpus text only as text nodes) and marked with the bead's review
 * status. An edit replaces only the rows of the beads it changed and renumbers
 * the rows below, so an edit costs the same in a 40-row and a 10,000-row table.
 */
import type { AlignmentReport, Bead } from '@duizhao/core';
import { buildBeadRow, type Column } from '../model.js';
import { el, renderRow } from '../table.js';
import type { Change } from './beads.js';

export interface Split {
  cutA: number;
  cutB: number;
  /** The column the arrow keys move the cut in. */
  column: 0 | 1;
}

export interface Body {
  tbody: HTMLTableSectionElement;
  /** One row per bead rendered so far, in bead order. */
  rows: HTMLTableRowElement[];
  /** Counts renumbering runs, so a newer edit's run supersedes an older one. */
  renumbering?: number;
  /** The first row whose number may be stale, while a renumbering is unfinished. */
  unnumbered?: number | undefined;
}

const STATUS_WORDS = { edited: 'edited', confirmed: 'confirmed' } as const;

/** The row of bead `i`, with its status and, while the reviewer splits it, the cut in each column. */
export function renderBead(doc: Document, report: AlignmentReport, columns: readonly Column[], bead: Bead, i: number, split?: Split): HTMLTableRowElement {
  const tr = renderRow(doc, buildBeadRow(report, bead, i), columns);
  tr.removeAttribute('id');
  // Laid out as a grid (edit/style.ts): the roles keep it a row of cells for assistive technology.
  tr.setAttribute('role', 'row');
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

/** Renders beads until `end` rows exist. */
export function renderUntil(doc: Document, body: Body, report: AlignmentReport, columns: readonly Column[], beads: readonly Bead[], end: number): void {
  const limit = Math.min(end, beads.length);
  if (body.rows.length >= limit) return;
  const fragment = doc.createDocumentFragment();
  for (let i = body.rows.length; i < limit; i++) {
    const tr = renderBead(doc, report, columns, beads[i]!, i);
    body.rows.push(tr);
    fragment.append(tr);
  }
  body.tbody.append(fragment);
}

/** Shows `change`, already applied to give `beads`: its rows replaced, the rows below renumbered when the count changed. */
export function showChange(doc: Document, body: Body, report: AlignmentReport, columns: readonly Column[], change: Change): void {
  const fresh = change.insert.map((bead, k) => renderBead(doc, report, columns, bead, change.at + k));
  const old = body.rows.splice(change.at, change.remove, ...fresh);
  const anchor = old[0] ?? body.rows[change.at + fresh.length] ?? null;
  const fragment = doc.createDocumentFragment();
  fragment.append(...fresh);
  body.tbody.insertBefore(fragment, anchor);
  for (const tr of old) tr.remove();
  if (change.insert.length !== change.remove) renumber(body, change.at + fresh.length);
}

/** Rows renumbered before an edit is shown (more than a screenful); the rest follow in later tasks. */
const RENUMBER_NOW = 200;
const RENUMBER_CHUNK = 2000;

/**
 * Renumbers the rows from `from`: the first screenful at once, the rest a
 * chunk per task, so an edit near the top of 10,000 rows is on screen before
 * thousands of row numbers below it are rewritten. A later edit restarts it.
 */
function renumber(body: Body, from: number): void {
  const generation = (body.renumbering = (body.renumbering ?? 0) + 1);
  // An unfinished earlier run left the rows from `body.unnumbered` on stale numbers: start from there if it is earlier.
  const start = Math.min(from, body.unnumbered ?? from);
  const run = (first: number, end: number): void => {
    if (body.renumbering !== generation) return;
    const stop = Math.min(end, body.rows.length);
    for (let i = first; i < stop; i++) {
      const tr = body.rows[i]!;
      tr.dataset.row = String(i);
      tr.firstElementChild!.textContent = String(i + 1);
    }
    body.unnumbered = stop < body.rows.length ? stop : undefined;
    if (stop < body.rows.length) setTimeout(() => run(stop, stop + RENUMBER_CHUNK), 0);
  };
  run(start, from + RENUMBER_NOW);
}
