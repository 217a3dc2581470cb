/**
 * `pnpm bench align --as-files`: alignment quality as a user gets it from
 * `duizhao align zh.txt en.txt` on the MAC-Dev files themselves, with no
 * `--lines`: the format is detected, the lines are read as plain text (their
 * sentences split again, a short unpunctuated line taken for a heading), and
 * the beads, over sentences, are scored against the gold, over lines. Beads
 * that share a line are joined into one line-level bead first, so a line
 * split in two and aligned as two beads counts as one bead of lines.
 */
import { alignPair, readDocument, type Alignment, type Dictionary, type LadderBead, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';

/** A file of lines as the CLI reads it without `--lines`. */
export function readAsFile(lines: readonly string[], id: string): Version {
  return readDocument(`${lines.join('\n')}\n`, { source: id }).versions[0]!;
}

/** Beads over sentences as beads over lines (blocks): beads that share a line are joined. */
export function toLineBeads(a: Version, b: Version, alignment: Alignment): LadderBead[] {
  const beads = alignment.beads;
  const parent = beads.map((_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const owners = [new Map<number, number>(), new Map<number, number>()];
  const lineOf = (side: 0 | 1, s: number): number => (side === 0 ? a : b).sentences[s]!.block;
  beads.forEach((bead, k) => {
    for (const [side, ids] of [[0, bead.a], [1, bead.b]] as const) {
      for (const s of ids) {
        const line = lineOf(side, s);
        const owner = owners[side]!.get(line);
        if (owner === undefined) owners[side]!.set(line, k);
        else parent[find(k)] = find(owner);
      }
    }
  });
  const groups = new Map<number, { a: Set<number>; b: Set<number> }>();
  beads.forEach((bead, k) => {
    const root = find(k);
    const group = groups.get(root) ?? { a: new Set<number>(), b: new Set<number>() };
    groups.set(root, group);
    for (const s of bead.a) group.a.add(lineOf(0, s));
    for (const s of bead.b) group.b.add(lineOf(1, s));
  });
  const sorted = (set: Set<number>) => [...set].sort((x, y) => x - y);
  return [...groups.values()].map((g) => ({ a: sorted(g.a), b: sorted(g.b) }));
}

/** Each document read as two files (zh-Hans source, English target) and aligned; line-level beads. */
export function alignAsFiles(docs: readonly GoldDocument[], dictionary: Dictionary | undefined): { tests: LadderBead[][]; headings: number; lines: number } {
  const tests: LadderBead[][] = [];
  let headings = 0;
  let lines = 0;
  for (const doc of docs) {
    const [a, b] = [readAsFile(doc.src, `${doc.id}.zh`), readAsFile(doc.tgt, `${doc.id}.en`)];
    for (const v of [a, b]) {
      lines += v.blocks.length;
      headings += v.blocks.filter((block) => block.type === 'heading').length;
    }
    tests.push(toLineBeads(a, b, alignPair(a, b, dictionary ? { dictionary } : {})));
  }
  return { tests, headings, lines };
}
