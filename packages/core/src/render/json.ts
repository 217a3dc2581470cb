/** The JSON model every output format is rendered from. */
import type { Alignment, AlignmentReport, Lang, ReportVersion, Version } from '../schema.js';

/** A version's sentences as a report carries them: text, original offsets and block type. */
export function toReportVersion(version: Version): ReportVersion {
  return {
    id: version.id,
    source: version.source,
    lang: version.lang,
    sentences: version.sentences.map((s) => {
      const type = version.blocks[s.block]?.type;
      return type === undefined ? { index: s.index, text: s.text, start: s.start, end: s.end } : { index: s.index, text: s.text, start: s.start, end: s.end, type };
    }),
  };
}

/** Bundles two versions and their alignment into one self-contained report. */
export function buildAlignmentReport(a: Version, b: Version, alignment: Alignment): AlignmentReport {
  return { kind: 'alignment', versions: [toReportVersion(a), toReportVersion(b)], alignment };
}

/** The text of a bead side: its sentences joined (a space between Latin-script sentences, nothing in Chinese). */
export function joinSentences(version: ReportVersion, ids: readonly number[]): string {
  const glue = version.lang === 'en' || version.lang === 'other' ? ' ' : '';
  return ids.map((i) => version.sentences[i]?.text ?? '').join(glue);
}

/** A bead as a table row: the ids and text of each side and the score. */
export interface BeadRow {
  a: number[];
  b: number[];
  score: number;
  textA: string;
  textB: string;
}

/** One row per bead, in document order, with each side's sentences joined. */
export function listBeadRows(report: AlignmentReport): BeadRow[] {
  return [...iterateBeadRows(report)];
}

/** `listBeadRows` one row at a time, for output written as it is made (a book's rows need not all be held at once). */
export function* iterateBeadRows(report: AlignmentReport): Generator<BeadRow> {
  const [a, b] = report.versions;
  for (const bead of report.alignment.beads) yield { a: bead.a, b: bead.b, score: bead.score, textA: joinSentences(a, bead.a), textB: joinSentences(b, bead.b) };
}

/** Column headings of the alignment tables (tsv, csv, md): ids of each version, the score, the text of each version. */
export function listTableHeadings(report: AlignmentReport): string[] {
  const [a, b] = report.versions;
  return [`${a.id} ids`, `${b.id} ids`, 'score', `${a.id} (${a.lang})`, `${b.id} (${b.lang})`];
}

/** A table row's cells, in the order of `listTableHeadings`; the score with three decimals. */
export function toTableCells(row: BeadRow): string[] {
  return [row.a.join(','), row.b.join(','), row.score.toFixed(3), row.textA, row.textB];
}

/**
 * Input that a format cannot represent (two versions a bilingual format
 * cannot tell apart): a message for the person who asked for it.
 */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * A BCP 47 tag for a version's language, as TMX `xml:lang` and Moses file
 * suffixes use: `en`, `zh-Hans`, `zh-Hant`, and `und` (undetermined) for text
 * in no language duizhao detects.
 */
export function toLanguageTag(lang: Lang): string {
  return lang === 'other' ? 'und' : lang;
}
