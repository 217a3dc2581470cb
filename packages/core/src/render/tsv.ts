/**
 * Tab-separated alignment tables: one row per bead, a column per version and
 * the score. Tabs and line breaks inside sentences become spaces, since TSV
 * has no quoting (IANA text/tab-separated-values).
 */
import type { AlignmentReport } from '../schema.js';
import { iterateBeadRows, listTableHeadings, toTableCells, type BeadRow } from './json.js';

const BREAKS = /[\t\r\n]/;
/** A cell with its tabs and line breaks as spaces; most cells have none, and are returned as they are without a copy. */
const clean = (text: string): string => (BREAKS.test(text) ? text.replace(/[\t\r\n]+/g, ' ') : text);

export function renderTsv(report: AlignmentReport): string {
  return [...renderTsvLines(report)].join('');
}

/** `renderTsv` a line at a time (each with its newline), for output written as it is made. */
export function* renderTsvLines(report: AlignmentReport): Generator<string> {
  yield `${listTableHeadings(report).map(clean).join('\t')}\n`;
  for (const row of iterateBeadRows(report)) yield toTsvLine(row);
}

/** One bead's line: ids and score need no cleaning (digits, commas and a dot). */
function toTsvLine(row: BeadRow): string {
  const [a, b, score, textA, textB] = toTableCells(row);
  return `${a}\t${b}\t${score}\t${clean(textA!)}\t${clean(textB!)}\n`;
}
