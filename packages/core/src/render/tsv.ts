/**
 * Tab-separated alignment tables: one row per bead, a column per version and
 * the score. Tabs and line breaks inside sentences become spaces, since TSV
 * has no quoting (IANA text/tab-separated-values).
 */
import type { AlignmentReport, Bead, ReportVersion } from '../schema.js';
import { joinSentences, listTableHeadings } from './json.js';

const BREAKS = /[\t\r\n]/;
/** A cell with its tabs and line breaks as spaces; most cells have none, and are returned as they are without a copy. */
const clean = (text: string): string => (BREAKS.test(text) ? text.replace(/[\t\r\n]+/g, ' ') : text);

/**
 * Characters of TSV gathered before a piece is handed on: a book has tens of
 * thousands of rows, and passing each on by itself through the generators
 * that write it cost a third of the rendering.
 */
const PIECE = 1 << 16;

export function renderTsv(report: AlignmentReport): string {
  return [...renderTsvLines(report)].join('');
}

/** `renderTsv` in pieces of whole lines (each line with its newline), for output written as it is made. */
export function* renderTsvLines(report: AlignmentReport): Generator<string> {
  const [a, b] = report.versions;
  let piece = `${listTableHeadings(report).map(clean).join('\t')}\n`;
  for (const bead of report.alignment.beads) {
    piece += toTsvLine(bead, a, b);
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}

/**
 * One bead's line, its cells those of `toTableCells` (made here without the
 * row and cell objects, a book's worth of garbage). Ids and score need no
 * cleaning: digits, commas and a dot.
 */
function toTsvLine(bead: Bead, a: ReportVersion, b: ReportVersion): string {
  return `${bead.a.join(',')}\t${bead.b.join(',')}\t${bead.score.toFixed(3)}\t${clean(sideText(a, bead.a))}\t${clean(sideText(b, bead.b))}\n`;
}

/** `joinSentences`, without its array for the one sentence most sides hold. */
function sideText(version: ReportVersion, ids: readonly number[]): string {
  return ids.length === 1 ? (version.sentences[ids[0]!]?.text ?? '') : joinSentences(version, ids);
}
