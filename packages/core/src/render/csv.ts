/**
 * Comma-separated alignment tables (RFC 4180): one row per bead, a column
 * per version and the score. Fields holding a comma, a double quote or a line
 * break are quoted with quotes doubled, so sentences survive unchanged,
 * line breaks included; records end in CRLF as the RFC specifies.
 */
import type { AlignmentReport } from '../schema.js';
import { iterateBeadRows, listTableHeadings, toTableCells } from './json.js';

/** Quotes a field when RFC 4180 requires it. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function renderCsv(report: AlignmentReport): string {
  return [...renderCsvLines(report)].join('');
}

/** `renderCsv` a record at a time (each with its CRLF), for output written as it is made. */
export function* renderCsvLines(report: AlignmentReport): Generator<string> {
  yield `${listTableHeadings(report).map(quoteCsvField).join(',')}\r\n`;
  for (const row of iterateBeadRows(report)) yield `${toTableCells(row).map(quoteCsvField).join(',')}\r\n`;
}
