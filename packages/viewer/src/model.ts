/**
 * A report as the page shows it: columns (one per version), rows (one per
 * aligned unit) with each version's sentences in their original characters,
 * diff marks, badges with their explanations, a confidence, and the overview
 * strip of the source. Pure data: the page turns it into DOM, tests read it
 * directly.
 */
import type { AlignmentReport, Bead, CharDiff, CompareItem, CompareReport, MultiAlignmentReport, PairReport, ReportVersion, RowFact } from '@duizhao/core';
import { markDiff, type Segment } from './marks.js';
import type { ViewerReport } from './data.js';

export interface ViewOptions {
  /** Rows whose confidence is below this stand out as problems. @default 0.3 */
  lowConfidence?: number;
}

export interface Column {
  id: string;
  lang: string;
  source: string;
  sentences: number;
}

export type BadgeKind = 'omission' | 'addition' | 'moved' | 'fact' | 'low' | 'conflict';

export interface Badge {
  kind: BadgeKind;
  label: string;
  explanation: string;
}

export interface CellSentence {
  index: number;
  segments: Segment[];
}

export interface Row {
  index: number;
  /** Per column, the sentences of this unit. */
  cells: CellSentence[][];
  /** Alignment confidence 0..1, or null for a one-sided row or a move (whose score is a rank, not a confidence). */
  score: number | null;
  badges: Badge[];
  problem: boolean;
  /** Lowercased text of every cell, for search. */
  search: string;
}

export type CoverageStatus = 'covered' | 'uncovered' | 'moved';

/** A run of source sentences with one status; `weight` is its share of the source text. */
export interface OverviewSegment {
  status: CoverageStatus;
  from: number;
  to: number;
  weight: number;
  /** The first row that shows sentence `from`, or null when no row does. */
  row: number | null;
}

export interface View {
  columns: Column[];
  rows: Row[];
  /** Which column the overview describes. */
  sourceColumn: number;
  overview: OverviewSegment[];
  /** One line on how the versions relate (verdict, evidence), or the aligner's method. */
  summary: string;
}

const DEFAULT_LOW_CONFIDENCE = 0.3;

/** The pairs a report can show: one for an alignment, every pair for a compare report, one table of all versions for a multi report. */
export function listPairs(report: ViewerReport): { label: string; verdict?: string }[] {
  if (report.kind === 'alignment') return [{ label: `${report.versions[0].id} ↔ ${report.versions[1].id}` }];
  if (report.kind === 'multi') return [{ label: report.versions.map((v) => v.id).join(' ↔ ') }];
  return report.pairs.map((p) => ({ label: `${report.versions[p.source]!.id} ↔ ${report.versions[p.target]!.id}`, verdict: p.verdict }));
}

/** The pair to open first: the first related pair with rows, else the first. */
export function choosePair(report: ViewerReport): number {
  if (report.kind !== 'compare') return 0;
  const k = report.pairs.findIndex((p) => p.verdict !== 'unrelated' && p.items.length > 0);
  return Math.max(k, 0);
}

/** Builds the view of pair `pair` of a report. */
export function buildView(report: ViewerReport, pair = 0, options: ViewOptions = {}): View {
  const low = options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE;
  if (report.kind === 'alignment') return buildAlignmentView(report, low);
  if (report.kind === 'multi') return buildMultiView(report, low);
  const p = report.pairs[pair];
  if (!p) throw new RangeError(`the report has ${report.pairs.length} pair(s); there is no pair ${pair}`);
  return buildCompareView(report, p, low);
}

const toColumn = (v: ReportVersion): Column => ({ id: v.id, lang: v.lang, source: v.source, sentences: v.sentences.length });
const plain = (v: ReportVersion, ids: readonly number[]): CellSentence[] => ids.map((index) => ({ index, segments: [{ text: v.sentences[index]?.text ?? '' }] }));
const quote = (s: string): string => `“${s}”`;
const range = (ids: readonly number[]): string => (ids.length === 1 ? `sentence ${ids[0]! + 1}` : `sentences ${ids[0]! + 1}–${ids[ids.length - 1]! + 1}`);

function finishRow(index: number, cells: CellSentence[][], score: number | null, badges: Badge[], low: number): Row {
  if (score !== null && score < low) badges.push({ kind: 'low', label: 'low confidence', explanation: `The aligner is unsure these belong together: confidence ${score.toFixed(2)}, below ${low}.` });
  const search = cells
    .flat()
    .map((s) => s.segments.map((g) => g.text).join(''))
    .join('\n')
    .toLowerCase();
  return { index, cells, score, badges, problem: badges.length > 0, search };
}

/** The row of bead `bead` of an alignment report, shown as row `index` (the edit mode builds rows one bead at a time). */
export function buildBeadRow(report: AlignmentReport, bead: Bead, index: number, options: ViewOptions = {}): Row {
  const [a, b] = report.versions;
  const badges: Badge[] = [];
  if (bead.b.length === 0) badges.push({ kind: 'omission', label: 'no counterpart', explanation: `${a.id} ${range(bead.a)} has no counterpart in ${b.id}.` });
  if (bead.a.length === 0) badges.push({ kind: 'addition', label: 'no counterpart', explanation: `${b.id} ${range(bead.b)} has no counterpart in ${a.id}.` });
  const paired = bead.a.length > 0 && bead.b.length > 0;
  // A bead a reviewer made or confirmed is not "low confidence": the reviewer decided it.
  const reviewed = bead.status === 'edited' || bead.status === 'confirmed';
  return finishRow(index, [plain(a, bead.a), plain(b, bead.b)], paired ? bead.score : null, badges, reviewed ? -1 : (options.lowConfidence ?? DEFAULT_LOW_CONFIDENCE));
}

function buildAlignmentView(report: AlignmentReport, low: number): View {
  const [a, b] = report.versions;
  const rows = report.alignment.beads.map((bead, i) => buildBeadRow(report, bead, i, { lowConfidence: low }));
  const status: CoverageStatus[] = a.sentences.map(() => 'uncovered');
  for (const bead of report.alignment.beads) if (bead.b.length > 0) for (const k of bead.a) status[k] = 'covered';
  return {
    columns: [toColumn(a), toColumn(b)],
    rows,
    sourceColumn: 0,
    overview: buildOverview(a, status, rows, 0),
    summary: `Sentence alignment (${report.alignment.method}): ${report.alignment.beads.length} units.`,
  };
}

/**
 * A column per version, a row per row of the multi-version table. A row with
 * sentences in one version only is one-sided (no confidence); a row whose
 * direct alignment of two non-pivot versions disagrees with the pivot is
 * badged, since one of the two pairings is wrong (`alignMany`).
 */
function buildMultiView(report: MultiAlignmentReport, low: number): View {
  const { versions, alignment } = report;
  if (alignment.versions.length !== versions.length) throw new RangeError(`the multi report has ${versions.length} versions but its table has ${alignment.versions.length} columns`);
  const pivot = versions[alignment.pivot];
  if (!pivot) throw new RangeError(`the multi report's pivot ${alignment.pivot} is not a version index (0..${versions.length - 1})`);
  const status: CoverageStatus[] = pivot.sentences.map(() => 'uncovered');
  let inconsistent = 0;
  const rows = alignment.rows.map((row, i) => {
    const filled = row.cells.map((ids) => ids.length > 0);
    const present = versions.filter((_, c) => filled[c]);
    const missing = versions.filter((_, c) => !filled[c]);
    const badges: Badge[] = [];
    if (present.length > 0 && missing.length > 0) {
      const named = present.map((v) => `${v.id} ${range(row.cells[versions.indexOf(v)]!)}`).join(', ');
      badges.push({ kind: 'omission', label: `not in ${missing.map((v) => v.id).join(', ')}`, explanation: `${named}: no counterpart in ${missing.map((v) => v.id).join(', ')}.` });
    }
    for (const [u, v] of row.conflicts) {
      badges.push({
        kind: 'conflict',
        label: 'inconsistent',
        explanation: `Inconsistent: the direct alignment of ${versions[u]?.id ?? `version ${u + 1}`} and ${versions[v]?.id ?? `version ${v + 1}`} disagrees with the pivot ${pivot.id}; it pairs these sentences elsewhere.`,
      });
    }
    for (const fact of row.facts ?? []) badges.push(rowFactBadge(versions, fact));
    if (row.conflicts.length > 0) inconsistent++;
    if (present.length > 1) for (const k of row.cells[alignment.pivot] ?? []) status[k] = 'covered';
    const cells = versions.map((v, c) => plain(v, row.cells[c] ?? []));
    return finishRow(i, cells, present.length > 1 ? row.score : null, badges, low);
  });
  return {
    columns: versions.map(toColumn),
    rows,
    sourceColumn: alignment.pivot,
    overview: buildOverview(pivot, status, rows, alignment.pivot),
    summary: `Alignment of ${versions.length} versions through the pivot ${pivot.id}: ${rows.length} units, ${inconsistent} inconsistent (a direct alignment of two other versions disagrees with the pivot).`,
  };
}

/** A date or number the versions of a row state differently: what each says, and which differ from the rest. */
function rowFactBadge(versions: readonly ReportVersion[], fact: RowFact): Badge {
  const id = (v: number): string => versions[v]?.id ?? `version ${v + 1}`;
  const said = [...new Set(fact.mentions.map((m) => m.version))].map((v) => `${id(v)} says ${fact.mentions.filter((m) => m.version === v).map((m) => quote(m.text)).join(', ')}`);
  const odd = fact.odd.length === 0 ? '' : ` ${fact.odd.map(id).join(', ')} ${fact.odd.length === 1 ? 'differs' : 'differ'} from the others.`;
  return { kind: 'fact', label: `changed ${fact.category}`, explanation: `A different ${fact.category}: ${said.join('; ')}.${odd}` };
}

function buildCompareView(report: CompareReport, pair: PairReport, low: number): View {
  const source = report.versions[pair.source]!;
  const target = report.versions[pair.target]!;
  const key = (ids: readonly number[]) => ids.join(',');
  const diffs = new Map<string, CharDiff>();
  for (const d of pair.diffs) diffs.set(`${key(d.source)}|${key(d.target)}`, d);
  const rows: Row[] = [];
  const status: CoverageStatus[] = source.sentences.map(() => 'uncovered');
  const rowOfTarget = new Map<number, number>();
  const rowOfSource = new Map<number, number>();
  // A finding below the report's minConfidence keeps its row but gets no badge: the text report counts it without listing it.
  const shown = (c: number | undefined): boolean => c === undefined || pair.minConfidence === undefined || c >= pair.minConfidence;
  const sure = (c: number | undefined): string => (c === undefined ? '' : ` Confidence ${c.toFixed(2)} that this is real.`);
  for (const item of inReadingOrder(pair.items)) {
    const badges: Badge[] = [];
    let cells: CellSentence[][];
    let score: number | null = null;
    if (item.type === 'match' || item.type === 'moved') {
      const diff = diffs.get(`${key(item.source)}|${key(item.target)}`);
      cells = diff ? diffCells(source, target, diff) : [plain(source, item.source), plain(target, item.target)];
      // A move's score ranks candidate moves (above 1 when each sentence accounts for most of the other): not a 0–1 confidence, so not shown as one.
      score = item.type === 'moved' ? null : item.score;
      for (const k of item.source) if (status[k] !== 'moved') status[k] = item.type === 'moved' ? 'moved' : 'covered';
      if (item.type === 'moved' && shown(item.confidence)) {
        badges.push({ kind: 'moved', label: 'moved', explanation: `${target.id} has this in another place than ${source.id} (${source.id} ${range(item.source)}): the order differs.${sure(item.confidence)}` });
      }
    } else if (item.type === 'omission') {
      cells = [plain(source, item.source), []];
      const region = pair.regions[item.region];
      const where = region?.heading ? `the section ${quote(region.heading)}` : `section ${item.region + 1}`;
      if (shown(item.confidence)) {
        badges.push({
          kind: 'omission',
          label: 'omitted',
          explanation: `${target.id} leaves out ${item.whole ? 'all of' : 'part of'} ${where} (${source.id} ${range(item.source)}), starting ${quote(item.firstWords)}.${sure(item.confidence)}`,
        });
      }
    } else {
      cells = [[], plain(target, item.target)];
      if (shown(item.confidence)) badges.push({ kind: 'addition', label: 'added', explanation: `${target.id} ${range(item.target)} has no counterpart in ${source.id}, starting ${quote(item.firstWords)}.${sure(item.confidence)}` });
    }
    const index = rows.length;
    for (const k of 'target' in item ? item.target : []) if (!rowOfTarget.has(k)) rowOfTarget.set(k, index);
    for (const k of 'source' in item ? item.source : []) if (!rowOfSource.has(k)) rowOfSource.set(k, index);
    rows.push(finishRow(index, cells, score, badges, low));
  }
  for (const fact of pair.facts) {
    if (!shown(fact.confidence)) continue;
    const index = rowOfTarget.get(fact.target.sentence) ?? rowOfSource.get(fact.source.sentence);
    const row = index === undefined ? undefined : rows[index];
    if (!row) continue;
    const what = fact.kind === 'different-number' ? 'a different number' : fact.kind === 'spelling' ? 'a different spelling' : 'a different term';
    row.badges.push({
      kind: 'fact',
      label: `changed ${fact.category}`,
      explanation: `${what}: ${source.id} says ${quote(fact.source.text)}, ${target.id} says ${quote(fact.target.text)}.${sure(fact.confidence)}`,
    });
    row.problem = true;
  }
  const e = pair.evidence;
  const summary = `${pair.verdict}: ${target.id} is ${pair.verdict === 'parallel' ? 'parallel to' : pair.verdict === 'summary' ? 'a summary of' : 'unrelated to'} ${source.id} (support ${e.score.toFixed(2)} against ${e.baseline.toFixed(2)} shuffled, ${(e.coverage * 100).toFixed(0)} % of the source covered)${e.via === undefined ? '' : `, decided through ${report.versions[e.via]?.id ?? 'another version'}, which is parallel to one of them`}.`;
  return { columns: [toColumn(source), toColumn(target)], rows, sourceColumn: 0, overview: buildOverview(source, status, rows, 0), summary };
}

/**
 * The items in the order a reader meets them: matches, moves and additions by
 * their first target sentence (the compare lists moves and additions after the
 * matches), and each omission where it falls in the source: before the first
 * match that starts after it, so an omitted passage sits between its neighbours.
 */
export function inReadingOrder(items: readonly CompareItem[]): CompareItem[] {
  const first = (ids: readonly number[]) => ids[0] ?? Number.POSITIVE_INFINITY;
  const placed: CompareItem[] = items.filter((item) => item.type !== 'omission').sort((x, y) => first('target' in x ? x.target : []) - first('target' in y ? y.target : []));
  const omissions = items.filter((item) => item.type === 'omission').sort((x, y) => first(x.source) - first(y.source));
  for (const omission of omissions) {
    const at = placed.findIndex((item) => item.type === 'match' && first(item.source) > first(omission.source));
    placed.splice(at < 0 ? placed.length : at, 0, omission);
  }
  return placed;
}

function diffCells(source: ReportVersion, target: ReportVersion, diff: CharDiff): CellSentence[][] {
  const side = (v: ReportVersion, ids: readonly number[], which: 'source' | 'target'): CellSentence[] => {
    const marked = markDiff(
      ids.map((k) => v.sentences[k]?.text ?? ''),
      diff.parts,
      which,
    );
    return ids.map((index, i) => ({ index, segments: marked[i]! }));
  };
  return [side(source, diff.source, 'source'), side(target, diff.target, 'target')];
}

function buildOverview(version: ReportVersion, status: readonly CoverageStatus[], rows: readonly Row[], column: number): OverviewSegment[] {
  const firstRow = new Map<number, number>();
  for (const row of rows) for (const s of row.cells[column] ?? []) if (!firstRow.has(s.index)) firstRow.set(s.index, row.index);
  const total = version.sentences.reduce((n, s) => n + Math.max(s.text.length, 1), 0) || 1;
  const segments: OverviewSegment[] = [];
  version.sentences.forEach((s, k) => {
    const last = segments[segments.length - 1];
    const weight = Math.max(s.text.length, 1) / total;
    if (last && last.status === status[k] && last.to === k) {
      last.to = k + 1;
      last.weight += weight;
      if (last.row === null) last.row = firstRow.get(k) ?? null;
    } else segments.push({ status: status[k]!, from: k, to: k + 1, weight, row: firstRow.get(k) ?? null });
  });
  return segments;
}
