/**
 * Alignment tables as GitHub-flavoured Markdown: one row per bead, a column
 * per version and the score. A cell is one line, so line breaks become
 * `<br>`; `|` is escaped as GFM requires inside tables, and `\` and `<` are
 * escaped so sentence text renders as itself, not as an escape or HTML.
 */
import type { AlignmentReport } from '../schema.js';
import { listBeadRows, listTableHeadings, toTableCells } from './json.js';

/** One table cell: what GitHub shows is the text itself. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export function renderMarkdown(report: AlignmentReport): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const rows = [line(listTableHeadings(report)), '| ---: | ---: | ---: | --- | --- |'];
  for (const row of listBeadRows(report)) rows.push(line(toTableCells(row)));
  return `${rows.join('\n')}\n`;
}
