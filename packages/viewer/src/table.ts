/**
 * View → DOM. Every piece of corpus text goes in through `textContent` or a
 * text node, never as HTML. Rows are real table rows (`<th scope="row">`,
 * column headers), badges are buttons described by their tooltip.
 */
import type { Badge, Column, OverviewSegment, Row, View } from './model.js';

/** `el('td', {class: 'x'}, child…)`: an element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return node;
}

const LANG_NAMES: Record<string, string> = { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English', other: 'other' };

export function renderHead(doc: Document, columns: readonly Column[]): HTMLTableSectionElement {
  return el(
    doc,
    'thead',
    {},
    el(
      doc,
      'tr',
      {},
      el(doc, 'th', { scope: 'col' }, 'Row'),
      ...columns.map((c) => el(doc, 'th', { scope: 'col' }, `${c.id} `, el(doc, 'small', {}, `(${LANG_NAMES[c.lang] ?? c.lang})`))),
      el(doc, 'th', { scope: 'col' }, 'Confidence'),
      el(doc, 'th', { scope: 'col' }, 'Notes'),
    ),
  );
}

export function renderColgroup(doc: Document, columns: readonly Column[]): HTMLTableColElement {
  const group = el(doc, 'colgroup', {}, el(doc, 'col', { class: 'num' }));
  for (let i = 0; i < columns.length; i++) group.append(el(doc, 'col'));
  group.append(el(doc, 'col', { class: 'score' }), el(doc, 'col', { class: 'notes' }));
  return group as unknown as HTMLTableColElement;
}

function renderBadge(doc: Document, badge: Badge, id: string): HTMLElement {
  const button = el(doc, 'button', { type: 'button', class: `badge ${badge.kind}`, 'aria-describedby': id }, badge.label);
  return el(doc, 'span', { class: 'badge-wrap' }, button, el(doc, 'span', { class: 'tip', role: 'tooltip', id }, badge.explanation));
}

/** One row: the row number, a cell per version (its sentences, diff marks as `<del>`/`<ins>`), the confidence, the badges. */
export function renderRow(doc: Document, row: Row, columns: readonly Column[]): HTMLTableRowElement {
  const classes = [row.problem ? 'problem' : '', row.badges.some((b) => b.kind === 'low') ? 'low' : '', row.cells.some((cell) => cell.length === 0) ? 'one-sided' : ''].filter(Boolean);
  const tr = el(doc, 'tr', { id: `row-${row.index}`, tabindex: '-1', 'data-row': String(row.index) });
  if (classes.length > 0) tr.className = classes.join(' ');
  if (row.score !== null) tr.style.setProperty('--confidence', row.score.toFixed(3));
  tr.append(el(doc, 'th', { scope: 'row' }, String(row.index + 1)));
  row.cells.forEach((sentences, c) => {
    const td = el(doc, 'td', { lang: columns[c]?.lang === 'other' ? '' : (columns[c]?.lang ?? '') });
    if (sentences.length === 0) td.append(el(doc, 'span', { class: 'empty' }, '(nothing)'));
    for (const s of sentences) {
      const span = el(doc, 'span', { class: 's', 'data-key': `${c}:${s.index}`, tabindex: '-1', title: `sentence ${s.index + 1}` });
      for (const g of s.segments) span.append(g.mark ? el(doc, g.mark, {}, g.text) : doc.createTextNode(g.text));
      td.append(span);
    }
    tr.append(td);
  });
  const score = el(doc, 'td', { class: 'score' });
  if (row.score === null) score.append(el(doc, 'span', { 'aria-label': row.cells.some((cell) => cell.length === 0) ? 'no pair' : 'no confidence' }, '—'));
  else score.append(row.score.toFixed(2));
  tr.append(score);
  const notes = el(doc, 'td', { class: 'notes' });
  row.badges.forEach((b, k) => notes.append(renderBadge(doc, b, `tip-${row.index}-${k}`)));
  tr.append(notes);
  return tr;
}

const STATUS_WORDS: Record<OverviewSegment['status'], string> = { covered: 'covered', uncovered: 'not covered', moved: 'moved' };

/** The overview strip: a button per run of source sentences, as wide as its share of the text. */
export function renderOverview(doc: Document, view: View): HTMLElement {
  const source = view.columns[view.sourceColumn]!;
  const nav = el(doc, 'nav', { class: 'overview', 'aria-label': `Coverage of ${source.id}: arrow keys move, Enter jumps` });
  view.overview.forEach((seg, k) => {
    const where = seg.to - seg.from === 1 ? `sentence ${seg.from + 1}` : `sentences ${seg.from + 1}–${seg.to}`;
    const label = `${STATUS_WORDS[seg.status]}: ${where}${seg.row === null ? '' : `, row ${seg.row + 1}`}`;
    const button = el(doc, 'button', { type: 'button', class: seg.status, title: label, 'aria-label': label, tabindex: k === 0 ? '0' : '-1' });
    if (seg.row !== null) button.dataset.row = String(seg.row);
    button.style.flexGrow = String(seg.weight);
    nav.append(button);
  });
  return nav;
}

export function renderLegend(doc: Document): HTMLElement {
  const item = (cls: string, text: string) => el(doc, 'span', {}, el(doc, 'i', { class: cls, style: `background: var(--${cls})` }), text);
  return el(doc, 'div', { class: 'legend', 'aria-hidden': 'true' }, item('covered', 'covered'), item('moved', 'moved'), item('uncovered', 'not covered'));
}
