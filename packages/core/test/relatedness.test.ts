import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../src/align/dictionary.js';
import { alignPair } from '../src/align/pairwise.js';
import { measureRelatedness } from '../src/align/relatedness.js';
import { readDocument } from '../src/document.js';
import type { Version } from '../src/schema.js';

const version = (lines: string[]): Version => readDocument(lines.join('\n'), { source: 'x.txt', format: 'lines' }).versions[0]!;
const judge = async (a: Version, b: Version) => {
  const dictionary = a.lang === b.lang ? undefined : await loadDictionary();
  return measureRelatedness(a, b, alignPair(a, b, dictionary ? { dictionary } : {}).beads, dictionary ? { dictionary } : {});
};

// Two translations of one passage (the opening of 《桃花源记》), made independently: different words, the same content.
const first = [
  'During the Taiyuan reign of the Jin dynasty, a man of Wuling made his living as a fisherman.',
  'Following a stream, he forgot how far he had gone.',
  'Suddenly he came upon a grove of peach trees in blossom.',
  'For several hundred paces along both banks there were no other trees.',
  'The fragrant grass was fresh and lovely, and fallen petals lay thick on the ground.',
  'The fisherman thought it very strange.',
  'He went on, wishing to reach the end of the grove.',
  'Where the grove ended at the source of the stream, he found a hill.',
];
const second = [
  'In the Taiyuan years of the Jin, there was a fisherman from Wuling.',
  'He rowed along a creek and lost track of the distance he had travelled.',
  'All at once he met a forest of peach blossoms.',
  'It lined both banks of the creek for some hundreds of paces, with no other kind of tree among them.',
  'Sweet grasses grew fresh and beautiful, and falling blossoms covered the ground.',
  'The fisherman found this most unusual.',
  'He rowed further, wanting to see where the forest ended.',
  'The forest ended at the spring that fed the creek, and there stood a hill.',
];
const unrelated = [
  'Quantum computers store information in qubits.',
  'The recipe calls for two eggs and a cup of flour.',
  'Mountains rise where tectonic plates collide.',
  'He forgot his umbrella at the station again.',
  'Stock prices fell sharply on Tuesday afternoon.',
  'She planted tomatoes along the southern fence.',
  'The train to Boston was delayed by an hour.',
  'Bees communicate by dancing in the hive.',
];

describe('measureRelatedness: are aligned versions translations of one text at all', () => {
  it('takes two English translations of one passage as related', async () => {
    const r = await judge(version(first), version(second));
    expect(r.related).toBe(true);
    expect(r.lift).toBeGreaterThan(2);
  });

  it('takes two unrelated English texts as unrelated, though they align as neat 1-1 beads', async () => {
    const a = version(first);
    const b = version(unrelated);
    expect(alignPair(a, b).beads.every((bead) => bead.a.length === 1 && bead.b.length === 1)).toBe(true);
    expect((await judge(a, b)).related).toBe(false);
  });

  it('takes the seed summary and its Chinese translation as related, and its English against unrelated Chinese as not', async () => {
    const doc = readDocument(readFileSync(new URL('../../../corpus/schulman-2025/summary.en+translation.zh-Hans.txt', import.meta.url), 'utf8'), { source: 's.txt' });
    const [english, chinese] = doc.versions as [Version, Version];
    expect((await judge(english, chinese)).related).toBe(true);
    const essay = readDocument(readFileSync(new URL('../../../corpus/schulman-2025/unrelated-essay.zh-Hans.txt', import.meta.url), 'utf8'), { source: 'e.txt' }).versions[0]!;
    expect((await judge(english, essay)).related).toBe(false);
  });

  it('makes no claim on fewer than four paired units', async () => {
    const r = await judge(version(first.slice(0, 3)), version(unrelated.slice(0, 3)));
    expect(r).toMatchObject({ beads: 3, related: true });
  });
});
