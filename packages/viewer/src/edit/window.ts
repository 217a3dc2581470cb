/**
 * Which rows of the edit mode's table are in the page. Up to `ALL_ROWS`
 * units, all of them (built a chunk per task after the first screenful), so
 * the browser's find-in-page sees the whole text. Above that, only the rows
 * near the screen (virtual scrolling): the body is padded above and below to
 * the height of the rows left out (heights.ts: measured where a row has been
 * shown, estimated elsewhere), and the run of rows follows the scroll. A
 * 10,000-row table laid out whole took 100–250 ms to show an edit; a window of
 * a few screens lays out in a few.
 */
import type { Bead } from '@duizhao/core';
import type { Change } from './beads.js';
import { createHeights, forgetHeights, measureRow, offsetOf, rowAtOffset, spliceHeights } from './heights.js';
import { keepAll, keepThrough, placeRows, renderedEnd, rowOf, type Body, type RowSource } from './rows.js';

/** Units up to which every row is in the page. */
export const ALL_ROWS = 1000;
/** A row's height before any is measured: two lines of text and the cell padding. */
const FIRST_GUESS = 60;
/** Rows kept beyond the screen on each side, in screen heights; the run is moved when less than half of that is left. */
const MARGIN = 1;

export interface Sheet {
  src: RowSource;
  body: Body;
  /** The beads as they are now. */
  beads: () => readonly Bead[];
}

const windowed = (sheet: Sheet): boolean => sheet.body.heights !== undefined;

function pad(sheet: Sheet): void {
  const { body } = sheet;
  const h = body.heights!;
  body.tbody.style.paddingTop = `${offsetOf(h, body.first)}px`;
  body.tbody.style.paddingBottom = `${offsetOf(h, h.measured.length) - offsetOf(h, renderedEnd(body))}px`;
}

function measure(sheet: Sheet, rows: readonly HTMLTableRowElement[]): void {
  const h = sheet.body.heights!;
  for (const tr of rows) measureRow(h, Number(tr.dataset.row), tr.getBoundingClientRect().height);
}

/** The first of the rows `keep` leaves in `start`…`end` that is on screen (or below it), in page order. */
function anchorOf(sheet: Sheet, start: number, end: number, keep: ReadonlyMap<number, HTMLTableRowElement>): HTMLTableRowElement | undefined {
  const staying = new Set<HTMLTableRowElement>();
  for (const [i, tr] of keep) if (i >= start && i < end) staying.add(tr);
  let last: HTMLTableRowElement | undefined;
  for (const tr of sheet.body.rows) {
    if (!staying.has(tr)) continue;
    last = tr;
    if (tr.getBoundingClientRect().bottom > 0) return tr;
  }
  return last;
}

/** The row a reader is looking at: the focused one if it is on screen, else the one in the middle of the screen. */
function onScreen(sheet: Sheet): HTMLTableRowElement | undefined {
  const { doc } = sheet.src;
  const win = doc.defaultView!;
  const focused = doc.activeElement;
  if (focused instanceof win.HTMLTableRowElement && sheet.body.rows.includes(focused)) {
    const { top, bottom } = focused.getBoundingClientRect();
    if (bottom > 0 && top < win.innerHeight) return focused;
  }
  const middle = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2)?.closest('tr');
  return middle && sheet.body.rows.includes(middle) ? middle : undefined;
}

/** Records the row a reader is looking at and where, for when the window's width changes. */
function note(sheet: Sheet): void {
  const row = onScreen(sheet);
  sheet.body.seen = row ? { row, top: row.getBoundingClientRect().top } : undefined;
}

/**
 * Beads `start`…`end` rendered, the rendered ones in `keep` kept. In a
 * window, the new rows are measured and the body padded again; as that moves
 * every row (the estimate for the rows left out changes with each row
 * measured), the page scrolls by as much, so the first kept row on screen
 * stays where it was. Returns whether a kept row was there to hold on to.
 */
function place(sheet: Sheet, start: number, end: number, keep: ReadonlyMap<number, HTMLTableRowElement> = keepAll(sheet.body)): boolean {
  if (!windowed(sheet)) {
    placeRows(sheet.src, sheet.body, sheet.beads(), start, end, keep);
    return false;
  }
  const held = holding(sheet, anchorOf(sheet, start, end, keep), () => {
    measure(sheet, placeRows(sheet.src, sheet.body, sheet.beads(), start, end, keep));
    pad(sheet);
  });
  note(sheet);
  return held;
}

/** Runs `change`, then scrolls the page so `anchor` is where it was on screen; whether there was an anchor to hold. */
function holding(sheet: Sheet, anchor: HTMLElement | undefined, change: () => void): boolean {
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor?.isConnected || before === undefined) return false;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) >= 0.5) sheet.src.doc.defaultView!.scrollBy(0, shift);
  return true;
}

/**
 * Moves the run of rows to cover the screen and a margin on each side, when
 * the screen has come within half a margin of its ends. Rows still on screen
 * stay where they were (`place`); after a jump, the row in the middle of the
 * screen goes where the estimate put it; at the end of the table, the end
 * stays in view.
 */
export function follow(sheet: Sheet, force = false): void {
  const { body } = sheet;
  const h = body.heights!;
  const win = sheet.src.doc.defaultView!;
  const view = win.innerHeight;
  const top = body.tbody.getBoundingClientRect().top;
  const [y0, y1] = [-top, view - top];
  const need = [rowAtOffset(h, y0 - (view * MARGIN) / 2), rowAtOffset(h, y1 + (view * MARGIN) / 2) + 1] as const;
  if (!force && need[0] >= body.first && need[1] <= renderedEnd(body)) return;
  const atEnd = win.scrollY > 0 && win.scrollY + view >= sheet.src.doc.documentElement.scrollHeight - 1;
  const middle = rowAtOffset(h, (y0 + y1) / 2);
  const estimated = top + offsetOf(h, middle);
  const held = place(sheet, rowAtOffset(h, y0 - view * MARGIN), rowAtOffset(h, y1 + view * MARGIN) + 1);
  if (atEnd) return win.scrollTo(0, sheet.src.doc.documentElement.scrollHeight);
  const row = rowOf(body, middle);
  if (held || !row) return;
  const shift = row.getBoundingClientRect().top - estimated;
  if (Math.abs(shift) >= 0.5) win.scrollBy(0, shift);
}

/** Turns virtual scrolling on for the sheet's `rows` units and renders the first screenful. */
export function openWindow(sheet: Sheet, rows: number): void {
  const win = sheet.src.doc.defaultView!;
  sheet.body.heights = createHeights(rows, FIRST_GUESS);
  // The run of rows keeps the content in place itself (`follow`); the browser's scroll anchoring would move it twice.
  sheet.src.doc.documentElement.style.overflowAnchor = 'none';
  sheet.body.tbody.closest('main')?.classList.add('windowed');
  place(sheet, 0, Math.ceil(win.innerHeight / FIRST_GUESS) * (1 + MARGIN));
  follow(sheet, true);
  win.addEventListener('scroll', () => follow(sheet), { passive: true });
  win.addEventListener('scrollend', () => note(sheet));
  win.addEventListener('resize', () => {
    // Wider or narrower columns wrap every row differently: every height is measured anew, the row on screen held in place.
    // By now the rows have wrapped anew: hold on to the row last seen on screen, where it was seen.
    const { body } = sheet;
    const seen = body.seen;
    forgetHeights(body.heights!);
    measure(sheet, body.rows);
    pad(sheet);
    if (seen?.row.isConnected) win.scrollBy(0, seen.row.getBoundingClientRect().top - seen.top);
    follow(sheet);
  });
}

/** Renders every row up to `end` (all rows in the page: the first screenful, then a chunk per task). */
export function extendTo(sheet: Sheet, end: number): void {
  if (!windowed(sheet) && end > renderedEnd(sheet.body)) place(sheet, sheet.body.first, end);
}

/** Makes sure bead `i`'s row is in the page, moving the run of rows to it if it is far. */
export function bringIn(sheet: Sheet, i: number): HTMLTableRowElement | undefined {
  const { body } = sheet;
  if (rowOf(body, i) || !windowed(sheet)) {
    extendTo(sheet, i + 1);
    return rowOf(body, i);
  }
  const h = body.heights!;
  const view = sheet.src.doc.defaultView!.innerHeight;
  const y = offsetOf(h, i);
  place(sheet, rowAtOffset(h, y - view * (1 + MARGIN)), rowAtOffset(h, y + view * (1 + MARGIN)) + 1, new Map());
  return rowOf(body, i);
}

/** Shows `change`, already made to the beads: its rows replaced, the rows below renumbered. */
export function showEdit(sheet: Sheet, change: Change): void {
  // In a window the run of rows keeps its length (undoing a restore of 10,000 units builds no more rows than were there).
  const { keep, start, end } = keepThrough(sheet.body, change, windowed(sheet) ? 0 : undefined);
  if (windowed(sheet)) spliceHeights(sheet.body.heights!, change.at, change.remove, change.insert.length);
  place(sheet, start, end, keep);
  sheet.body.tbody.closest('table')?.setAttribute('aria-rowcount', String(sheet.beads().length + 1));
}

/** Puts `tr` in the place of bead `i`'s row (the same bead drawn anew, e.g. with the cut of a split). */
export function redraw(sheet: Sheet, i: number, tr: HTMLTableRowElement): void {
  const old = rowOf(sheet.body, i);
  if (!old) return;
  const swap = () => {
    old.replaceWith(tr);
    sheet.body.rows[i - sheet.body.first] = tr;
  };
  if (!windowed(sheet)) return swap();
  // Its height moves the estimate, and the padding with it: the row before it, or the first below, stays where it was.
  holding(sheet, rowOf(sheet.body, i - 1) ?? rowOf(sheet.body, i + 1), () => {
    swap();
    measure(sheet, [tr]);
    pad(sheet);
  });
}
