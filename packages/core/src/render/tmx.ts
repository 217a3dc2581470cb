/**
 * Translation memory exchange, TMX 1.4b (LISA/GALA): one translation unit per
 * bead, a `<tuv xml:lang>` per non-empty side (`en`, `zh-Hans`, `zh-Hant`),
 * the bead's sentence ids, score and (when reviewed) status as `x-` props so
 * nothing the report knows about the bead is lost. Text is escaped for XML 1.0; characters XML 1.0
 * cannot hold (C0 controls but tab and line feed, U+FFFE/U+FFFF, lone
 * surrogates) are removed and a `<note>` on the unit says how many.
 */
import type { AlignmentReport } from '../schema.js';
import { RenderError, listBeadRows, toLanguageTag } from './json.js';

export interface TmxOptions {
  /**
   * The tool version written in the header's `creationtoolversion`.
   * @default '0.1.0'
   */
  toolVersion?: string;
}

// Allowed in XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// CR is allowed but parsers turn it into LF, so it is written as &#13;.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content or attribute value for XML 1.0, and the number of characters XML 1.0 cannot hold that were removed. */
export function escapeXml(text: string): { text: string; removed: number } {
  let removed = 0;
  const legal = text.replace(ILLEGAL, () => {
    removed++;
    return '';
  });
  const escaped = legal.replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
  return { text: escaped, removed };
}

export function renderTmx(report: AlignmentReport, options: TmxOptions = {}): string {
  const [a, b] = report.versions;
  if (a.lang === b.lang) {
    throw new RenderError(`both versions are ${toLanguageTag(a.lang)} (${a.id}, ${b.id}); TMX needs two different languages or scripts`);
  }
  const langA = toLanguageTag(a.lang);
  const langB = toLanguageTag(b.lang);
  const attr = (value: string) => escapeXml(value).text;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="duizhao" creationtoolversion="${attr(options.toolVersion ?? '0.1.0')}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${langA}" o-tmf="duizhao">`,
    `    <prop type="x-duizhao-version-a">${attr(a.id)}</prop>`,
    `    <prop type="x-duizhao-version-b">${attr(b.id)}</prop>`,
    `    <prop type="x-duizhao-method">${report.alignment.method}</prop>`,
    '  </header>',
    '  <body>',
  ];
  listBeadRows(report).forEach((row, i) => {
    const segA = escapeXml(row.textA);
    const segB = escapeXml(row.textB);
    out.push(`    <tu tuid="${i + 1}">`);
    const removed = segA.removed + segB.removed;
    if (removed > 0) out.push(`      <note>removed ${removed} character(s) that XML 1.0 cannot hold</note>`);
    out.push(`      <prop type="x-duizhao-a">${row.a.join(',')}</prop>`);
    out.push(`      <prop type="x-duizhao-b">${row.b.join(',')}</prop>`);
    out.push(`      <prop type="x-duizhao-score">${row.score.toFixed(4)}</prop>`);
    // Only a reviewed report has statuses; an aligner's report renders as it always did.
    const status = report.alignment.beads[i]?.status;
    if (status !== undefined) out.push(`      <prop type="x-duizhao-status">${status}</prop>`);
    if (row.a.length > 0) out.push(`      <tuv xml:lang="${langA}"><seg>${segA.text}</seg></tuv>`);
    if (row.b.length > 0) out.push(`      <tuv xml:lang="${langB}"><seg>${segB.text}</seg></tuv>`);
    out.push('    </tu>');
  });
  out.push('  </body>', '</tmx>');
  return `${out.join('\n')}\n`;
}
