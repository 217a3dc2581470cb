import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkMarkdown } from '../src/ingest/markdown-chunks.js';
import { parseMarkdown } from '../src/ingest/markdown.js';

describe('long documents are parsed in chunks', () => {
  it('chunks parse exactly as the whole document does', () => {
    const parse = parseMarkdown;
    for (const name of ['summary-outline.zh-Hant.txt', 'transcript.zh-Hans.txt']) {
      const one = readFileSync(new URL(`../../../corpus/schulman-2025/${name}`, import.meta.url), 'utf8');
      const text = [one, one, one].join('\n\n');
      expect(chunkMarkdown(text, 2000).length).toBeGreaterThan(3);
      expect(parse(text, { chunkSize: 2000 })).toEqual(parse(text, { chunkSize: Infinity }));
    }
  });

  it('never cuts inside fenced code, front matter or an HTML comment', () => {
    const text = '---\na: 1\n\nb: 2\n---\n\ntext\n\n```\n\ncode\n\n```\n\n<!--\n\nhidden\n\n-->\n\nend\n';
    const cuts = chunkMarkdown(text, 1).slice(1).map((at) => text.slice(at, at + 4));
    expect(cuts).toEqual(['text', '```\n', '<!--', 'end\n']);
  });
});
