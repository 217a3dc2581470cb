import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../src/align/dictionary.js';
import { alignPair } from '../src/align/pairwise.js';
import { readDocument } from '../src/document.js';

const file = new URL('../../../corpus/schulman-2025/summary.en+translation.zh-Hans.txt', import.meta.url);

describe('alignPair on the seed corpus (003)', () => {
  it('pairs each English heading, bullet and sentence with its Chinese translation and leaves the untranslated title unpaired', async () => {
    const doc = readDocument(readFileSync(file, 'utf8'), { source: 'summary.en+translation.zh-Hans.txt' });
    const [english, chinese] = doc.versions;
    expect(english?.lang).toBe('en');
    expect(chinese?.lang).toBe('zh-Hans');
    const result = alignPair(english!, chinese!, { dictionary: await loadDictionary() });
    const beadOf = (i: number) => result.beads.find((b) => b.a.includes(i))!;
    // The title (first line) was not translated.
    expect(beadOf(0).b).toEqual([]);
    // The translation follows the English line by line: English sentence i is Chinese sentence i − 1.
    for (let i = 1; i < english!.sentences.length; i++) {
      expect(beadOf(i).b, `${english!.sentences[i]!.text} ↔ ${beadOf(i).b.map((j) => chinese!.sentences[j]!.text).join(' ')}`).toContain(i - 1);
    }
    // Headings pair with headings.
    const headings = result.beads.filter((b) => b.a.some((i) => english!.blocks[english!.sentences[i]!.block]!.type === 'heading'));
    expect(headings.length).toBeGreaterThan(0);
    for (const bead of headings) expect(bead.b.every((j) => chinese!.blocks[chinese!.sentences[j]!.block]!.type === 'heading')).toBe(true);
  });
});
