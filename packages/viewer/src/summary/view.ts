/**
 * The summary view's behaviour: pointing at a sentence previews its links,
 * selecting it (click, Enter, or moving focus with the arrow keys) keeps
 * them; either way every linked sentence of the other pane is highlighted,
 * in whatever order they lie, the other pane scrolls to the first of them,
 * and the status line lists them all as buttons that jump to each.
 */
import { el } from '../table.js';
import type { SummaryModel } from './model.js';
import { renderSectionBar, renderSourcePane, renderSummaryPane, type Side } from './render.js';

interface Selection {
  side: Side;
  index: number;
}

/** Shows `model`: the panes in `main`; the section bar, the findings switch and the status line in `bar`. */
export function showSummary(doc: Document, model: SummaryModel, main: HTMLElement, bar: HTMLElement): void {
  const panes: Record<Side, HTMLElement> = { source: renderSourcePane(doc, model), summary: renderSummaryPane(doc, model) };
  const shown = model.findings.filter((f) => f.shown).length;
  const toggle = el(doc, 'input', { type: 'checkbox', id: 'all-findings' });
  const status = el(doc, 'p', { id: 'link-status', class: 'link-status', role: 'status', 'aria-live': 'polite' });
  const rule = el(
    doc,
    'div',
    { class: 'rule' },
    el(doc, 'span', {}, `${shown} of ${model.findings.length} findings shown`),
    el(doc, 'label', {}, toggle, ' Show all findings'),
    el(doc, 'details', {}, el(doc, 'summary', {}, 'How they were chosen'), el(doc, 'p', {}, model.rule),
    el(doc, 'p', {}, model.supportOrigin === 'report' ? 'Support: the report’s own support model.' : 'Support: derived from the report’s matched and moved units (the report carries no support model).')),
  );
  bar.replaceChildren(renderSectionBar(doc, model), rule, status);
  if (model.noDetail) status.textContent = model.noDetail;
  const root = el(doc, 'div', { class: 'summary-view' }, panes.source, panes.summary);
  main.replaceChildren(root);
  toggle.addEventListener('change', () => root.classList.toggle('all-findings', toggle.checked));

  const spans: Record<Side, HTMLElement[]> = { source: [], summary: [] };
  for (const side of ['source', 'summary'] as const) {
    for (const span of panes[side].querySelectorAll<HTMLElement>('.s')) spans[side][Number(span.dataset.index)] = span;
    const first = spans[side].find((s) => s !== undefined);
    if (first) first.tabIndex = 0;
  }
  const other = (side: Side): Side => (side === 'source' ? 'summary' : 'source');
  const listOf = (sel: Selection) => (sel.side === 'source' ? model.sources : model.summary)[sel.index]!;
  let selected: Selection | undefined;

  const scrollInto = (pane: HTMLElement, node: HTMLElement): void => {
    const p = pane.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - (pane.clientHeight - r.height) / 2;
  };

  const show = (sel: Selection | undefined, scroll: boolean): void => {
    for (const node of root.querySelectorAll('.s.linked, .s.active')) node.classList.remove('linked', 'active');
    if (!sel) {
      status.replaceChildren(model.noDetail ?? '');
      return;
    }
    spans[sel.side][sel.index]?.classList.add('active');
    const links = listOf(sel).links;
    const to = other(sel.side);
    for (const l of links) spans[to][l.sentence]?.classList.add('linked');
    // The first in reading order, so a reader scrolling down meets the rest.
    const first = links.map((l) => l.sentence).sort((a, b) => a - b)[0];
    if (scroll && first !== undefined) scrollInto(panes[to], spans[to][first]!);
    const what = sel.side === 'summary' ? `Summary sentence ${sel.index + 1}` : `Source sentence ${sel.index + 1}`;
    if (links.length === 0) {
      status.textContent = `${what}: no ${to} sentence is linked to it.`;
      return;
    }
    const verb = sel.side === 'summary' ? 'draws on' : 'supports';
    status.replaceChildren(`${what} ${verb} ${links.length} ${to} sentence${links.length === 1 ? '' : 's'}: `);
    for (const k of links.map((l) => l.sentence).sort((a, b) => a - b)) {
      const score = links.find((l) => l.sentence === k)!.score;
      status.append(el(doc, 'button', { type: 'button', class: 'jump', 'data-side': to, 'data-index': String(k), title: `support ${score.toFixed(2)}` }, String(k + 1)), ' ');
    }
  };

  const target = (e: Event): Selection | undefined => {
    const span = (e.target as HTMLElement).closest<HTMLElement>('.s');
    return span ? { side: span.dataset.side as Side, index: Number(span.dataset.index) } : undefined;
  };
  const select = (sel: Selection): void => {
    selected = sel;
    show(sel, true);
  };
  root.addEventListener('pointerover', (e) => {
    const sel = target(e);
    if (sel) show(sel, true);
  });
  root.addEventListener('pointerleave', () => show(selected, false));
  root.addEventListener('click', (e) => {
    const sel = target(e);
    if (sel) select(sel);
  });
  root.addEventListener('focusin', (e) => {
    const sel = target(e);
    if (sel) select(sel);
  });
  root.addEventListener('keydown', (e) => {
    const sel = target(e);
    if (!sel || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const list = spans[sel.side];
    let k = sel.index + step;
    while (k >= 0 && k < list.length && !list[k]) k += step;
    const next = list[k];
    if (!next) return;
    list[sel.index]!.tabIndex = -1;
    next.tabIndex = 0;
    next.focus({ preventScroll: true });
    scrollInto(panes[sel.side], next);
  });
  status.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('button.jump');
    const span = button && spans[button.dataset.side as Side][Number(button.dataset.index)];
    if (!span || !button) return;
    scrollInto(panes[button.dataset.side as Side], span);
    span.classList.add('flash');
    setTimeout(() => span.classList.remove('flash'), 900);
  });
  // Arrow keys between the bar's buttons: page.ts does that for every button of the header's slot.
  const sectionBar = bar.querySelector<HTMLElement>('.section-bar')!;
  sectionBar.addEventListener('click', (e) => {
    const k = (e.target as HTMLElement).closest<HTMLElement>('button')?.dataset.section;
    const box = k === undefined ? null : doc.getElementById(`section-${k}`);
    if (box) panes.source.scrollTop += box.getBoundingClientRect().top - panes.source.getBoundingClientRect().top;
  });
}
