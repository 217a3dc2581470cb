/**
 * Edits kept in the browser between visits, keyed by the report's content:
 * the same report opened again (any copy of the page, any file name) finds its
 * edits; a different report never does. Pure encoding here; the page does the
 * reading and writing of `localStorage`, which a browser may refuse.
 *
 * The beads are stored relative to the report: an aligner's bead unchanged is
 * its index, any other bead is written out with its sentence counts only
 * (beads hold consecutive sentences in order, so counts say which ones).
 */
import type { Bead, BeadStatus } from '@duizhao/core';
import { z } from 'zod';
import { checkBeads } from './beads.js';

/**
 * cyrb53 (bryc, public domain): a 53-bit string hash, two 32-bit multiply–xor
 * lanes. Not cryptographic; it only has to tell reports apart.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The `localStorage` key of a report's edits. */
export const storageKey = (reportText: string): string => `duizhao:edits:${reportText.length}:${hashText(reportText)}`;

const StoredBead = z.union([
  z.number().int().nonnegative(),
  z.object({ a: z.number().int().nonnegative(), b: z.number().int().nonnegative(), score: z.number().min(0).max(1), type: z.string().optional(), scores: z.record(z.string(), z.number()), status: z.enum(['automatic', 'edited', 'confirmed']).optional() }),
]);
const Stored = z.object({ version: z.literal(1), saved: z.string(), beads: z.array(StoredBead) });

/** The text stored for `beads`, edits of `original`; `saved` is when (ISO 8601). */
export function encodeEdits(original: readonly Bead[], beads: readonly Bead[], saved: string): string {
  const index = new Map<Bead, number>();
  original.forEach((bead, i) => index.set(bead, i));
  const stored = beads.map((bead) => {
    const k = index.get(bead);
    if (k !== undefined) return k;
    const { a, b, ...rest } = bead;
    return { a: a.length, b: b.length, ...rest };
  });
  return JSON.stringify({ version: 1, saved, beads: stored });
}

/**
 * The beads stored in `text` for `original`, an alignment of versions with
 * `sizeA` and `sizeB` sentences; or why they cannot be used (then the page
 * starts from the report and says so).
 */
export function decodeEdits(original: readonly Bead[], text: string, sizeA: number, sizeB: number): { beads: Bead[]; saved: string } | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'the stored edits are not JSON';
  }
  const parsed = Stored.safeParse(raw);
  if (!parsed.success) return 'the stored edits are not in the expected form';
  let nextA = 0;
  let nextB = 0;
  const beads: Bead[] = [];
  for (const item of parsed.data.beads) {
    let bead: Bead | undefined;
    if (typeof item === 'number') bead = original[item];
    else {
      const { a, b, status, type, ...rest } = item;
      bead = { ...rest, a: Array.from({ length: a }, (_, k) => nextA + k), b: Array.from({ length: b }, (_, k) => nextB + k) };
      if (type !== undefined) bead.type = type;
      if (status !== undefined) bead.status = status as BeadStatus;
    }
    if (!bead) return `the stored edits name unit ${String(item)}, which the report does not have`;
    nextA += bead.a.length;
    nextB += bead.b.length;
    beads.push(bead);
  }
  const problem = checkBeads(beads, sizeA, sizeB);
  return problem === undefined ? { beads, saved: parsed.data.saved } : `the stored edits do not fit this report: ${problem}`;
}
