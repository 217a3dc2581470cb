import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompareReport, compareVersions, findRegions, loadDictionary, readDocument, renderCompareText, selectVersions, type Version } from '../src/index.js';

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
    // Without the translation, the English summary is a summary of the transcript on its own evidence (its anchors), with its own detail.
    const pairKeep = [ids.indexOf('transcript'), ids.indexOf('en')];
    const two = selectVersions(report, pairKeep);
    expect(two).toEqual(CompareReport.parse(compareVersions(pairKeep.map((k) => all[k]!), { dictionary })));
    expect(two.pairs[0]).toMatchObject({ verdict: 'summary' });
    expect(two.pairs[0]!.evidence.via).toBeUndefined();
    expect(two.pairs[0]!.own).toBeUndefined();
  });

  it('finds the English summary alone a summary of the transcript and the article by its anchors, with support of its own', async () => {
    const dictionary = await loadDictionary();
    const all = [...load('transcript.zh-Hans.txt'), ...load('summary-article.zh-Hant.txt'), ...load('summary.en+translation.zh-Hans.txt').slice(0, 1), ...load('unrelated-essay.zh-Hans.txt')];
    const alone = compareVersions(all, { dictionary });
    const of = (i: number, j: number) => alone.pairs.find((p) => (p.source === i && p.target === j) || (p.source === j && p.target === i))!;
    for (const other of [0, 1]) {
      const p = of(other, 2);
      expect(p.verdict, String(other)).toBe('summary');
      expect(p.evidence.lift).toBeLessThan(1.3);
      expect(p.evidence.anchors!.count).toBeGreaterThanOrEqual(2);
      expect(p.evidence.anchors!.p).toBeLessThanOrEqual(0.01);
      expect(p.support!.length).toBeGreaterThan(10);
    }
    // Its Tinker line rests on the transcript's Tinker answer.
    const en = alone.versions[2]!;
    const tinker = en.sentences.findIndex((x) => x.text.startsWith('As a foundational fine-tuning API, Tinker'));
    const sources = of(0, 2).support!.find((x) => x.target === tinker)?.sources.map((x) => x.sentence) ?? [];
    expect(sources.some((k) => alone.versions[0]!.sentences[k]!.text.includes('Tinker') || alone.versions[0]!.sentences[k]!.text.includes('API'))).toBe(true);
    for (const other of [0, 1, 2]) expect(of(other, 3).verdict, String(other)).toBe('unrelated');
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

  it('reports a summary omitting only source regions with no support at all, each with a confidence', () => {
    for (const s of ['outline', 'article']) {
      const p = pair('transcript', s);
      const support = new Set(p.support!.flatMap((x) => x.sources.map((y) => y.sentence)));
      for (const item of p.items) {
        if (item.type !== 'omission') continue;
        expect(item.whole).toBe(true);
        expect(item.confidence).toBeGreaterThanOrEqual(0);
        expect(item.source.some((k) => support.has(k)), s).toBe(false);
        expect(p.regions[item.region]!.status).toBe('omitted');
      }
      // A condensed answer is covered or thin, not a run of omissions: most regions the summary touches are not omitted.
      expect(p.regions.filter((r) => r.status === 'covered').length, s).toBeGreaterThan(p.regions.filter((r) => r.status === 'omitted').length);
    }
  });

  it('gives every supported summary sentence its sources with scores, the same sources as its match or move', () => {
    const p = pair('transcript', 'article');
    expect(p.support!.length).toBeGreaterThan(50);
    for (const s of p.support!) {
      for (const x of s.sources) expect(x.score).toBeGreaterThan(0);
      const item = p.items.find((i) => (i.type === 'match' || i.type === 'moved') && i.target.includes(s.target));
      expect(item && item.type !== 'addition' && item.type !== 'omission' ? [...item.source].sort((a, b) => a - b) : undefined).toEqual(s.sources.map((x) => x.sentence).sort((a, b) => a - b));
    }
  });

  it("does not call the article's headings additions, and is sure of its category label and off-transcript lines", () => {
    const p = pair('transcript', 'article');
    const article = report.versions[p.target]!;
    const shown = p.items.filter((i) => i.type === 'addition' && (i.confidence ?? 1) >= (p.minConfidence ?? 0));
    const texts = shown.map((i) => (i.type === 'addition' ? article.sentences[i.target[0]!]!.text : ''));
    expect(texts).toContain('AI 產業動態');
    expect(texts.some((t) => t.startsWith('Schulman 每天大量使用 AI'))).toBe(true);
    for (const i of shown) if (i.type === 'addition') expect(i.target.every((t) => article.sentences[t]!.type === 'heading') && i.target[0]! > 0).toBe(false);
  });

  it('details the English summary through its translation: its "Sam Altman" preamble an addition, its Tinker lines supported by the Tinker section', () => {
    const p = pair('transcript', 'en');
    const en = report.versions[p.target]!;
    const preamble = en.sentences.findIndex((x) => x.text.includes('Sam Altman'));
    expect(p.items.some((i) => i.type === 'addition' && i.target.includes(preamble) && (i.confidence ?? 0) >= (p.minConfidence ?? 0))).toBe(true);
    const tinker = en.sentences.findIndex((x) => x.text.startsWith('As a foundational fine-tuning API, Tinker'));
    const sources = p.support!.find((x) => x.target === tinker)?.sources.map((x) => x.sentence) ?? [];
    const transcript = report.versions[p.source]!;
    expect(sources.some((k) => transcript.sentences[k]!.text.includes('Tinker') || transcript.sentences[k]!.text.includes('API'))).toBe(true);
  });

  it('lists omitted turns, then thin ones, then additions, surest first, and counts what it leaves to the JSON', () => {
    const p = pair('transcript', 'article');
    const text = renderCompareText({ ...report, pairs: [p] });
    const shown = (type: string) => p.items.filter((i) => i.type === type && (!('confidence' in i) || i.confidence === undefined || i.confidence >= p.minConfidence!));
    const all = (type: string) => p.items.filter((i) => i.type === type).length;
    expect(text).toContain(`Omitted (${shown('omission').length})`);
    expect(text).toContain(`Added (${shown('addition').length})`);
    const hidden = all('omission') - shown('omission').length + all('addition') - shown('addition').length;
    expect(hidden).toBeGreaterThan(0);
    expect(text).toContain(`${hidden} less sure findings`);
    expect(text.indexOf('Omitted (')).toBeLessThan(text.indexOf('Thinly covered ('));
    expect(text.indexOf('Thinly covered (')).toBeLessThan(text.indexOf('Added ('));
    const confidences = [...text.slice(text.indexOf('Omitted ('), text.indexOf('Thinly covered (')).matchAll(/confidence (\d\.\d+)/g)].map((m) => Number(m[1]));
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
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
