/**
 * Tab-separated alignment tables: one row per bead, a column per version and
 * the score. Tabs and line breaks inside sentences become spaces, since TSV
 * has no quoting (IANA text/tab-separated-values).
 */
import type { AlignmentReport } from '../schema.js';
import { iterateBeadRows, listTableHeadings, toTableCells } from './json.js';

const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

export function renderTsv(report: AlignmentReport): string {
  return [...renderTsvLines(report)].join('');
}

/** `renderTsv` a line at a time (each with its newline), for output written as it is made. */
export function* renderTsvLines(report: AlignmentReport): Generator<string> {
  yield `${listTableHeadings(report).map(clean).join('\t')}\n`;
  for (const row of iterateBeadRows(report)) yield `${toTableCells(row).map(clean).join('\t')}\n`;
}
