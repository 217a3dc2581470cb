import { describe, expect, it } from 'vitest';
import type { MultiAlignmentReport, ReportVersion } from '@duizhao/core';
import { buildView } from '../src/index.js';

const version = (id: string, lang: ReportVersion['lang'], text: string): ReportVersion => ({ id, source: `${id}.txt`, lang, sentences: [{ index: 0, text, start: 0, end: text.length }] });
const span = (version: number, text: string, at: number) => ({ version, sentence: 0, start: at, end: at + text.length, text });

describe('a changed fact in the three-version table', () => {
  const report: MultiAlignmentReport = {
    kind: 'multi',
    versions: [version('en', 'en', 'Founded in 1998.'), version('hans', 'zh-Hans', '成立于1998年。'), version('hant', 'zh-Hant', '成立於1999年。')],
    alignment: {
      versions: [{ lang: 'en' }, { lang: 'zh-Hans' }, { lang: 'zh-Hant' }],
      pivot: 1,
      rows: [{ cells: [[0], [0], [0]], score: 0.9, conflicts: [], facts: [{ category: 'date', mentions: [span(0, '1998', 11), span(1, '1998年', 3), span(2, '1999年', 3)], odd: [2] }] }],
    },
  };

  it('is a problem row with a badge that says what each version states and which one differs', () => {
    const [row] = buildView(report).rows;
    expect(row!.problem).toBe(true);
    expect(row!.badges.map((b) => `${b.kind} ${b.label}`)).toEqual(['fact changed date']);
    expect(row!.badges[0]!.explanation).toBe('A different date: en says “1998”; hans says “1998年”; hant says “1999年”. hant differs from the others.');
  });
});
