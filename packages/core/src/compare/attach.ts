/**
 * Unpaired sentences that belong to a wide neighbouring bead. When one long
 * sentence is translated as many, the alignment may leave one of the many
 * unpaired (a 1-0 or 0-1 bead): a short sentence without dictionary evidence
 * ("So I became obsessed." for 钻了牛角尖) costs less on its own than as
 * the tenth sentence of its neighbour's bead. Before compare reads it as an
 * omission or an addition, such a sentence beside a bead of one sentence
 * against `attachFrom` or more is weighed as a member of that bead, by the
 * evidence that decides whether a sentence inside a bead is absorbed
 * (evidence.ts: its coverage by the bead's other side, and how the bead's
 * length fit (Gale & Church 1993) and punctuation change with it), without
 * that test's prior for sentences the aligner put in a bead. Only wide beads:
 * beside a 1-1 or 1-2 bead, an untranslated sentence and an unmatched part of
 * a translation look alike, and joining cost true omissions on MAC-Dev
 * 001–003 (`pnpm bench compare`).
 */

import type { Alignment, Bead } from '../schema.js';
import type { Evidence } from './evidence.js';

export interface AttachOptions {
  /** Fewest sentences against one that a bead must have for an unpaired neighbour to be weighed as its member. @default 4 */
  attachFrom?: number;
  /**
   * Highest log odds that the sentence is unrelated to the bead (`Evidence.absorbed` without its prior) at which it
   * joins: 0 joins it when the evidence says it fits the bead at least as well as not. @default 0
   */
  attachOdds?: number;
}

/** Which side a one-sided bead's single sentence is on, and the sentence. */
function loneSentence(bead: Bead): { side: 'a' | 'b'; x: number } | undefined {
  if (bead.a.length === 1 && bead.b.length === 0) return { side: 'a', x: bead.a[0]! };
  if (bead.a.length === 0 && bead.b.length === 1) return { side: 'b', x: bead.b[0]! };
  return undefined;
}

/** The beads of `alignment` with each unpaired sentence that a wide neighbour accounts for joined to it, in order. */
export function attachUnpaired(alignment: Alignment, evidence: Evidence, options: AttachOptions = {}): Alignment {
  const from = options.attachFrom ?? 4;
  const limit = options.attachOdds ?? 0;
  const beads = alignment.beads.map((bead) => ({ ...bead, a: [...bead.a], b: [...bead.b] }));
  const wide = (bead: Bead | undefined, side: 'a' | 'b'): bead is Bead => bead !== undefined && bead[side === 'a' ? 'b' : 'a'].length === 1 && bead[side].length >= from;
  let joined = false;
  // Each join can make the next sentence of a run the bead's neighbour, so repeat until nothing joins.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < beads.length; k++) {
      const lone = loneSentence(beads[k]!);
      if (!lone) continue;
      const { side, x } = lone;
      let best = limit;
      let to = -1;
      for (const n of [k - 1, k + 1]) {
        const near = beads[n];
        if (!wide(near, side)) continue;
        const own = n < k ? [...near[side], x] : [x, ...near[side]];
        const odds = (side === 'a' ? evidence.absorbed('a', x, own, near.b) : evidence.absorbed('b', x, near.a, own)) - evidence.prior;
        if (odds <= best) [best, to] = [odds, n];
      }
      if (to < 0) continue;
      const near = beads[to]!;
      near[side] = to < k ? [...near[side], x] : [x, ...near[side]];
      near.type = `${near.a.length}-${near.b.length}`;
      beads.splice(k, 1);
      [changed, joined] = [true, true];
      k--;
    }
  }
  return joined ? { ...alignment, beads } : alignment;
}
