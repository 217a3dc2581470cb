/**
 * Changed facts across the versions of one row of a multi-version table
 * (`alignMany`): a date or number that one version states differently from
 * the others (1998 in two versions, 1999 in the third). Facts are extracted
 * as for a pair (compare/facts.ts) and compared by value, so 1998 and 1998年,
 * or 2-3 and 2 到 3, agree. Only substitutions count: a value one version
 * states and another leaves out is an omission, not a changed fact. Numbers
 * without a unit are left out: across languages the unit is a word on one
 * side (three times) and a counter on the other (3倍), and a bare number is
 * as often a list's numbering as a fact.
 */
import type { MultiAlignment, RowFact, Version } from '../schema.js';
import { extractFacts, type FactMention } from './facts.js';

const valueOf = (m: FactMention): string => `${m.low}-${m.high}`;

/** Whether each of two value sets states something the other does not. */
const substituted = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x));

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
    const sets = new Map([...stated].map(([v, ms]) => [v, new Set(ms.map(valueOf))] as const));
    const keys = [...sets.keys()];
    if (!keys.some((u) => keys.some((w) => u < w && substituted(sets.get(u)!, sets.get(w)!)))) continue;
    const shared = new Set([...sets.get(keys[0]!)!].filter((x) => keys.every((v) => sets.get(v)!.has(x))));
    const mentions = [...stated].flatMap(([version, ms]) => ms.filter((m) => !shared.has(valueOf(m))).map((m) => ({ version, ...m.span })));
    // The majority: the value set most stating versions share; the others are odd. No majority (a tie), no odd one.
    const setKey = (v: number): string => [...sets.get(v)!].sort().join('|');
    const counts = new Map<string, number>();
    for (const v of keys) counts.set(setKey(v), (counts.get(setKey(v)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const majority = ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? ranked[0]![0] : undefined;
    out.push({ category, mentions, odd: majority === undefined ? [] : keys.filter((v) => setKey(v) !== majority) });
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
