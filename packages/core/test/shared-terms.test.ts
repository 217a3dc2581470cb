import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/index.js';
import { findSharedTerms } from '../src/compare/shared-terms.js';

const lines = (text: string[]) => readDocument(text.join('\n'), { source: 'x.txt', format: 'lines' }).versions[0]!;

describe('rare terms a summary line shares with its source', () => {
  it('points at the one or two sentences with a Latin-script term or a number, not at terms in many sentences', () => {
    const source = lines(['这是在 H100 上跑的。', '回到更早的年代只能用 V100。', 'OpenAI 很早。', 'OpenAI 很大。', 'OpenAI 很忙。', '在 2018 年就能做到。']);
    const target = lines(['單台H100顯卡運行，接近GPT-3.5效果。', 'OpenAI 的啟示。', '若回到2018年，幾台V100顯卡。']);
    expect(findSharedTerms(target, source)).toEqual([[0], [], [1, 5]]);
    expect(findSharedTerms(target, source, { maxSourceSentences: 3 })[1]).toEqual([2, 3, 4]);
  });
});
