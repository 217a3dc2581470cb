/**
 * Changed facts across the versions of one row of a multi-version table
 * (`alignMany`): a date or number that one version states differently from
 * the others (1998 in two versions, 1999 in the third). Facts are extracted
 * as for a pair (compare/facts.ts) and compared as quantities
 * (segment/quantities.ts), so 1998 and 一九九八年, 2-3 and 2 到 3, or
 * June 6 and 2014年6月6日 agree. Only substitutions count: a value one version
 * states and another leaves out is an omission, not a changed fact. Numbers
 * with nothing after them are left out: a bare number is as often a list's
 * numbering as a fact.
 */
import type { MultiAlignment, RowFact, Version } from '../schema.js';
import { isSameQuantity } from '../segment/quantities.js';
import { extractFacts, type FactMention } from './fact-mentions.js';

/** Whether `m` is stated, in any form, among `others`. */
const statedIn = (m: FactMention, others: readonly FactMention[]): boolean => others.some((x) => isSameQuantity(x.quantity!, m.quantity!));

/** Whether each of two versions' mentions states something the other does not. */
const substituted = (a: readonly FactMention[], b: readonly FactMention[]): boolean => a.some((x) => !statedIn(x, b)) && b.some((x) => !statedIn(x, a));

/** The dates and numbers the versions of one row state differently. */
export function compareRowFacts(versions: readonly Version[], cells: readonly (readonly number[])[]): RowFact[] {
  const out: RowFact[] = [];
  for (const category of ['date', 'number'] as const) {
    const stated = new Map<number, FactMention[]>();
    cells.forEach((ids, v) => {
      const version = versions[v];
      if (!version) throw new RangeError(`a row has a cell for version ${v}; there are ${versions.length} versions`);
      const mentions = ids.flatMap((k) => extractFacts(version, k)).filter((m) => m.category === category && (category === 'date' || m.unit !== ''));
      if (mentions.length > 0) stated.set(v, mentions);
    });
    const keys = [...stated.keys()];
    if (!keys.some((u) => keys.some((w) => u < w && substituted(stated.get(u)!, stated.get(w)!)))) continue;
    const everywhere = (m: FactMention): boolean => keys.every((v) => statedIn(m, stated.get(v)!));
    const mentions = [...stated].flatMap(([version, ms]) => ms.filter((m) => !everywhere(m)).map((m) => ({ version, ...m.span })));
    // The majority: the versions that agree with most others; the others are odd. No majority (a tie), no odd one.
    const agrees = (u: number, w: number): boolean => !substituted(stated.get(u)!, stated.get(w)!);
    const support = new Map(keys.map((v) => [v, keys.filter((w) => agrees(v, w)).length] as const));
    const best = Math.max(...support.values());
    const leaders = keys.filter((v) => support.get(v) === best);
    const majority = leaders.every((v) => leaders.every((w) => agrees(v, w))) ? leaders : undefined;
    out.push({ category, mentions, odd: majority === undefined ? [] : keys.filter((v) => !majority.includes(v)) });
  }
  return out;
}

/** A multi-version table with each row's changed facts (`facts`, only on rows that have some). */
export function findRowFacts(versions: readonly Version[], alignment: MultiAlignment): MultiAlignment {
  return {
    ...alignment,
    rows: alignment.rows.map((row) => {
      const facts = compareRowFacts(versions, row.cells);
      return facts.length > 0 ? { ...row, facts } : row;
    }),
  };
}
