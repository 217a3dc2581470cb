/**
 * A summary pair as the summary view shows it: the source in reading order,
 * each sentence with its support strength and the summary sentences it
 * supports; the summary, each sentence with its sources; the source's
 * sections with their coverage and status; and the findings with whether each
 * is shown. Pure data: summary/view.ts turns it into DOM, tests read it.
 */
import type { CompareReport, CoverageRegion, PairReport, ReportVersion } from '@duizhao/core';
import { chooseFindings, type Finding } from './findings.js';
import { buildSupport, type SupportLink } from './support.js';

export interface SummaryOptions {
  /** A section whose coverage is below this (and above 0) is thin, when the report does not say. @default 0.2 */
  thinCoverage?: number;
  /** Characters of a section's first words. @default 24 */
  firstWords?: number;
}

export interface SummarySentence {
  index: number;
  text: string;
  /** Structure (a heading or a speaker label): shown as such, neither supported nor supporting as content. */
  heading: boolean;
  /** Whether it begins a new paragraph, list item or heading (else it continues the previous sentence's). */
  startsBlock: boolean;
  listItem: boolean;
  /** Sentences of the other version, best first. */
  links: SupportLink[];
  /** Best link score over the pair's best, in [0, 1]: 0 when unlinked. */
  strength: number;
  /** Findings about this sentence (indices into `SummaryModel.findings`). */
  findings: number[];
}

export interface SummarySection {
  index: number;
  /** Its name (heading, or for a turn the first words said), else its first words. */
  name: string;
  firstWords: string;
  from: number;
  to: number;
  coverage: number;
  status: 'covered' | 'thin' | 'omitted';
  confidence?: number;
  /** Share of the source's text. */
  weight: number;
  /** Whether the page marks it as omitted: its status is omitted and its confidence, if any, reaches the report's threshold, if any. */
  markedOmitted: boolean;
}

export interface SummaryModel {
  source: { id: string; lang: string };
  target: { id: string; lang: string };
  sources: SummarySentence[];
  summary: SummarySentence[];
  sections: SummarySection[];
  /** Per source sentence, its section (index into `sections`), or -1 when no section holds it. */
  sectionOf: number[];
  findings: Finding[];
  /** How the shown findings were chosen, for the page to say. */
  rule: string;
  threshold?: number;
  supportOrigin: 'report' | 'items';
  /**
   * Set when the report links no sentence of the pair at all (a pair judged a summary through a third version carries
   * no detail of its own): then nothing is marked omitted, since the report does not say what is missing.
   */
  noDetail?: string;
}

/** Whether pair `pair` of a report is shown in the summary view. */
export function isSummaryPair(report: { kind: string; pairs?: readonly PairReport[] }, pair: number): boolean {
  return report.kind === 'compare' && report.pairs?.[pair]?.verdict === 'summary';
}

function quoteFirstWords(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).trimEnd()}…`;
}

function sentencesOf(version: ReportVersion, links: SupportLink[][], best: number): SummarySentence[] {
  return version.sentences.map((s, k) => {
    const prev = version.sentences[k - 1];
    const heading = s.type === 'heading';
    const listItem = s.type === 'listItem';
    // Sentences of one block follow each other with at most a space between; blocks are separated by a blank line or a list marker.
    const startsBlock = !prev || heading || prev.type !== s.type || prev.type === 'heading' || s.start - prev.end >= 2;
    const own = links[k] ?? [];
    const strength = own.length === 0 || best <= 0 ? 0 : own[0]!.score / best;
    return { index: k, text: s.text, heading, startsBlock, listItem, links: own, strength, findings: [] };
  });
}

function statusOf(region: CoverageRegion, thin: number): SummarySection['status'] {
  if (region.status) return region.status;
  if (region.coverage <= 0) return 'omitted';
  return region.coverage < thin ? 'thin' : 'covered';
}

/** Builds the summary view of pair `pair` of a compare report. */
export function buildSummaryModel(report: CompareReport, pair = 0, options: SummaryOptions = {}): SummaryModel {
  const p = report.pairs[pair];
  if (!p) throw new RangeError(`the report has ${report.pairs.length} pair(s); there is no pair ${pair}`);
  const source = report.versions[p.source];
  const target = report.versions[p.target];
  if (!source || !target) throw new RangeError(`pair ${pair} names versions ${p.source} and ${p.target}; the report has ${report.versions.length}`);
  const thin = options.thinCoverage ?? 0.2;
  const firstWordsLength = options.firstWords ?? 24;
  const support = buildSupport(p, source.sentences.length, target.sentences.length);
  // Scores are shaded against the pair's best: item scores (0.2–0.5 on the seed) and a report's support scores use different scales.
  let best = 0;
  for (const list of support.byTarget) if (list[0]) best = Math.max(best, list[0].score);
  const sources = sentencesOf(source, support.bySource, best);
  const summary = sentencesOf(target, support.byTarget, best);
  const total = source.sentences.reduce((n, s) => n + Math.max(s.text.length, 1), 0) || 1;
  const linked = support.byTarget.some((list) => list.length > 0);
  const sectionOf = source.sentences.map(() => -1);
  const sections = p.regions.map((region, r): SummarySection => {
    let weight = 0;
    let first: string | undefined;
    for (let k = region.from; k < region.to && k < source.sentences.length; k++) {
      sectionOf[k] = r;
      weight += Math.max(source.sentences[k]!.text.length, 1) / total;
      if (first === undefined && !sources[k]!.heading) first = source.sentences[k]!.text;
    }
    const firstWords = quoteFirstWords(first ?? source.sentences[region.from]?.text ?? '', firstWordsLength);
    const status = statusOf(region, thin);
    const sure = p.minConfidence === undefined || region.confidence === undefined || region.confidence >= p.minConfidence;
    const section: SummarySection = { index: r, name: region.heading ?? firstWords, firstWords, from: region.from, to: region.to, coverage: region.coverage, status, weight, markedOmitted: linked && status === 'omitted' && sure };
    if (region.confidence !== undefined) section.confidence = region.confidence;
    return section;
  });
  const choice = chooseFindings(p, source, target);
  choice.findings.forEach((f, i) => {
    for (const k of f.target) summary[k]?.findings.push(i);
    for (const k of f.source) sources[k]?.findings.push(i);
  });
  const model: SummaryModel = {
    source: { id: source.id, lang: source.lang },
    target: { id: target.id, lang: target.lang },
    sources,
    summary,
    sections,
    sectionOf,
    findings: choice.findings,
    rule: choice.rule,
    supportOrigin: support.origin,
  };
  if (choice.threshold !== undefined) model.threshold = choice.threshold;
  if (!linked) {
    const via = p.evidence.via === undefined ? '' : ` It was judged a summary through ${report.versions[p.evidence.via]?.id ?? 'another version'}; open that pair for the detail.`;
    model.noDetail = `The report links no sentence of ${target.id} to ${source.id}, so it cannot say what is covered or omitted.${via}`;
  }
  return model;
}
