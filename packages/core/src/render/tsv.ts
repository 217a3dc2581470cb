/**
 * Tab-separated alignment tables: one row per bead, a column per version and
 * the score. Tabs and line breaks inside sentences become spaces, since TSV
 * has no quoting (IANA text/tab-separated-values).
 */
import type { AlignmentReport } from '../schema.js';
import { listBeadRows, listTableHeadings, toTableCells } from './json.js';

const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

export function renderTsv(report: AlignmentReport): string {
  const rows = [listTableHeadings(report), ...listBeadRows(report).map(toTableCells)];
  return `${rows.map((cells) => cells.map(clean).join('\t')).join('\n')}\n`;
}
