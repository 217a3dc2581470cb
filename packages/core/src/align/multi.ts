/**
 * `alignMany`: three or more versions in one table, through a pivot version
 * (the longest by default), as multilingual corpora are built from pairwise
 * alignments to a hub (cf. the pivot alignments of OPUS, Tiedemann 2012).
 * Rows are the coarsest cut of the pivot on which every pairwise alignment
 * has a bead boundary; sentences no pivot sentence matches get rows of their
 * own where they fall. Consistency: each pair of non-pivot versions is also
 * aligned directly, and a row where the direct alignment pairs their
 * sentences elsewhere is flagged.
 */

import type { Alignment, MultiAlignment } from '../schema.js';
import { alignPair, type AlignOptions, type AlignSide } from './pairwise.js';

export interface AlignManyOptions extends AlignOptions {
  /** Index of the pivot version. @default the longest (most characters) */
  pivot?: number;
}

const size = (side: AlignSide): number => side.sentences.reduce((n, s) => n + s.text.length, 0);

export function alignMany(versions: readonly AlignSide[], options: AlignManyOptions = {}): MultiAlignment {
  const k = versions.length;
  if (k < 2) throw new TypeError(`alignMany: needs two or more versions, got ${k}`);
  const pivot = options.pivot ?? versions.reduce((best, v, i) => (size(v) > size(versions[best]!) ? i : best), 0);
  if (!Number.isInteger(pivot) || pivot < 0 || pivot >= k) throw new TypeError(`alignMany: pivot ${pivot} is not a version index (0..${k - 1})`);
  const { pivot: _pivot, ...alignOptions } = options;
  const n = versions[pivot]!.sentences.length;
  const pairs = new Map<number, Alignment>();
  // cut[p] stays true when every alignment has a bead boundary before pivot sentence p.
  const cut = new Array<boolean>(n + 1).fill(true);
  versions.forEach((v, i) => {
    if (i === pivot) return;
    const alignment = alignPair(versions[pivot]!, v, alignOptions);
    pairs.set(i, alignment);
    for (const bead of alignment.beads) for (let p = 1; p < bead.a.length; p++) cut[bead.a[p]!] = false;
  });
  // Row of each pivot sentence; unmatched sentences of others go in a row after the row of the last pivot sentence before them
  // (keyed by row, not sentence: a bead may end inside a row that another alignment does not cut).
  const rowOf = new Int32Array(n);
  const rows: MultiAlignment['rows'] = [];
  const extra = new Map<number, MultiAlignment['rows'][number]>();
  const newRow = (): MultiAlignment['rows'][number] => ({ cells: versions.map(() => []), score: 1, conflicts: [] });
  const lead = newRow();
  for (let p = 0; p < n; p++) {
    if (p === 0 || cut[p]) rows.push(newRow());
    rowOf[p] = rows.length - 1;
    rows[rows.length - 1]!.cells[pivot]!.push(p);
  }
  const order: MultiAlignment['rows'] = [];
  for (const [i, alignment] of pairs) {
    let last = -1;
    for (const bead of alignment.beads) {
      if (bead.a.length > 0) {
        last = bead.a[bead.a.length - 1]!;
        const row = rows[rowOf[bead.a[0]!]!]!;
        row.cells[i]!.push(...bead.b);
        row.score = Math.min(row.score, bead.score);
      } else {
        const after = last < 0 ? -1 : rowOf[last]!;
        let row = after < 0 ? lead : extra.get(after);
        if (!row) extra.set(after, (row = newRow()));
        row.cells[i]!.push(...bead.b);
      }
    }
  }
  if (lead.cells.some((c) => c.length > 0)) order.push(lead);
  rows.forEach((row, r) => {
    order.push(row);
    const after = extra.get(r);
    if (after) order.push(after);
  });
  // Direct alignments of non-pivot pairs: flag rows whose sentences the direct alignment pairs elsewhere.
  const others = versions.map((_, i) => i).filter((i) => i !== pivot);
  for (let x = 0; x < others.length; x++) {
    for (let y = x + 1; y < others.length; y++) {
      const [u, v] = [others[x]!, others[y]!];
      const direct = alignPair(versions[u]!, versions[v]!, alignOptions);
      const partner = new Map<number, number[]>();
      for (const bead of direct.beads) for (const a of bead.a) partner.set(a, bead.b);
      for (const row of order) {
        const cu = row.cells[u]!;
        const cv = row.cells[v]!;
        if (cu.length === 0 || cv.length === 0) continue;
        const implied = new Set(cv);
        const agrees = cu.some((a) => (partner.get(a) ?? []).some((b) => implied.has(b)));
        if (!agrees) row.conflicts.push([u, v]);
      }
    }
  }
  for (const row of order) row.score = Math.round(row.score * 1000) / 1000;
  return {
    versions: versions.map((v) => (v.id === undefined ? { lang: v.lang } : { lang: v.lang, id: v.id })),
    pivot,
    rows: order,
  };
}
