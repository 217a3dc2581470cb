import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  AlignmentReport,
  RenderError,
  escapeMarkdownCell,
  formatLadder,
  parseLadder,
  quoteCsvField,
  renderCsv,
  renderJson,
  renderJsonl,
  renderMarkdown,
  renderMoses,
  renderTmx,
  renderTsv,
  type Lang,
} from '../src/index.js';

/** A small report with the text that breaks naive renderers: quotes, commas, pipes, markup, line breaks, control characters. */
function makeReport(langB: Lang = 'zh-Hans'): AlignmentReport {
  const sentence = (index: number, text: string) => ({ index, text, start: index * 10, end: index * 10 + text.length });
  return AlignmentReport.parse({
    kind: 'alignment',
    versions: [
      { id: 'a.txt', source: 'a.txt', lang: 'en', sentences: [sentence(0, 'He said "yes", then left.'), sentence(1, 'A | B & <C>'), sentence(2, 'Line one\nline two.'), sentence(3, 'Untranslated.')] },
      { id: 'b.txt', source: 'b.txt', lang: langB, sentences: [sentence(0, '他说"是",然后走了。'), sentence(1, 'A｜B 與 <C>\u0007'), sentence(2, '第一行\r\n第二行。')] },
    ],
    alignment: {
      a: { lang: 'en' },
      b: { lang: langB },
      method: 'lexical',
      beads: [
        { a: [0], b: [0], score: 0.9, type: '1-1', scores: { cost: 0.1 } },
        { a: [1, 2], b: [1, 2], score: 0.5, type: '2-2', scores: { cost: 0.6 } },
        { a: [3], b: [], score: 0.2, type: '1-0', scores: { cost: 1.6 } },
      ],
      stats: {},
    },
  });
}

/** RFC 4180 records, parsed the way spreadsheet programs do, to check the quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('tables', () => {
  it('csv quotes commas, quotes and line breaks (RFC 4180) and keeps the text unchanged', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('He said "yes", then')).toBe('"He said ""yes"", then"');
    const rows = parseCsv(renderCsv(makeReport()));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['a.txt ids', 'b.txt ids', 'score', 'a.txt (en)', 'b.txt (zh-Hans)']);
    expect(rows[1]).toEqual(['0', '0', '0.900', 'He said "yes", then left.', '他说"是",然后走了。']);
    expect(rows[2]![3]).toBe('A | B & <C> Line one\nline two.');
    expect(rows[3]).toEqual(['3', '', '0.200', 'Untranslated.', '']);
  });

  it('md is one GitHub table row per bead, pipes and line breaks escaped', () => {
    expect(escapeMarkdownCell('a|b\\c<d>\ne')).toBe('a\\|b\\\\c&lt;d><br>e');
    const lines = renderMarkdown(makeReport()).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('| ---: | ---: | ---: | --- | --- |');
    expect(lines[3]).toBe('| 1,2 | 1,2 | 0.500 | A \\| B &amp; &lt;C> Line one<br>line two. | A｜B 與 &lt;C>\u0007第一行<br>第二行。 |');
    // Every row has the same number of unescaped cell separators.
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('tsv has no quoting, so tabs and line breaks become spaces', () => {
    const lines = renderTsv(makeReport()).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe('1,2\t1,2\t0.500\tA | B & <C> Line one line two.\tA｜B 與 <C>\u0007第一行 第二行。');
  });
});

describe('json and jsonl', () => {
  it('json is the report itself, and the schema reads it back equal', () => {
    const report = makeReport();
    expect(AlignmentReport.parse(JSON.parse(renderJson(report)))).toEqual(report);
  });

  it('jsonl has one bead per line with both sides', () => {
    const records = renderJsonl(makeReport()).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(3);
    expect(records[2]).toMatchObject({ a: [3], b: [], score: 0.2, type: '1-0', textA: 'Untranslated.', textB: '' });
  });

  it('ladder carries the bead ids and scores', () => {
    expect(parseLadder(formatLadder(makeReport().alignment.beads))).toEqual([
      { a: [0], b: [0], score: 0.9 },
      { a: [1, 2], b: [1, 2], score: 0.5 },
      { a: [3], b: [], score: 0.2 },
    ]);
  });
});

describe('moses', () => {
  it('writes line-aligned files named by language, one-sided beads left out unless kept', () => {
    const moses = renderMoses(makeReport());
    expect(moses.suffixes).toEqual(['en', 'zh']);
    expect(moses.texts[0]).toBe('He said "yes", then left.\nA | B & <C> Line one line two.\n');
    expect(moses.texts[1]).toBe('他说"是",然后走了。\nA｜B 與 <C>\u0007第一行 第二行。\n');
    expect([moses.lines, moses.omitted]).toEqual([2, 1]);
    const kept = renderMoses(makeReport(), { keepEmpty: true });
    expect(kept.texts.map((t) => t.split('\n').length)).toEqual([4, 4]);
    expect(kept.texts[1].endsWith('\n\n')).toBe(true);
  });

  it('names two Chinese scripts by script, and refuses two versions it cannot tell apart', () => {
    const report = makeReport('zh-Hant');
    report.versions[0].lang = 'zh-Hans';
    expect(renderMoses(report).suffixes).toEqual(['zh-Hans', 'zh-Hant']);
    report.versions[1].lang = 'zh-Hans';
    expect(() => renderMoses(report)).toThrow(RenderError);
    expect(() => renderMoses(report)).toThrow('both versions are zh-Hans (a.txt, b.txt)');
  });
});

describe('tmx', () => {
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => ['tu', 'tuv', 'prop', 'note'].includes(name) });
  type Tu = { '@tuid': string; prop: { '@type': string; '#text'?: string }[]; note?: string[]; tuv: { '@xml:lang': string; seg: string }[] };

  it('is valid XML that a parser reads back to the source beads', () => {
    const report = makeReport();
    const xml = renderTmx(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as { tmx: { '@version': string; header: { '@srclang': string }; body: { tu: Tu[] } } };
    expect(doc.tmx['@version']).toBe('1.4');
    expect(doc.tmx.header['@srclang']).toBe('en');
    const units = doc.tmx.body.tu;
    expect(units).toHaveLength(report.alignment.beads.length);
    const prop = (tu: Tu, type: string) => tu.prop.find((p) => p['@type'] === type)?.['#text'] ?? '';
    units.forEach((tu, i) => {
      const bead = report.alignment.beads[i]!;
      expect(prop(tu, 'x-duizhao-a')).toBe(bead.a.join(','));
      expect(prop(tu, 'x-duizhao-b')).toBe(bead.b.join(','));
      expect(Number(prop(tu, 'x-duizhao-score'))).toBeCloseTo(bead.score, 4);
    });
    expect(units[0]!.tuv).toEqual([
      { '@xml:lang': 'en', seg: 'He said "yes", then left.' },
      { '@xml:lang': 'zh-Hans', seg: '他说"是",然后走了。' },
    ]);
    // Markup-like text stays text; CR survives as a character reference; the bell character is removed and noted.
    expect(units[1]!.tuv[0]!.seg).toBe('A | B & <C> Line one\nline two.');
    expect(units[1]!.tuv[1]!.seg).toBe('A｜B 與 <C>第一行\r\n第二行。');
    expect(units[1]!.note).toEqual(['removed 1 character(s) that XML 1.0 cannot hold']);
    // A one-sided bead is a unit with one variant.
    expect(units[2]!.tuv).toEqual([{ '@xml:lang': 'en', seg: 'Untranslated.' }]);
  });

  it('carries a reviewed bead\'s status as a prop, and writes none for an unreviewed report', () => {
    expect(renderTmx(makeReport())).not.toContain('x-duizhao-status');
    const report = makeReport();
    report.alignment.beads[0]!.status = 'confirmed';
    report.alignment.beads[1]!.status = 'edited';
    const units = (parser.parse(renderTmx(report)) as { tmx: { body: { tu: Tu[] } } }).tmx.body.tu;
    const status = units.map((tu) => tu.prop.find((p) => p['@type'] === 'x-duizhao-status')?.['#text'] ?? null);
    expect(status).toEqual(['confirmed', 'edited', null]);
    expect(renderJsonl(report).split('\n').map((l) => (l ? (JSON.parse(l) as { status?: string }).status ?? null : 'end'))).toEqual(['confirmed', 'edited', null, 'end']);
  });

  it('labels Traditional Chinese zh-Hant and refuses two versions of the same language and script', () => {
    expect(renderTmx(makeReport('zh-Hant'))).toContain('<tuv xml:lang="zh-Hant"><seg>他说');
    const report = makeReport();
    report.versions[0].lang = 'zh-Hans';
    expect(() => renderTmx(report)).toThrow(/both versions are zh-Hans/);
  });
});
