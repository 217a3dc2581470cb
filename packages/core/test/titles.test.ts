import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { findTitles } from '../src/compare/titles.js';

const transcript = [
  '小编整理了整期对话实录。',
  '',
  'ChatGPT可以更早做出来',
  '',
  '主持人：',
  '',
  '你觉得最快能有多快？',
  '',
  'John Schulman：',
  '',
  '我认为可以做到。',
  '',
  '## 如何看待强化学习的未来',
  '',
  '主持人：',
  '',
  '你如何看待强化学习研究的未来？',
  '',
  'John Schulman：',
  '',
  '很多想法会反复流行。',
].join('\n');

describe('section titles of a source', () => {
  it('finds a heading and a short unpunctuated line right before a turn, not speaker labels or what is said', () => {
    const v = readDocument(transcript, { source: 'transcript.md' }).versions[0]!;
    const titles = findTitles(v)
      .map((x, k) => (x ? v.sentences[k]!.text.trim() : undefined))
      .filter((x) => x !== undefined);
    expect(titles).toEqual(['ChatGPT可以更早做出来', '如何看待强化学习的未来']);
  });
});
