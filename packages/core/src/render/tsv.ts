/**
 * Tab-separated alignment tables: one row per bead, a column per version and
 * the score. Tabs and line breaks inside sentences become spaces, since TSV
 * has no quoting (IANA text/tab-separated-values).
 */
import type { AlignmentReport } from '../schema.js';
import { joinSentences } from './json.js';

const clean = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

export function renderTsv(report: AlignmentReport): string {
  const [a, b] = report.versions;
  const rows = [[`${a.id} ids`, `${b.id} ids`, 'score', `${a.id} (${a.lang})`, `${b.id} (${b.lang})`].map(clean).join('\t')];
  for (const bead of report.alignment.beads) {
    rows.push([bead.a.join(','), bead.b.join(','), bead.score.toFixed(3), clean(joinSentences(a, bead.a)), clean(joinSentences(b, bead.b))].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}
