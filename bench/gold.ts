/**
 * Gold sentence-alignment sets laid out as MAC and Vecalign's test data:
 * `DIR/src/NNN` and `DIR/tgt/NNN` (one sentence per line) and
 * `DIR/gold/NNN.align` (ladder lines), and the synthetic gold sets the align
 * bench derives from them. Read at run time from outside the repository;
 * the texts are never copied into it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toTraditional } from '@duizhao/core';
import { parseLadder, type LadderBead } from '@duizhao/core';
import { createRandom as mulberry32 } from '@duizhao/core';

export const REPO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared data folder: `$DUIZHAO_DATA`, else `<repo>/../shared/data`. */
export function dataDir(): string {
  return process.env.DUIZHAO_DATA ?? join(REPO_DIR, '../shared/data');
}

/** MAC-Dev, final version (`<data>/mac-dev`). */
export function macDevDir(): string {
  return join(dataDir(), 'mac-dev');
}

export interface GoldDocument {
  id: string;
  src: string[];
  tgt: string[];
  gold: LadderBead[];
}

/** True when `dir` has the `src/`, `tgt/` and `gold/` folders of a gold set. */
export function hasGoldSet(dir: string): boolean {
  return ['src', 'tgt', 'gold'].every((sub) => existsSync(join(dir, sub)));
}

/**
 * Reads every document of a gold set, in id order, and checks that its gold
 * covers each sentence of both sides exactly once (as MAC's does), so that
 * a scoring error cannot come from a truncated or mismatched file.
 */
export function readGoldSet(dir: string): GoldDocument[] {
  const ids = readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.align'))
    .map((f) => f.slice(0, -'.align'.length))
    .sort();
  return ids.map((id) => {
    const goldFile = join(dir, 'gold', `${id}.align`);
    let gold: LadderBead[];
    try {
      gold = parseLadder(readFileSync(goldFile, 'utf8'));
    } catch (error) {
      throw new Error(`${goldFile}:${(error as Error).message}`);
    }
    const doc = { id, src: readLines(join(dir, 'src', id)), tgt: readLines(join(dir, 'tgt', id)), gold };
    checkCoverage(goldFile, doc.gold.map((b) => b.a), doc.src.length, 'source');
    checkCoverage(goldFile, doc.gold.map((b) => b.b), doc.tgt.length, 'target');
    return doc;
  });
}

/** The lines of a one-sentence-per-line file (a final newline ends the last line, it does not start another). */
export function readLines(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

function checkCoverage(file: string, sides: number[][], count: number, side: string): void {
  const seen = new Uint8Array(count);
  sides.forEach((ids, line) => {
    for (const id of ids) {
      if (id >= count) throw new Error(`${file}:${line + 1}: ${side} sentence ${id} does not exist (${count} lines)`);
      if (seen[id]) throw new Error(`${file}:${line + 1}: ${side} sentence ${id} is in two beads`);
      seen[id] = 1;
    }
  });
  const missing = seen.indexOf(0);
  if (missing >= 0) throw new Error(`${file}: ${side} sentence ${missing} is in no bead`);
}

// ---------------------------------------------------------------------------
// Derived gold sets.

/**
 * MAC-Dev documents concatenated (cycling through them) until the source
 * has `sentences` sentences, the last one cut at a bead boundary; ids in the
 * gold are offset by the sentences before each copy.
 */
export function buildLongPair(docs: readonly GoldDocument[], sentences: number): GoldDocument {
  const long: GoldDocument = { id: `scale-${sentences}`, src: [], tgt: [], gold: [] };
  for (let k = 0; long.src.length < sentences; k++) {
    const doc = docs[k % docs.length]!;
    const keep = cleanPrefix(doc.gold, sentences - long.src.length);
    const offA = long.src.length;
    const offB = long.tgt.length;
    let nA = 0;
    let nB = 0;
    for (const bead of doc.gold.slice(0, keep)) {
      long.gold.push({ a: bead.a.map((x) => x + offA), b: bead.b.map((x) => x + offB) });
      nA += bead.a.length;
      nB += bead.b.length;
    }
    long.src.push(...doc.src.slice(0, nA));
    long.tgt.push(...doc.tgt.slice(0, nB));
  }
  return long;
}

/**
 * The number of leading beads to keep so that they cover at least `need`
 * source sentences and exactly sentences 0..k-1 of both sides (MAC has two
 * non-contiguous beads, so not every bead boundary is a clean cut).
 */
function cleanPrefix(gold: readonly LadderBead[], need: number): number {
  let maxA = -1;
  let maxB = -1;
  let nA = 0;
  let nB = 0;
  for (let i = 0; i < gold.length; i++) {
    const bead = gold[i]!;
    for (const x of bead.a) maxA = Math.max(maxA, x);
    for (const x of bead.b) maxB = Math.max(maxB, x);
    nA += bead.a.length;
    nB += bead.b.length;
    if (nA >= need && nA === maxA + 1 && nB === maxB + 1) return i + 1;
  }
  return gold.length;
}

/** What happens to one Simplified sentence in the Traditional version. */
type Edit = 'keep' | 'delete' | 'merge' | 'split';

export const SAME_SCRIPT_EDITS = { delete: 3, merge: 2, split: 1 };

/**
 * The Chinese side of `doc` as Traditional (OpenCC s2twp), with
 * `SAME_SCRIPT_EDITS.delete` sentences deleted, two pairs of neighbours
 * merged into one sentence and one sentence split at a comma, at seeded
 * random places that do not touch each other. The gold follows from the
 * edits: `[i]:[]`, `[i,i+1]:[j]`, `[i]:[j,j+1]`, and `[i]:[j]` elsewhere.
 */
export function buildSameScriptPair(doc: GoldDocument, seed: number): GoldDocument {
  const random = mulberry32(seed);
  const n = doc.src.length;
  const edits: Edit[] = Array.from({ length: n }, () => 'keep');
  // A merge uses i and i+1; one sentence of margin keeps edits from touching.
  const free = (i: number, width: number) => i - 1 >= 0 && i + width < n && edits.slice(i - 1, i + width + 1).every((e) => e === 'keep');
  const place = (edit: Edit, width: number, ok: (i: number) => boolean = () => true) => {
    for (let tries = 0; tries < 10_000; tries++) {
      const i = Math.floor(random() * n);
      if (free(i, width) && ok(i)) {
        edits[i] = edit;
        if (width === 2) edits[i + 1] = 'merge';
        return;
      }
    }
    throw new Error(`${doc.id}: no room for a ${edit}`);
  };
  const splitPoint = (s: string) => {
    // The comma nearest the middle, so both halves are clauses of some length.
    let best = -1;
    for (let k = s.indexOf('，'); k >= 0; k = s.indexOf('，', k + 1)) if (best < 0 || Math.abs(k - s.length / 2) < Math.abs(best - s.length / 2)) best = k;
    return best >= 4 && best <= s.length - 5 ? best + 1 : -1;
  };
  const hant = toTraditional(doc.src.join('\n'), { to: 'twp' }).text.split('\n');
  if (hant.length !== n) throw new Error(`${doc.id}: toTraditional changed the number of lines`);
  place('split', 1, (i) => splitPoint(hant[i]!) > 0);
  for (let k = 0; k < SAME_SCRIPT_EDITS.merge; k++) place('merge', 2);
  for (let k = 0; k < SAME_SCRIPT_EDITS.delete; k++) place('delete', 1);
  const pair: GoldDocument = { id: doc.id, src: doc.src, tgt: [], gold: [] };
  for (let i = 0; i < n; i++) {
    const j = pair.tgt.length;
    const edit = edits[i]!;
    if (edit === 'delete') {
      pair.gold.push({ a: [i], b: [] });
    } else if (edit === 'merge') {
      pair.tgt.push(hant[i]! + hant[i + 1]!);
      pair.gold.push({ a: [i, i + 1], b: [j] });
      i++;
    } else if (edit === 'split') {
      const at = splitPoint(hant[i]!);
      pair.tgt.push(hant[i]!.slice(0, at), hant[i]!.slice(at));
      pair.gold.push({ a: [i], b: [j, j + 1] });
    } else {
      pair.tgt.push(hant[i]!);
      pair.gold.push({ a: [i], b: [j] });
    }
  }
  return pair;
}
