import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompareReport, compareVersions, loadDictionary, readDocument, type Version } from '../src/index.js';

const dir = new URL('../../../corpus/schulman-2025/', import.meta.url);
const load = (file: string): Version[] => readDocument(readFileSync(new URL(file, dir), 'utf8'), { source: file }).versions;

describe('compare on the seed corpus', () => {
  let report: CompareReport;
  const ids = ['transcript', 'outline', 'article', 'en', 'zh', 'essay'];
  const pair = (x: string, y: string) => {
    const [i, j] = [ids.indexOf(x), ids.indexOf(y)];
    return report.pairs.find((p) => (p.source === i && p.target === j) || (p.source === j && p.target === i))!;
  };
  beforeAll(async () => {
    const versions = [...load('transcript.zh-Hans.txt'), ...load('summary-outline.zh-Hant.txt'), ...load('summary-article.zh-Hant.txt'), ...load('summary.en+translation.zh-Hans.txt'), ...load('unrelated-essay.zh-Hans.txt')];
    report = CompareReport.parse(compareVersions(versions, { dictionary: await loadDictionary() }));
  }, 60_000);

  it('finds the essay unrelated to every other version, against its shuffled baseline', () => {
    for (const other of ['transcript', 'outline', 'article', 'en', 'zh']) {
      const p = pair('essay', other);
      expect(p.verdict, other).toBe('unrelated');
      expect(p.evidence.lift).toBeLessThan(1.3);
    }
  });

  it('finds the two Traditional versions summaries of the transcript, with partial coverage', () => {
    for (const s of ['outline', 'article']) {
      const p = pair('transcript', s);
      expect(p.verdict).toBe('summary');
      expect(report.versions[p.source]!.id).toBe('transcript.zh-Hans.txt');
      expect(p.evidence.coverage).toBeGreaterThan(0.1);
      expect(p.evidence.coverage).toBeLessThan(0.6);
      expect(p.items.some((i) => i.type === 'omission' && i.whole)).toBe(true);
    }
  });

  it('finds the two halves of the bilingual summary parallel', () => {
    const p = pair('en', 'zh');
    expect(p.verdict).toBe('parallel');
    expect(p.evidence.supported).toBeGreaterThan(0.9);
  });

  const facts = (x: string, y: string) => pair(x, y).facts.map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`);
  it('reports the changed names, products and numbers', () => {
    expect(facts('transcript', 'article')).toContain('spelling: Tinker → Tynker');
    expect(facts('transcript', 'outline')).toContain('different-term: nanoGPT → Nanochat');
    expect(facts('transcript', 'outline')).toContain('different-number: 2 到 3 倍 → 3倍');
    expect(facts('transcript', 'zh')).toContain('different-term: John Schulman → Sam Altman');
  });

  it('gives facts as spans of the original files', () => {
    const text = readFileSync(new URL('summary-article.zh-Hant.txt', dir), 'utf8');
    const tynker = pair('transcript', 'article').facts.find((f) => f.target.text === 'Tynker')!;
    expect(text.slice(tynker.target.start, tynker.target.end)).toBe('Tynker');
  });

  it('reports the model footer of the outline as an addition', () => {
    const p = pair('transcript', 'outline');
    const outline = report.versions[p.target]!;
    const last = outline.sentences.length - 1;
    expect(p.items.some((i) => i.type === 'addition' && i.target.includes(last))).toBe(true);
  });
});
