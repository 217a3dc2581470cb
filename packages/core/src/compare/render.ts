/** A compare report as text a translator reads in a terminal, or as Markdown to share. */
import type { CompareReport, PairReport, ReportVersion } from '../schema.js';
import { renderDiff } from './char-diff.js';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function renderPair(report: CompareReport, pair: PairReport, md: boolean): string[] {
  const source = report.versions[pair.source]!;
  const target = report.versions[pair.target]!;
  const e = pair.evidence;
  const h = (text: string): string => (md ? `### ${text}` : text);
  const li = md ? '- ' : '  ';
  const quote = (v: ReportVersion, ids: readonly number[]): string => ids.map((k) => v.sentences[k]?.text ?? '').join(' ').slice(0, 60);
  const out = [
    md ? `## ${target.id} against ${source.id}` : `== ${target.id} against ${source.id}`,
    `${md ? '**' : ''}${pair.verdict}${md ? '**' : ''}: score ${e.score} against baseline ${e.baseline} (lift ${e.lift}, ${e.method}); ${pct(e.supported)} of ${target.id}'s sentences supported, ${pct(e.coverage)} of ${source.id} covered, ${pct(e.order)} in order, length ratio ${e.lengthRatio}${e.anchors === undefined ? '' : `; ${e.anchors.count} lines share a rare term with it (their contexts this close by chance: p ${e.anchors.p})`}${e.via === undefined ? '' : `; related through ${report.versions[e.via]?.id}, a parallel version (its own scores above do not decide it)`}`,
  ];
  // A relation taken through a translation shows the findings composed through it (compare/through.ts), if any.
  if (pair.verdict === 'unrelated' || (e.via !== undefined && pair.items.length === 0)) return out;
  if (e.via !== undefined) out.push(`support taken through ${report.versions[e.via]?.id}: each sentence's counterpart there and that counterpart's support`);
  const min = pair.minConfidence ?? 0;
  const shown = (c: number | undefined): boolean => c === undefined || c >= min;
  const sure = (c: number | undefined): string => (c === undefined ? '' : ` (confidence ${c.toFixed(2)})`);
  // Surest first; equally sure findings in document order.
  const bySureness = <T extends { confidence?: number | undefined }>(xs: T[], at: (x: T) => number): T[] => [...xs].sort((x, y) => (y.confidence ?? 1) - (x.confidence ?? 1) || at(x) - at(y));
  out.push('', h('Coverage by section'));
  for (const r of pair.regions) if (r.heading !== undefined || pair.regions.length === 1) out.push(`${li}${pct(r.coverage).padStart(4)}  ${r.status === undefined ? '' : `${r.status.padEnd(7)}  `}${r.heading ?? '(whole text)'}`);
  const omissions = pair.items.flatMap((i) => (i.type === 'omission' ? [i] : []));
  const omitted = bySureness(omissions.filter((i) => shown(i.confidence)), (i) => i.source[0]!);
  out.push('', h(`Omitted (${omitted.length})`));
  for (const i of omitted) out.push(`${li}${source.id} #${i.source[0]}${i.source.length > 1 ? `–${i.source[i.source.length - 1]}` : ''}: ${i.firstWords}${sure(i.confidence)}`);
  const thin = pair.regions.filter((r) => r.status === 'thin');
  if (thin.length > 0) {
    out.push('', h(`Thinly covered (${thin.length})`));
    for (const r of thin) out.push(`${li}${pct(r.coverage).padStart(4)}  ${source.id} #${r.from}–${r.to - 1}: ${r.heading ?? quote(source, [r.from])}`);
  }
  const additions = pair.items.flatMap((i) => (i.type === 'addition' ? [i] : []));
  const added = bySureness(additions.filter((i) => shown(i.confidence)), (i) => i.target[0]!);
  out.push('', h(`Added (${added.length})`));
  for (const i of added) out.push(`${li}${target.id} #${i.target.join(',')}: ${i.firstWords}${sure(i.confidence)}`);
  const moves = pair.items.flatMap((i) => (i.type === 'moved' ? [i] : []));
  const moved = bySureness(moves.filter((i) => shown(i.confidence)), (i) => i.target[0]!);
  const hidden = omissions.length - omitted.length + additions.length - added.length + moves.length - moved.length;
  if (hidden > 0) out.push('', `${hidden} less sure finding${hidden === 1 ? '' : 's'} (omissions, additions, moves below confidence ${min}) not shown; the JSON report has ${hidden === 1 ? 'it' : 'them'}`);
  out.push('', h(`Moved (${moved.length})`));
  for (const i of moved) out.push(`${li}${target.id} #${i.target.join(',')} ← ${source.id} #${i.source.join(',')}: ${quote(target, i.target)}${sure(i.confidence)}`);
  out.push('', h(`Changed facts (${pair.facts.length})`));
  for (const f of pair.facts) out.push(`${li}${f.kind} (${f.category}): "${f.source.text}" ${source.id}@${f.source.start}-${f.source.end} → "${f.target.text}" ${target.id}@${f.target.start}-${f.target.end}${sure(f.confidence)}`);
  const diffs = pair.diffs.filter((d) => d.parts.some((p) => p.type !== 'equal') && d.parts.some((p) => p.type === 'equal'));
  if (pair.diffs.length > 0) {
    out.push('', h(`Wording differences after Traditional→Simplified (${diffs.length} of ${pair.diffs.length} units)`));
    for (const d of diffs.slice(0, md ? Infinity : 20)) out.push(`${li}#${d.target.join(',')}: ${renderDiff(d.parts)}`);
  }
  return out;
}

/** Renders every pair of a report; `markdown` for sharing, otherwise plain text for a terminal. */
export function renderCompareText(report: CompareReport, options: { markdown?: boolean } = {}): string {
  const md = options.markdown ?? false;
  const lines: string[] = [md ? '# Comparison' : 'duizhao compare', ''];
  for (const v of report.versions) lines.push(`${md ? '- ' : '  '}${v.id} (${v.lang}, ${v.sentences.length} sentences)`);
  for (const pair of report.pairs) lines.push('', ...renderPair(report, pair, md));
  return `${lines.join('\n')}\n`;
}
