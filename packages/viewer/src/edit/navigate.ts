/**
 * Where a reviewer goes next: the next bead nobody has confirmed yet, the next
 * bead the aligner was unsure of, the next problem. Beads a reviewer made or
 * confirmed are reviewed, so they are not "low confidence" any more.
 */
import type { Bead } from '@duizhao/core';

export type Target = 'unconfirmed' | 'low' | 'problem';

const reviewed = (bead: Bead): boolean => bead.status === 'edited' || bead.status === 'confirmed';
const paired = (bead: Bead): boolean => bead.a.length > 0 && bead.b.length > 0;

/** Whether bead is a `target`; `low` is the confidence below which a paired bead counts as unsure. */
export function isTarget(bead: Bead, target: Target, low: number): boolean {
  if (target === 'unconfirmed') return bead.status !== 'confirmed';
  const unsure = paired(bead) && bead.score < low;
  if (target === 'low') return unsure && !reviewed(bead);
  // A problem as the page badges it: a sentence without counterpart, or an unsure pairing.
  return !paired(bead) || unsure;
}

/** The index of the first `target` bead after `from` (or before it, `direction` −1), or undefined. */
export function findNext(beads: readonly Bead[], from: number, target: Target, low: number, direction: 1 | -1 = 1): number | undefined {
  for (let i = from + direction; i >= 0 && i < beads.length; i += direction) if (isTarget(beads[i]!, target, low)) return i;
  return undefined;
}
