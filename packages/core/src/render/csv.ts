/**
 * Comma-separated alignment tables (RFC 4180): one row per bead, a column
 * per version and the score. Fields holding a comma, a double quote or a line
 * break are quoted with quotes doubled, so sentences survive unchanged,
 * line breaks included; records end in CRLF as the RFC specifies.
 */
import type { AlignmentReport } from '../schema.js';
import { listBeadRows, listTableHeadings, toTableCells } from './json.js';

/** Quotes a field when RFC 4180 requires it. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function renderCsv(report: AlignmentReport): string {
  const rows = [listTableHeadings(report), ...listBeadRows(report).map(toTableCells)];
  return rows.map((cells) => `${cells.map(quoteCsvField).join(',')}\r\n`).join('');
}
