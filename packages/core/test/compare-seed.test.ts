import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompareReport, compareVersions, findRegions, loadDictionary, readDocument, selectVersions, type Version } from '../src/index.js';

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
  });

  it('selects versions from a report exactly as comparing them alone would, in any order', async () => {
    const dictionary = await loadDictionary();
    // The transcript, its Chinese translation of the summary, the English summary: 'via' is decided again among these.
    const keep = [ids.indexOf('zh'), ids.indexOf('transcript'), ids.indexOf('en')];
    const all = [...load('transcript.zh-Hans.txt'), ...load('summary-outline.zh-Hant.txt'), ...load('summary-article.zh-Hant.txt'), ...load('summary.en+translation.zh-Hans.txt'), ...load('unrelated-essay.zh-Hans.txt')];
    const alone = CompareReport.parse(compareVersions(keep.map((k) => all[k]!), { dictionary }));
    expect(selectVersions(report, keep)).toEqual(alone);
    // Without the translation, the English summary is unrelated to the transcript on its own scores.
    const two = selectVersions(report, [ids.indexOf('transcript'), ids.indexOf('en')]);
    expect(two.pairs[0]).toMatchObject({ verdict: 'unrelated' });
    expect(two.pairs[0]!.evidence.via).toBeUndefined();
  });

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

  it("diffs characters only where a summary keeps the source's wording, never a paraphrase", () => {
    const p = pair('transcript', 'article');
    expect(p.diffs.length).toBeGreaterThan(0);
    expect(p.diffs.length).toBeLessThan(p.items.filter((i) => i.type === 'match' || i.type === 'moved').length / 4);
    for (const d of p.diffs) {
      const equal = d.parts.filter((x) => x.type === 'equal').reduce((n, x) => n + [...x.text].length, 0);
      const changed = d.parts.filter((x) => x.type !== 'equal').reduce((n, x) => n + [...x.text].length, 0);
      expect(equal).toBeGreaterThan(changed / 2);
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

  it('reports the "Sam Altman" framing of the bilingual summary as an addition against the transcript', () => {
    const p = pair('transcript', 'zh');
    const zh = report.versions[p.target]!;
    const framing = zh.sentences.findIndex((s) => s.text.includes('Sam Altman'));
    expect(framing).toBeGreaterThanOrEqual(0);
    expect(p.items.some((i) => i.type === 'addition' && i.target.includes(framing))).toBe(true);
  });

  it('names the transcript\'s regions by section and first words, never by a speaker label', () => {
    const p = pair('transcript', 'outline');
    const names = p.regions.map((r) => r.heading ?? '');
    expect(names.filter((n) => /^(主持人|John Schulman)\s*[：:]?$/.test(n))).toEqual([]);
    // The editor credit line 编辑｜听雨 is a heading but no section: it names no region.
    expect(names.filter((n) => n.includes('编辑｜听雨'))).toEqual([]);
    expect(names).toContain('如何看待强化学习和持续学习 · 为什么现在强化学习里，价值函数好像不太流行了？');
    // Sections are cut into question/answer turns: more regions than sections, fewer than headings.
    expect(p.regions.length).toBeGreaterThan(20);
    expect(p.regions.filter((r) => r.heading?.startsWith('今天如何做研究：把 LLM 融入到研究流程中 · ')).length).toBeGreaterThan(3);
    // A label neither supports a summary sentence nor counts as omitted content.
    const transcript = report.versions[p.source]!;
    const isLabel = (k: number): boolean => /^(主持人|John Schulman)\s*[：:]?$/.test(transcript.sentences[k]!.text.trim());
    for (const item of p.items) if (item.type !== 'addition') expect(item.source.some(isLabel), JSON.stringify(item)).toBe(false);
  });

  it('relates the English summary to the transcript and the article through its Chinese translation, and says so', () => {
    for (const other of ['transcript', 'article']) {
      const p = pair('en', other);
      expect(p.verdict, other).toBe('summary');
      expect(p.evidence.via, other).toBe(ids.indexOf('zh'));
      // Its own cross-language scores stay as measured: they alone would not show the relation.
      expect(p.evidence.lift, other).toBeLessThan(1.3);
    }
    // Nothing is inferred for the essay: no version is parallel to it.
    for (const other of ['transcript', 'outline', 'article', 'en', 'zh']) expect(pair('essay', other).evidence.via).toBeUndefined();
  });
});

describe('regions of a dialogue', () => {
  const version = readDocument(
    ['## 开场', '', '主持人：', '', '你好。', '', 'Alice：', '', '我们谈谈模型。', '', '## 第二部分', '', '主持人：', '', '这一问题怎么看？', '', 'Alice：', '', '我同意。', '', '主持人：那么下一个问题呢？', ''].join('\n'),
    { source: 'dialogue.md' },
  ).versions[0]!;
  it('cuts sections into turns named by the section and the words said', () => {
    expect(findRegions(version).map((r) => r.name)).toEqual(['开场 · 你好。', '开场 · 我们谈谈模型。', '第二部分 · 这一问题怎么看？', '第二部分 · 我同意。', '第二部分 · 那么下一个问题呢？']);
  });
  it('does not carry an editor credit line into the names of later regions', () => {
    const article = readDocument(['### 编辑｜听雨', '', '开头的介绍。', '', '主持人：', '', '你好。', '', 'Alice：', '', '我们谈谈模型。', '', '## 第二部分', '', '主持人：', '', '下一个问题？', '', 'Alice：', '', '我不知道。', ''].join('\n'), {
      source: 'byline.md',
    }).versions[0]!;
    expect(findRegions(article).map((r) => r.name)).toEqual(['开头的介绍。', '你好。', '我们谈谈模型。', '第二部分 · 下一个问题？', '第二部分 · 我不知道。']);
  });
});

describe('compare a version with itself', () => {
  it('finds it parallel, with a finite lift and a report that survives JSON', () => {
    const [v] = readDocument('一只猫坐在垫子上。\n\n今天下雨了。\n', { source: 'same.txt' }).versions;
    const report = compareVersions([v!, v!]);
    const json = JSON.parse(JSON.stringify(report)) as unknown;
    const parsed = CompareReport.parse(json);
    expect(parsed.pairs[0]!.verdict).toBe('parallel');
    expect(Number.isFinite(parsed.pairs[0]!.evidence.lift)).toBe(true);
    expect(parsed.pairs[0]!.evidence.lift).toBeGreaterThan(1.3);
  });
});
