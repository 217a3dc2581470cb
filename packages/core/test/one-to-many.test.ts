import { beforeAll, describe, expect, it } from 'vitest';
import { alignPair, compareVersionPair, loadDictionary, readDocument, type Dictionary, type PairReport, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

import { EN, LONG, MANY, ZH } from './village.js';

/** English sentences that some omission or addition of `pair` names (English is the first version). */
function unpairedEnglish(pair: PairReport): number[] {
  const found: number[] = [];
  for (const item of pair.items) {
    if (item.type === 'omission' && pair.source === 0) found.push(...item.source);
    if (item.type === 'addition' && pair.target === 0) found.push(...item.target);
  }
  return found.sort((x, y) => x - y);
}

describe('one sentence translated by many', () => {
  let dictionary: Dictionary;
  beforeAll(async () => {
    dictionary = await loadDictionary();
  });

  it('aligns one long Chinese sentence with its five English sentences as one bead', () => {
    const alignment = alignPair(version(ZH, 'zh'), version(EN, 'en'), { dictionary });
    const bead = alignment.beads.find((b) => b.a.includes(LONG))!;
    expect(bead.b).toEqual(MANY);
  });

  it('reports no omission or addition for them in compare, and the five are one match with the long sentence', () => {
    const pair = compareVersionPair([version(EN, 'en'), version(ZH, 'zh')], 0, 1, { dictionary });
    expect(pair.verdict).toBe('parallel');
    expect(pair.items.filter((i) => i.type === 'omission' || i.type === 'addition')).toEqual([]);
    const match = pair.items.find((i) => i.type === 'match' && (pair.source === 1 ? i.source : i.target).includes(LONG))!;
    expect(match.type === 'match' && (pair.source === 0 ? match.source : match.target)).toEqual(MANY);
  });

  it('still reports a truly untranslated English sentence between two 1-1 beads', () => {
    // "The old roof leaked whenever it rained." has no Chinese: it sits between the cold classroom and the stove.
    const en = [...EN.slice(0, 12), 'The old roof leaked whenever it rained.', ...EN.slice(12)];
    const pair = compareVersionPair([version(en, 'en'), version(ZH, 'zh')], 0, 1, { dictionary });
    expect(unpairedEnglish(pair)).toEqual([12]);
  });
});
