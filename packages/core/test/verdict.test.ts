import { describe, expect, it } from 'vitest';
import { decideVerdict, type VerdictEvidence } from '../src/index.js';

const evidence = (over: Partial<VerdictEvidence>): VerdictEvidence => ({ method: 'lexical', score: 0.4, baseline: 0.1, lift: 4, supported: 0.95, coverage: 0.9, order: 0.98, lengthRatio: 0.9, ...over });

describe('decideVerdict', () => {
  it('finds texts that score no better than their shuffled baseline unrelated', () => {
    expect(decideVerdict(evidence({ score: 0.23, baseline: 0.23, lift: 1 }))).toBe('unrelated');
  });

  it('calls a related text that supports little of the other a summary', () => {
    expect(decideVerdict(evidence({ lift: 1.7, supported: 0.45, coverage: 0.2, lengthRatio: 0.3 }))).toBe('summary');
  });

  it('judges length by coverage when the evidence is an alignment (English words weigh only roughly 1.6 Han characters)', () => {
    expect(decideVerdict(evidence({ lengthRatio: 0.52 }))).toBe('summary');
    expect(decideVerdict(evidence({ basis: 'alignment', lengthRatio: 0.52 }))).toBe('parallel');
    expect(decideVerdict(evidence({ basis: 'alignment', lengthRatio: 0.9, coverage: 0.3 }))).toBe('summary');
  });

  it('calls a cross-language pair under the lift bar a summary only when two or more anchors agree beyond chance', () => {
    const thin = { score: 0.29, baseline: 0.28, lift: 1.06 };
    expect(decideVerdict(evidence({ ...thin, anchors: { count: 4, p: 0.0005 } }))).toBe('summary');
    expect(decideVerdict(evidence({ ...thin, anchors: { count: 4, p: 0.05 } }))).toBe('unrelated');
    expect(decideVerdict(evidence({ ...thin, anchors: { count: 1, p: 0.001 } }))).toBe('unrelated');
    expect(decideVerdict(evidence({ ...thin, anchors: { count: 0, p: 1 } }))).toBe('unrelated');
  });
});
