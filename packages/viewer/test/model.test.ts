import { describe, expect, it } from 'vitest';
import type { AlignmentReport, CompareReport, MultiAlignmentReport, ReportVersion } from '@duizhao/core';
import { buildView, choosePair, listPairs, markDiff, type Row, type Segment } from '../src/index.js';

const version = (id: string, lang: ReportVersion['lang'], texts: string[]): ReportVersion => {
  let at = 0;
  return {
    id,
    source: `${id}.txt`,
    lang,
    sentences: texts.map((text, index) => {
      const s = { index, text, start: at, end: at + text.length };
      at += text.length + 1;
      return s;
    }),
  };
};

/** A cell as one readable string, diff marks as jsdiff's tests write them. */
const show = (segments: Segment[]): string => segments.map((g) => (g.mark ? `<${g.mark}>${g.text}</${g.mark}>` : g.text)).join('');
const cell = (row: Row, column: number): string => row.cells[column]!.map((s) => show(s.segments)).join(' | ');

const alignment: AlignmentReport = {
  kind: 'alignment',
  versions: [version('en', 'en', ['Title', 'He invented PPO.', 'Scaling matters.']), version('zh', 'zh-Hans', ['他发明了PPO。', '规模很重要。'])],
  alignment: {
    a: { lang: 'en' },
    b: { lang: 'zh-Hans' },
    method: 'lexical',
    beads: [
      { a: [0], b: [], score: 0.2, scores: {} },
      { a: [1], b: [0], score: 0.9, scores: {} },
      { a: [2], b: [1], score: 0.1, scores: {} },
    ],
    stats: {},
  },
};

describe('buildView of an alignment report', () => {
  const view = buildView(alignment);

  it('has a column per version and a row per bead, with each version in its own text', () => {
    expect(view.columns.map((c) => `${c.id} ${c.lang}`)).toEqual(['en en', 'zh zh-Hans']);
    expect(view.rows.map((r) => [cell(r, 0), cell(r, 1)])).toEqual([
      ['Title', ''],
      ['He invented PPO.', '他发明了PPO。'],
      ['Scaling matters.', '规模很重要。'],
    ]);
  });

  it('marks a one-sided bead as having no counterpart and a low score as low confidence', () => {
    expect(view.rows.map((r) => r.badges.map((b) => b.kind))).toEqual([['omission'], [], ['low']]);
    expect(view.rows[0]!.score).toBeNull();
    expect(view.rows[0]!.badges[0]!.explanation).toBe('en sentence 1 has no counterpart in zh.');
    expect(view.rows.map((r) => r.problem)).toEqual([true, false, true]);
  });

  it('draws the overview of the first version: uncovered where a sentence has no counterpart', () => {
    expect(view.overview.map((s) => [s.status, s.from, s.to, s.row])).toEqual([
      ['uncovered', 0, 1, 0],
      ['covered', 1, 3, 1],
    ]);
    expect(view.overview.reduce((n, s) => n + s.weight, 0)).toBeCloseTo(1);
  });
});

const compare: CompareReport = {
  kind: 'compare',
  versions: [
    version('hant', 'zh-Hant', ['他們發明了PPO演算法。', '第二句。', '沒有對應。']),
    version('hans', 'zh-Hans', ['前言。', '第二句。', '他们发明了PPO算法。']),
  ],
  pairs: [
    {
      source: 0,
      target: 1,
      verdict: 'summary',
      evidence: { method: 'ngram', score: 0.5, baseline: 0.1, lift: 5, supported: 0.7, coverage: 0.6, order: 0.5, lengthRatio: 0.9 },
      regions: [{ index: 0, heading: '開頭', from: 0, to: 3, coverage: 0.6 }],
      items: [
        { type: 'addition', target: [0], firstWords: '前言。' },
        { type: 'match', source: [1], target: [1], score: 0.8 },
        { type: 'moved', source: [0], target: [2], score: 0.6 },
        { type: 'omission', source: [2], region: 0, whole: false, firstWords: '沒有對應' },
      ],
      facts: [
        {
          kind: 'different-term',
          category: 'term',
          source: { sentence: 0, start: 8, end: 11, text: '演算法' },
          target: { sentence: 2, start: 14, end: 16, text: '算法' },
        },
      ],
      diffs: [
        {
          source: [0],
          target: [2],
          parts: [
            { type: 'equal', text: '他們發明了PPO', start: 0, end: 8 },
            { type: 'delete', text: '演', start: 8, end: 9 },
            { type: 'equal', text: '算法。', start: 9, end: 12 },
          ],
        },
      ],
    },
    {
      source: 0,
      target: 1,
      verdict: 'unrelated',
      evidence: { method: 'ngram', score: 0.1, baseline: 0.1, lift: 1, supported: 0, coverage: 0, order: 0, lengthRatio: 1 },
      regions: [],
      items: [],
      facts: [],
      diffs: [],
    },
  ],
};

describe('buildView of a compare report', () => {
  const view = buildView(compare, 0);

  it('shows each item as a row: additions and omissions one-sided, the source first', () => {
    expect(view.rows.map((r) => [cell(r, 0), cell(r, 1)])).toEqual([
      ['', '前言。'],
      ['第二句。', '第二句。'],
      ['他們發明了PPO<del>演</del>算法。', '他们发明了PPO算法。'],
      ['沒有對應。', ''],
    ]);
  });

  it('gives every problem a badge with an explanation that names both versions', () => {
    expect(view.rows.map((r) => r.badges.map((b) => b.label))).toEqual([['added'], [], ['moved', 'changed term'], ['omitted']]);
    expect(view.rows[2]!.badges[1]!.explanation).toBe('a different term: hant says “演算法”, hans says “算法”.');
    expect(view.rows[3]!.badges[0]!.explanation).toBe('hans leaves out part of the section “開頭” (hant sentence 3), starting “沒有對應”.');
  });

  it('draws moved and uncovered source sentences in the overview and links them to their rows', () => {
    expect(view.overview.map((s) => [s.status, s.from, s.to, s.row])).toEqual([
      ['moved', 0, 1, 2],
      ['covered', 1, 2, 1],
      ['uncovered', 2, 3, 3],
    ]);
  });

  it('lists every pair and opens the first related one', () => {
    expect(listPairs(compare).map((p) => `${p.label} ${p.verdict}`)).toEqual(['hant ↔ hans summary', 'hant ↔ hans unrelated']);
    expect(choosePair({ ...compare, pairs: [compare.pairs[1]!, compare.pairs[0]!] })).toBe(1);
    expect(buildView(compare, 1).rows).toEqual([]);
    expect(() => buildView(compare, 2)).toThrow('there is no pair 2');
  });
});

describe('rows of a compare report in reading order', () => {
  // Items as compare lists them: matches, then moves, then additions, then omissions.
  const pair = compare.pairs[0]!;
  const ordered: CompareReport = {
    ...compare,
    versions: [version('src', 'zh-Hant', ['一。', '二。', '三。', '四。', '五。']), version('sum', 'zh-Hans', ['一。', '四。', '新。', '五。', '二。'])],
    pairs: [
      {
        ...pair,
        regions: [{ index: 0, from: 0, to: 5, coverage: 0.8 }],
        items: [
          { type: 'match', source: [0], target: [0], score: 0.9 },
          { type: 'match', source: [3], target: [1], score: 0.8 },
          { type: 'match', source: [4], target: [3], score: 0.7 },
          { type: 'moved', source: [1], target: [4], score: 1.47, confidence: 0.81 },
          { type: 'addition', target: [2], firstWords: '新。', confidence: 0.1 },
          { type: 'omission', source: [2], region: 0, whole: false, firstWords: '三。' },
        ],
        facts: [],
        diffs: [],
        minConfidence: 0.25,
      },
    ],
  };
  const view = buildView(ordered, 0);

  it('puts an omitted passage where it falls in the source, and moves and additions where they fall in the target', () => {
    expect(view.rows.map((r) => `${cell(r, 0) || '-'} ${cell(r, 1) || '-'}`)).toEqual(['一。 一。', '三。 -', '四。 四。', '- 新。', '五。 五。', '二。 二。']);
  });

  it('shows a move’s confidence, not its ranking score, and no badge for a finding below the report’s minimum', () => {
    const moved = view.rows.find((r) => r.badges.some((b) => b.kind === 'moved'))!;
    expect(moved.score).toBeNull();
    expect(moved.badges[0]!.explanation).toMatch(/the order differs\. Confidence 0\.81 that this is real\.$/);
    const added = view.rows.find((r) => cell(r, 1) === '新。')!;
    expect(added.badges).toEqual([]);
    expect(view.rows.every((r) => r.score === null || (r.score >= 0 && r.score <= 1))).toBe(true);
  });
});

const multi: MultiAlignmentReport = {
  kind: 'multi',
  versions: [
    version('en', 'en', ['He invented PPO.', 'Scaling matters.', 'Thanks.']),
    version('hans', 'zh-Hans', ['他发明了PPO。', '规模很重要。']),
    version('hant', 'zh-Hant', ['他發明了PPO。', '規模很重要。']),
  ],
  alignment: {
    versions: [{ lang: 'en', id: 'en' }, { lang: 'zh-Hans', id: 'hans' }, { lang: 'zh-Hant', id: 'hant' }],
    pivot: 0,
    rows: [
      { cells: [[0], [0], [0]], score: 0.9, conflicts: [] },
      { cells: [[1], [1], [1]], score: 0.2, conflicts: [[1, 2]] },
      { cells: [[2], [], []], score: 0.8, conflicts: [] },
    ],
  },
};

describe('buildView of a multi-version report', () => {
  const view = buildView(multi);

  it('has a column per version and a row per table row, each version in its own characters', () => {
    expect(listPairs(multi)).toEqual([{ label: 'en ↔ hans ↔ hant' }]);
    expect(view.columns.map((c) => `${c.id} ${c.lang}`)).toEqual(['en en', 'hans zh-Hans', 'hant zh-Hant']);
    expect(view.rows.map((r) => [0, 1, 2].map((c) => cell(r, c)))).toEqual([
      ['He invented PPO.', '他发明了PPO。', '他發明了PPO。'],
      ['Scaling matters.', '规模很重要。', '規模很重要。'],
      ['Thanks.', '', ''],
    ]);
  });

  it('badges a row whose direct alignment of two versions disagrees with the pivot, and a one-sided row', () => {
    expect(view.rows.map((r) => r.badges.map((b) => b.kind))).toEqual([[], ['conflict', 'low'], ['omission']]);
    expect(view.rows[1]!.badges[0]).toMatchObject({ label: 'inconsistent', explanation: expect.stringContaining('the direct alignment of hans and hant disagrees with the pivot en') });
    expect(view.rows[2]!.badges[0]!.label).toBe('not in hans, hant');
    expect(view.rows.map((r) => r.score)).toEqual([0.9, 0.2, null]);
    expect(view.overview.map((s) => [s.status, s.from, s.to])).toEqual([
      ['covered', 0, 2],
      ['uncovered', 2, 3],
    ]);
    expect(view.summary).toContain('3 units, 1 inconsistent');
  });
});

describe('markDiff', () => {
  it('marks insertions on the target side, skipping the equal characters it shares', () => {
    const parts = [
      { type: 'equal' as const, text: '他', start: 0, end: 1 },
      { type: 'delete' as const, text: '們', start: 1, end: 2 },
      { type: 'insert' as const, text: '们', start: 1, end: 2 },
      { type: 'equal' as const, text: '好', start: 2, end: 3 },
    ];
    expect(markDiff(['他們好'], parts, 'source').map(show)).toEqual(['他<del>們</del>好']);
    expect(markDiff(['他们好'], parts, 'target').map(show)).toEqual(['他<ins>们</ins>好']);
  });

  it('splits a part that spans two sentences of a unit at the sentence boundary', () => {
    const parts = [
      { type: 'equal' as const, text: '甲', start: 0, end: 1 },
      { type: 'delete' as const, text: '乙丙', start: 1, end: 9 },
    ];
    expect(markDiff(['甲乙', '丙'], parts, 'source').map(show)).toEqual(['甲<del>乙</del>', '<del>丙</del>']);
  });

  it('leaves a part it cannot find unmarked rather than marking the wrong characters', () => {
    expect(markDiff(['abc'], [{ type: 'delete', text: 'x', start: 0, end: 1 }], 'source').map(show)).toEqual(['abc']);
  });
});
