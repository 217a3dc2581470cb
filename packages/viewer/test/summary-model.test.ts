import { describe, expect, it } from 'vitest';
import type { CompareReport, PairReport, ReportVersion } from '@duizhao/core';
import { buildSummaryModel, isSummaryPair } from '../src/summary/model.js';

/** A version whose sentences are separated by a blank line (a new block each) unless `join` lists them as continuing. */
const version = (id: string, texts: string[], types: (ReportVersion['sentences'][number]['type'] | undefined)[] = [], join: number[] = []): ReportVersion => {
  let at = 0;
  return {
    id,
    source: `${id}.txt`,
    lang: 'zh-Hans',
    sentences: texts.map((text, index) => {
      if (index > 0) at += join.includes(index) ? 0 : 2;
      const s = { index, text, start: at, end: at + text.length, ...(types[index] ? { type: types[index] } : {}) };
      at += text.length;
      return s;
    }),
  };
};

const source = version(
  'transcript',
  ['第一部分', '甲说了一件事。', '乙补充了细节。', '第二部分', '丙讲了 1998 年。', '丁讲了别的。', '第三部分', '戊没人提。'],
  ['heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph'],
  [2],
);
const target = version('outline', ['要点', '甲和丁都说过。', '1999 年的事。', '编者按：这是总结。'], ['heading', 'listItem', 'listItem', 'paragraph']);

const pair = (extra: Partial<PairReport> = {}): PairReport => ({
  source: 0,
  target: 1,
  verdict: 'summary',
  evidence: { method: 'ngram', score: 0.3, baseline: 0.1, lift: 3, supported: 0.5, coverage: 0.5, order: 1, lengthRatio: 0.4 },
  regions: [
    { index: 0, heading: '第一部分', from: 0, to: 3, coverage: 0.5 },
    { index: 1, heading: '第二部分', from: 3, to: 6, coverage: 0.1 },
    { index: 2, heading: '第三部分', from: 6, to: 8, coverage: 0 },
  ],
  items: [
    { type: 'match', target: [1], source: [1], score: 0.4 },
    { type: 'moved', target: [1], source: [5], score: 1.47 },
    { type: 'match', target: [2], source: [4], score: 0.2 },
    { type: 'omission', source: [2], region: 0, whole: false, firstWords: '乙补充了细节。' },
    { type: 'omission', source: [7], region: 2, whole: true, firstWords: '戊没人提。' },
    { type: 'addition', target: [3], firstWords: '编者按：这是总结。' },
  ],
  facts: [{ kind: 'different-number', category: 'date', source: { sentence: 4, start: 0, end: 4, text: '1998' }, target: { sentence: 2, start: 0, end: 4, text: '1999' } }],
  diffs: [],
  ...extra,
});

const report = (p: PairReport): CompareReport => ({ kind: 'compare', versions: [source, target], pairs: [p] });
const links = (list: { sentence: number; score: number }[]): string[] => list.map((l) => `${l.sentence}:${l.score.toFixed(2)}`);

describe('the summary model of a compare report without a support model (derived from its items)', () => {
  const model = buildSummaryModel(report(pair()));

  it('links a summary sentence to every source sentence of its units, anywhere in the source, best first, scores clamped to 0..1', () => {
    expect(model.supportOrigin).toBe('items');
    expect(links(model.summary[1]!.links)).toEqual(['5:1.00', '1:0.40']);
    expect(links(model.summary[2]!.links)).toEqual(['4:0.20']);
    expect(model.summary[3]!.links).toEqual([]);
  });

  it('links each source sentence back to the summary sentences it supports, and shades it against the pair’s best support', () => {
    expect(model.sources.map((s) => s.links.map((l) => l.sentence))).toEqual([[], [1], [], [], [2], [1], [], []]);
    expect(model.sources.map((s) => s.strength.toFixed(2))).toEqual(['0.00', '0.40', '0.00', '0.00', '0.20', '1.00', '0.00', '0.00']);
  });

  it('gives each section its coverage and a status: nothing supported is omitted, under 20 % thin', () => {
    expect(model.sections.map((s) => `${s.name} ${s.status} ${s.firstWords}`)).toEqual(['第一部分 covered 甲说了一件事。', '第二部分 thin 丙讲了 1998 年。', '第三部分 omitted 戊没人提。']);
    expect(model.sectionOf).toEqual([0, 0, 0, 1, 1, 1, 2, 2]);
    expect(model.sections.map((s) => s.markedOmitted)).toEqual([false, false, true]);
    expect(model.sections.reduce((n, s) => n + s.weight, 0)).toBeCloseTo(1, 10);
  });

  it('keeps blocks: a heading, list items, and a sentence that continues its paragraph', () => {
    expect(model.sources.map((s) => (s.heading ? 'h' : s.startsBlock ? 'p' : '+'))).toEqual(['h', 'p', '+', 'h', 'p', 'p', 'h', 'p']);
    expect(model.summary.map((s) => s.listItem)).toEqual([false, true, true, false]);
  });

  it('shows by default, having no confidence to go by, changed facts and whole sections left out, not additions, moves or single omitted sentences', () => {
    expect(model.threshold).toBeUndefined();
    expect(model.rule).toMatch(/^The report carries no confidence/);
    expect(model.findings.map((f) => `${f.kind}:${f.label}:${f.shown}`)).toEqual(['moved:moved:false', 'omission:omitted:false', 'omission:section omitted:true', 'addition:added:false', 'fact:changed date:true']);
    expect(model.findings.find((f) => f.kind === 'fact')!.explanation).toBe('a different number: transcript says “1998”, outline says “1999”.');
    // Findings are attached to the sentences they are about, on both sides.
    expect(model.summary[2]!.findings.map((f) => model.findings[f]!.kind)).toEqual(['fact']);
    expect(model.sources[7]!.findings.map((f) => model.findings[f]!.kind)).toEqual(['omission']);
  });
});

describe('the summary model of a report that carries support, confidences and a threshold', () => {
  const withSupport = pair({
    support: [
      { target: 1, sources: [{ sentence: 5, score: 0.9 }, { sentence: 1, score: 0.6 }] },
      { target: 2, sources: [{ sentence: 4, score: 0.45 }] },
    ],
    minConfidence: 0.5,
    regions: [
      { index: 0, heading: '第一部分', from: 0, to: 3, coverage: 0.5, status: 'covered', confidence: 0.9 },
      { index: 1, heading: '第二部分', from: 3, to: 6, coverage: 0.1, status: 'covered', confidence: 0.6 },
      { index: 2, heading: '第三部分', from: 6, to: 8, coverage: 0, status: 'omitted', confidence: 0.8 },
    ],
    items: [
      { type: 'match', target: [1], source: [2], score: 0.3 },
      { type: 'omission', source: [7], region: 2, whole: true, firstWords: '戊没人提。', confidence: 0.3 },
      { type: 'addition', target: [3], firstWords: '编者按：这是总结。', confidence: 0.8 },
      { type: 'moved', target: [2], source: [4], score: 0.9 },
    ],
  });
  const model = buildSummaryModel(report(withSupport));

  it('uses the report’s support, not its items', () => {
    expect(model.supportOrigin).toBe('report');
    expect(links(model.summary[1]!.links)).toEqual(['5:0.90', '1:0.60']);
    expect(model.sources[2]!.links).toEqual([]);
  });

  it('takes each section’s status and confidence from the report', () => {
    expect(model.sections.map((s) => `${s.status} ${s.confidence} ${s.markedOmitted}`)).toEqual(['covered 0.9 false', 'covered 0.6 false', 'omitted 0.8 true']);
    const unsure = buildSummaryModel(report({ ...withSupport, minConfidence: 0.85 }));
    expect(unsure.sections.map((s) => s.markedOmitted)).toEqual([false, false, false]);
  });

  it('shows a finding when its confidence reaches the threshold; one without a confidence as the measured rule has it', () => {
    expect(model.threshold).toBe(0.5);
    expect(model.rule).toMatch(/^Shown: findings whose confidence is at least 50 %, the report’s threshold\. Findings without a confidence follow/);
    expect(model.findings.map((f) => `${f.kind}:${f.shown}`)).toEqual(['omission:false', 'addition:true', 'moved:false', 'fact:true']);
  });

  it('refuses support that names a sentence the versions do not have', () => {
    expect(() => buildSummaryModel(report(pair({ support: [{ target: 9, sources: [{ sentence: 0, score: 1 }] }] })))).toThrow(/target sentence 9 .* 4 and 8 sentences/);
  });
});

describe('a summary pair the report gives no detail for', () => {
  it('marks nothing omitted and says why', () => {
    const bare = pair({ items: [], facts: [], evidence: { ...pair().evidence, via: 1 } });
    const model = buildSummaryModel(report(bare));
    expect(model.sections.map((s) => `${s.status} ${s.markedOmitted}`)).toEqual(['covered false', 'thin false', 'omitted false']);
    expect(model.noDetail).toBe('The report links no sentence of outline to transcript, so it cannot say what is covered or omitted. It was judged a summary through outline; open that pair for the detail.');
    expect(buildSummaryModel(report(pair())).noDetail).toBeUndefined();
  });
});

describe('which pairs the summary view shows', () => {
  it('is the view for a compare pair whose verdict is summary, and only for those', () => {
    expect(isSummaryPair(report(pair()), 0)).toBe(true);
    expect(isSummaryPair(report(pair({ verdict: 'parallel' })), 0)).toBe(false);
    expect(isSummaryPair(report(pair()), 1)).toBe(false);
    expect(() => buildSummaryModel(report(pair()), 1)).toThrow(/no pair 1/);
  });
});
