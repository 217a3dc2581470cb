import { describe, expect, it } from 'vitest';
import { alignMany, compareRowFacts, findRowFacts, MultiAlignment, readDocument, type Version } from '../src/index.js';

const doc = (text: string, source: string): Version => readDocument(text, { source }).versions[0]!;

const texts = [
  'OpenAI could have built it in 1998 with a few people.\n\nAGI will take 2 to 3 times longer than people think.\n',
  'OpenAI 本可以在1998年由几个人做出来。\n\nAGI 会比人们想的晚2到3倍。\n',
  'OpenAI 本可以在1999年由幾個人做出來。\n\nAGI 會比人們想的晚3倍。\n',
];
const [en, hans, hant] = texts.map((t, k) => doc(t, `${k}.txt`)) as [Version, Version, Version];
const versions = [en, hans, hant];
const show = (versions: readonly Version[], cells: number[][]) =>
  compareRowFacts(versions, cells).map((f) => `${f.category}: ${f.mentions.map((m) => `${m.version}:${m.text}`).join(' ')} odd ${f.odd.join(',')}`);

describe('changed facts across the versions of a row', () => {
  it('marks the one version of three that states another year (1998 in two, 1999 in the third), across languages and scripts', () => {
    expect(show(versions, [[0], [0], [0]])).toEqual(['date: 0:1998 1:1998年 2:1999年 odd 2']);
  });

  it('compares numbers by value across languages (2 to 3 times, 2到3倍), so the one version stating 3倍 is odd', () => {
    expect(show(versions, [[1], [1], [1]])).toEqual(['number: 0:2 to 3 1:2到3倍 2:3倍 odd 2']);
  });

  it('reports nothing when the versions agree, or when one only leaves the fact out', () => {
    expect(show([en, hans, hans], [[0], [0], [0]])).toEqual([]);
    const silent = doc('OpenAI 本可以由几个人做出来。\n', 'silent.txt');
    expect(show([en, hans, silent], [[0], [0], [0]])).toEqual([]);
  });

  it('keeps the spans in the original text of each version', () => {
    const [fact] = compareRowFacts(versions, [[0], [0], [0]]);
    for (const m of fact!.mentions) expect(texts[m.version]!.slice(m.start, m.end)).toBe(m.text);
  });

  it('adds the facts to the rows of a table made by alignMany, which the schema accepts', () => {
    // Chinese versions only: no dictionary to load.
    const again = doc('OpenAI 本可以在1998年由几位优秀的人做出来。\n\nAGI 会比人们想的晚2到3倍。\n', 'again.txt');
    const table = findRowFacts([hans, again, hant], alignMany([hans, again, hant]));
    expect(MultiAlignment.parse(table)).toEqual(table);
    expect(table.rows.flatMap((r) => (r.facts ?? []).map((f) => `${f.category} odd ${f.odd.join(',')}`))).toEqual(['date odd 2', 'number odd 2']);
  });
});
