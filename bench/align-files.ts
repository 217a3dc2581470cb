/**
 * `pnpm bench align --as-files`: alignment quality as a user gets it from
 * `duizhao align zh.txt en.txt` on the MAC-Dev files themselves, with no
 * `--lines`: the format is detected, the lines are read as plain text (their
 * sentences split again, a short unpunctuated line taken for a heading), and
 * the beads, over sentences, are scored against the gold, over lines. Beads
 * that share a line are joined into one line-level bead first, so a line
 * split in two and aligned as two beads counts as one bead of lines.
 * `--wrap N` hard-wraps the files first, as Project Gutenberg's books are
 * (English lines of at most N columns broken at spaces, Chinese every N/2
 * characters, a blank line between paragraphs).
 */
import { alignPair, readDocument, type Alignment, type Dictionary, type LadderBead, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';

/** Blocks read as headings, and all blocks (lines), of `versions`: what plain reading made of their lines. */
export function countHeadings(versions: readonly Version[]): { headings: number; lines: number } {
  let headings = 0;
  let lines = 0;
  for (const v of versions) {
    lines += v.blocks.length;
    headings += v.blocks.filter((block) => block.type === 'heading').length;
  }
  return { headings, lines };
}

/** A file of lines as the CLI reads it without `--lines`. */
export function readAsFile(lines: readonly string[], id: string): Version {
  return readDocument(`${lines.join('\n')}\n`, { source: id }).versions[0]!;
}

/**
 * A file of lines hard-wrapped as Project Gutenberg's books are: each line a paragraph broken at spaces into lines of
 * at most `width` columns, a blank line between paragraphs; Chinese (`chars`) is broken every `width / 2` characters,
 * through Latin words too, as fixed-width Chinese text files are. With where each paragraph starts in it.
 */
export function wrapAsBook(lines: readonly string[], width: number, chars = false): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    starts.push(text.length);
    if (chars) {
      const step = Math.max(1, Math.floor(width / 2));
      for (let k = 0; k < line.length; k += step) text += `${k > 0 ? '\n' : ''}${line.slice(k, k + step)}`;
      text += '\n';
      continue;
    }
    let column = 0;
    for (const word of line.split(' ')) {
      if (column > 0 && column + 1 + word.length > width) {
        text += '\n';
        column = 0;
      } else if (column > 0) {
        text += ' ';
        column++;
      }
      text += word;
      column += word.length;
    }
    text += '\n';
  }
  return { text, starts };
}

/** Which line (its index in `starts`, the lines' start offsets in order) the character at `offset` is in. */
export function lineAt(starts: readonly number[], offset: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Beads over sentences as beads over lines: beads that share a line are joined. A side's lines are its blocks, or where given, its lines' starts. */
export function toLineBeads(a: Version, b: Version, alignment: Alignment, startsA?: readonly number[], startsB?: readonly number[]): LadderBead[] {
  const beads = alignment.beads;
  const parent = beads.map((_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const owners = [new Map<number, number>(), new Map<number, number>()];
  const lineOf = (side: 0 | 1, s: number): number => {
    const [version, starts] = side === 0 ? [a, startsA] : [b, startsB];
    return starts ? lineAt(starts, version.sentences[s]!.start) : version.sentences[s]!.block;
  };
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

/** Each document read as two files (zh-Hans source, English target; both hard-wrapped at `wrap` columns when given) and aligned; line-level beads. */
export function alignAsFiles(docs: readonly GoldDocument[], dictionary: Dictionary | undefined, wrap?: number): { tests: LadderBead[][]; headings: number; lines: number } {
  const tests: LadderBead[][] = [];
  let headings = 0;
  let lines = 0;
  for (const doc of docs) {
    const [bookA, bookB] = wrap === undefined ? [] : [wrapAsBook(doc.src, wrap, true), wrapAsBook(doc.tgt, wrap)];
    const a = bookA ? readDocument(bookA.text, { source: `${doc.id}.zh` }).versions[0]! : readAsFile(doc.src, `${doc.id}.zh`);
    const b = bookB ? readDocument(bookB.text, { source: `${doc.id}.en` }).versions[0]! : readAsFile(doc.tgt, `${doc.id}.en`);
    const count = countHeadings([a, b]);
    headings += count.headings;
    lines += count.lines;
    tests.push(toLineBeads(a, b, alignPair(a, b, dictionary ? { dictionary } : {}), bookA?.starts, bookB?.starts));
  }
  return { tests, headings, lines };
}
