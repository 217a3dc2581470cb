import { describe, expect, it } from 'vitest';
import { relateThroughTranslations } from '../src/compare/relations.js';
import type { PairReport, PairVerdict } from '../src/schema.js';

const evidence = { method: 'lexical' as const, score: 0.2, baseline: 0.2, lift: 1, supported: 0.5, coverage: 0.1, order: 0.5, lengthRatio: 0.3 };
const pair = (source: number, target: number, verdict: PairVerdict): PairReport => ({ source, target, verdict, evidence, regions: [], items: [], facts: [], diffs: [] });

describe('relateThroughTranslations', () => {
  it('takes a summary relation through a parallel version, and names it', () => {
    // 0 transcript, 1 English summary, 2 its Chinese translation.
    const out = relateThroughTranslations([pair(0, 1, 'unrelated'), pair(0, 2, 'summary'), pair(1, 2, 'parallel')], 3);
    expect(out[0]).toMatchObject({ verdict: 'summary', evidence: { via: 2, lift: 1 } });
    expect(out[1]!.evidence.via).toBeUndefined();
  });

  it('infers nothing without a parallel step, and nothing from an inference', () => {
    const noParallel = [pair(0, 1, 'unrelated'), pair(0, 2, 'summary'), pair(1, 2, 'summary')];
    expect(relateThroughTranslations(noParallel, 3).map((p) => p.verdict)).toEqual(['unrelated', 'summary', 'summary']);
    // 3 is parallel to 1 only; 1 relates to 0 only through an inference, so 3 stays unrelated to 0.
    const chain = [pair(0, 1, 'unrelated'), pair(0, 2, 'summary'), pair(1, 2, 'parallel'), pair(0, 3, 'unrelated'), pair(1, 3, 'parallel'), pair(2, 3, 'unrelated')];
    const out = relateThroughTranslations(chain, 4);
    expect(out[0]!.verdict).toBe('summary');
    expect(out[3]!.verdict).toBe('unrelated');
  });

  it("prefers the translation's detail for a pair related by its anchors alone, and keeps its own in `own`", () => {
    const alone: PairReport = { ...pair(0, 1, 'summary'), evidence: { ...evidence, anchors: { count: 4, p: 0.0005 } }, items: [{ type: 'match', target: [0], source: [7], score: 1.2 }] };
    const pairs = [alone, pair(0, 2, 'summary'), pair(1, 2, 'parallel')];
    // Without the versions' texts there is no detail through the translation: the pair keeps its own.
    expect(relateThroughTranslations(pairs, 3)[0]).toEqual(alone);
    const out = relateThroughTranslations(pairs, 3, [{ sentences: [] }, { sentences: [{ text: 'A line.' }] }, { sentences: [] }]);
    expect(out[0]).toMatchObject({ verdict: 'summary', evidence: { via: 2, anchors: { count: 4 } }, own: { verdict: 'summary', items: alone.items } });
  });

  it('gives a line its translation leaves out its own support, and composes the others through the translation', () => {
    // Line 0 (a title) has no counterpart in the translation; line 1 is translated by the translation's line 0, which rests on transcript 20.
    const alone: PairReport = { ...pair(0, 1, 'summary'), evidence: { ...evidence, anchors: { count: 4, p: 0.0005 } }, support: [{ target: 0, sources: [{ sentence: 14, score: 0.7 }] }, { target: 1, sources: [{ sentence: 90, score: 0.6 }] }] };
    const translated: PairReport = { ...pair(1, 2, 'parallel'), support: [{ target: 0, sources: [{ sentence: 1, score: 0.9 }] }] };
    const through: PairReport = { ...pair(0, 2, 'summary'), support: [{ target: 0, sources: [{ sentence: 20, score: 0.8 }] }] };
    const texts = [{ sentences: [] }, { sentences: [{ text: 'John Schulman on RL' }, { text: 'A line.' }] }, { sentences: [{ text: '一行。' }] }];
    const out = relateThroughTranslations([alone, through, translated], 3, texts)[0]!;
    expect(out.support).toEqual([{ target: 0, sources: [{ sentence: 14, score: 0.7 }] }, { target: 1, sources: [{ sentence: 20, score: 0.8 }] }]);
    expect(out.items.filter((i) => i.type === 'addition')).toEqual([]);
    // A pair that is not a summary on its own evidence has no support of its own to give: its untranslated title is an addition, as before.
    const unrelated: PairReport = { ...alone, verdict: 'unrelated', evidence };
    const before = relateThroughTranslations([unrelated, through, translated], 3, texts)[0]!;
    expect(before.support).toEqual([{ target: 1, sources: [{ sentence: 20, score: 0.8 }] }]);
    expect(before.items.find((i) => i.type === 'addition')?.target).toEqual([0]);
  });
});
