/**
 * Summary model → DOM: the coverage bar per section, the source pane (its
 * sections, each sentence shaded by its support, omitted sections marked by
 * their first words) and the summary pane. Corpus text goes in through text
 * nodes only (`el`), never as HTML.
 */
import { el } from '../table.js';
import type { Finding } from './findings.js';
import type { SummaryModel, SummarySection, SummarySentence } from './model.js';

export type Side = 'source' | 'summary';

const STATUS_WORDS: Record<SummarySection['status'], string> = { covered: 'covered', thin: 'thinly covered', omitted: 'omitted' };
const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** A section's coverage as words: `42 % covered` (with the report's confidence when it has one). */
export function describeSection(section: SummarySection): string {
  const confidence = section.confidence === undefined ? '' : ` (confidence ${section.confidence.toFixed(2)})`;
  return `${pct(section.coverage)} of its text supported, ${STATUS_WORDS[section.status]}${confidence}`;
}

/** The coverage strip: a button per section, as wide as its share of the source, filled as far as it is covered. */
export function renderSectionBar(doc: Document, model: SummaryModel): HTMLElement {
  const nav = el(doc, 'nav', { class: 'section-bar', 'aria-label': `Coverage by section of ${model.source.id}: arrow keys move, Enter jumps` });
  model.sections.forEach((section, k) => {
    const label = `Section ${k + 1}, ${section.name}: ${model.noDetail ? 'no detail in the report' : describeSection(section)}`;
    const button = el(doc, 'button', { type: 'button', class: model.noDetail ? 'unknown' : section.status, title: label, 'aria-label': label, tabindex: k === 0 ? '0' : '-1', 'data-section': String(k) });
    button.style.flexGrow = String(section.weight);
    button.append(el(doc, 'i', { style: `height: ${Math.round(section.coverage * 100)}%` }));
    nav.append(button);
  });
  return nav;
}

function renderBadge(doc: Document, finding: Finding, id: string): HTMLElement {
  const button = el(doc, 'button', { type: 'button', class: `badge ${finding.kind}`, 'aria-describedby': id }, finding.label);
  const confidence = finding.confidence === undefined ? '' : ` Confidence ${finding.confidence.toFixed(2)}.`;
  const wrap = el(doc, 'span', { class: `badge-wrap${finding.shown ? '' : ' optional'}` }, button, el(doc, 'span', { class: 'tip', role: 'tooltip', id }, finding.explanation + confidence));
  return wrap;
}

/** Findings drawn at sentence `k` of a side: at the first sentence they name, omissions and facts on the source side, the rest on the summary side. */
function badgesAt(model: SummaryModel, side: Side, s: SummarySentence): number[] {
  return s.findings.filter((f) => {
    const finding = model.findings[f]!;
    if (side === 'summary') return finding.target[0] === s.index;
    if (finding.source[0] !== s.index) return false;
    // A section left out as a whole is marked by its first words already (renderSourcePane).
    const section = model.sections[model.sectionOf[s.index] ?? -1];
    return finding.kind === 'fact' || (finding.kind === 'omission' && !section?.markedOmitted);
  });
}

function renderSentence(doc: Document, model: SummaryModel, side: Side, s: SummarySentence): HTMLElement {
  const other = side === 'source' ? 'summary' : 'source';
  const title = s.links.length === 0 ? `sentence ${s.index + 1}: no ${other} sentence linked` : `sentence ${s.index + 1}: linked to ${s.links.length} ${other} sentence(s)`;
  const span = el(doc, 'span', { class: `s${s.links.length === 0 ? ' unlinked' : ''}`, 'data-side': side, 'data-index': String(s.index), tabindex: '-1', title }, s.text);
  if (s.links.length > 0) span.style.setProperty('--support', s.strength.toFixed(3));
  const badges = badgesAt(model, side, s);
  if (badges.length === 0) return span;
  // On the source side a finding starts at its sentence (an omitted run), so its badge comes first.
  const wrap = el(doc, 'span', {}, span);
  for (const f of badges) {
    const badge = renderBadge(doc, model.findings[f]!, `tip-${side}-${s.index}-${f}`);
    if (side === 'source') span.before(badge, ' ');
    else wrap.append(' ', badge);
  }
  return wrap;
}

/** Sentences into blocks: a paragraph, a list item or a heading each. */
function renderBlocks(doc: Document, model: SummaryModel, side: Side, sentences: readonly SummarySentence[], into: HTMLElement): void {
  let block: HTMLElement | undefined;
  for (const s of sentences) {
    if (!block || s.startsBlock) {
      block = el(doc, s.heading ? 'h3' : 'p', { class: s.listItem ? 'block item' : 'block' });
      into.append(block);
    } else block.append(' ');
    block.append(renderSentence(doc, model, side, s));
  }
}

/** The source pane: per section a head (name, coverage bar, status), an omission mark when nothing of it is summarised, then its sentences. */
export function renderSourcePane(doc: Document, model: SummaryModel): HTMLElement {
  const pane = el(doc, 'div', { class: 'pane', id: 'source-pane', lang: model.source.lang === 'other' ? '' : model.source.lang, role: 'region', 'aria-label': `Source: ${model.source.id}` });
  let k = 0;
  const loose = (upTo: number): void => {
    const rest = model.sources.slice(k, upTo).filter((s) => model.sectionOf[s.index] === -1);
    if (rest.length > 0) renderBlocks(doc, model, 'source', rest, pane);
  };
  for (const section of model.sections) {
    loose(section.from);
    const head = el(
      doc,
      'div',
      { class: 'section-head' },
      el(doc, 'span', { class: 'section-name' }, section.name),
      el(doc, 'span', { class: 'meter', role: 'img', 'aria-label': describeSection(section) }, el(doc, 'i', { style: `width: ${Math.round(section.coverage * 100)}%` })),
      el(doc, 'span', { class: 'section-status' }, model.noDetail ? 'no detail' : `${pct(section.coverage)} · ${STATUS_WORDS[section.status]}`),
    );
    const box = el(doc, 'section', { class: `section ${model.noDetail ? 'unknown' : section.status}`, id: `section-${section.index}`, 'aria-label': `Section ${section.index + 1}: ${section.name}` }, head);
    if (section.markedOmitted) box.append(el(doc, 'p', { class: 'omitted-mark' }, `Omitted from ${model.target.id}: “${section.firstWords}”`));
    renderBlocks(doc, model, 'source', model.sources.slice(section.from, section.to), box);
    pane.append(box);
    k = Math.max(k, section.to);
  }
  loose(model.sources.length);
  return pane;
}

export function renderSummaryPane(doc: Document, model: SummaryModel): HTMLElement {
  const pane = el(doc, 'div', { class: 'pane', id: 'summary-pane', lang: model.target.lang === 'other' ? '' : model.target.lang, role: 'region', 'aria-label': `Summary: ${model.target.id}` });
  renderBlocks(doc, model, 'summary', model.summary, pane);
  return pane;
}
