import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/ingest/format.js';

const corpus = (file: string) => readFileSync(new URL(`../../../corpus/schulman-2025/${file}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it('returns the format and the evidence for it', () => {
    expect(detectFormat('# 标题\n\n正文。')).toEqual({ format: 'markdown', evidence: ['ATX heading ×1 (first at line 1)'] });
    expect(detectFormat('正文。\n- 要点\n1. 编号')).toEqual({ format: 'plain', evidence: [] });
  });

  it('decides the seeds from their content, not their .txt names', () => {
    const transcript = detectFormat(corpus('transcript.zh-Hans.txt'));
    expect(transcript.format).toBe('markdown');
    expect(transcript.evidence.join('\n')).toMatch(/front matter[^\n]*line 1\)/);
    expect(transcript.evidence.join('\n')).toMatch(/image/);
    expect(detectFormat(corpus('summary-outline.zh-Hant.txt')).format).toBe('markdown');
    expect(detectFormat(corpus('summary-article.zh-Hant.txt')).format).toBe('plain');
    expect(detectFormat(corpus('summary.en+translation.zh-Hans.txt')).format).toBe('plain');
    expect(detectFormat(corpus('unrelated-essay.zh-Hans.txt')).format).toBe('plain');
  });

  it('recognises each kind of Markdown evidence', () => {
    expect(detectFormat('---\ntitle: x\n---\ntext').evidence[0]).toMatch(/^YAML front matter/);
    expect(detectFormat('\uFEFF---\r\ntitle: x\r\n---\r\ntext').evidence[0]).toMatch(/^YAML front matter/);
    expect(detectFormat('这是 **重点** 内容').evidence[0]).toMatch(/^strong emphasis/);
    expect(detectFormat('看 ![图](a.png)').evidence[0]).toMatch(/^image/);
    expect(detectFormat('看 [链接](https://x.org)').evidence[0]).toMatch(/^inline link/);
    expect(detectFormat('```\ncode\n```').evidence[0]).toMatch(/^fenced code/);
    expect(detectFormat('| a | b |\n| --- | --- |\n| 1 | 2 |').evidence[0]).toMatch(/^pipe table/);
  });

  it('does not take prose punctuation for Markdown', () => {
    for (const text of ['价格是 5 * 3 = 15。', 'C# 是一种语言', '见 [1] 和 (2)', '2 ** 3 ** 2', '---']) {
      expect(detectFormat(text).format, text).toBe('plain');
    }
  });
});
