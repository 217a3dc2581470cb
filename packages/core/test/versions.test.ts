import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectBlockLangs } from '../src/ingest/language.js';
import { splitVersions } from '../src/ingest/versions.js';
import type { BlockType, Lang } from '../src/schema.js';

const corpus = (file: string) => readFileSync(new URL(`../../../corpus/schulman-2025/${file}`, import.meta.url), 'utf8');

describe('splitVersions', () => {
  const blocks = (types: BlockType[]) => types.map((type) => ({ type }));

  it('makes one version per substantial language run', () => {
    const langs: Lang[] = ['en', 'en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hans'];
    const runs = splitVersions(blocks(langs.map(() => 'paragraph')), langs, langs.map(() => 10));
    expect(runs).toEqual([
      { lang: 'en', from: 0, to: 4 },
      { lang: 'zh-Hans', from: 4, to: 7 },
    ]);
  });

  it('keeps a small run inside the version around it', () => {
    const langs: Lang[] = ['zh-Hans', 'zh-Hans', 'zh-Hans', 'en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hans'];
    const weights = [50, 50, 50, 5, 5, 5, 50, 50, 50];
    expect(splitVersions(blocks(langs.map(() => 'paragraph')), langs, weights)).toEqual([{ lang: 'zh-Hans', from: 0, to: 9 }]);
    // With a lower share threshold the English run is a version of its own.
    expect(splitVersions(blocks(langs.map(() => 'paragraph')), langs, weights, { minVersionShare: 0.01 })).toHaveLength(3);
  });

  it('turns a heading that ends a version into a separator', () => {
    const langs: Lang[] = ['en', 'en', 'en', 'en', 'zh-Hans', 'zh-Hans', 'zh-Hans'];
    const types: BlockType[] = ['heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading'];
    expect(splitVersions(blocks(types), langs, langs.map(() => 10))).toEqual([
      { lang: 'en', from: 0, to: 4, separator: 3 },
      { lang: 'zh-Hans', from: 4, to: 7 },
    ]);
  });

  it('gives a small run at the start to the version after it', () => {
    const langs: Lang[] = ['en', 'zh-Hant', 'zh-Hant', 'zh-Hant', 'en', 'en', 'en'];
    expect(splitVersions(blocks(langs.map(() => 'paragraph')), langs, langs.map(() => 10))).toEqual([
      { lang: 'zh-Hant', from: 0, to: 4 },
      { lang: 'en', from: 4, to: 7 },
    ]);
  });

  it('does not split the seeds that hold one language', async () => {
    const { readPlainText } = await import('../src/ingest/text.js');
    const { blocks: b } = readPlainText(corpus('unrelated-essay.zh-Hans.txt'));
    const { langs, evidence } = detectBlockLangs(b.map((x) => x.text));
    expect(splitVersions(b, langs, evidence.map((e) => e.weight))).toEqual([{ lang: 'zh-Hans', from: 0, to: b.length }]);
  });
});
