/**
 * The facts a sentence states, read once: Latin-script names and terms, and
 * numbers, ranges and dates (segment/quantities.ts), each with its span in
 * the original file; and the lookups that changed facts (facts.ts) and a
 * table's row facts (row-facts.ts) make over them.
 */

import { mapSpan } from '../normalize/offset-map.js';
import { normalizeWidth } from '../normalize/width.js';
import type { CompareSpan, Fact, Version } from '../schema.js';
import { isStopword } from '../align/english.js';
import { datePartsOf, findQuantities, type Quantity } from '../segment/quantities.js';

/** A fact found in a sentence: its category, what it is compared by, and where. */
export interface FactMention {
  category: Fact['category'];
  /** Terms: lowercased without spaces. Numbers: `low-high`; dates `year-month-day`, `?` for a part not given. */
  key: string;
  low: number;
  high: number;
  unit: string;
  span: CompareSpan;
  /** Numbers and dates: the quantity read (`segment/quantities.ts`). */
  quantity?: Quantity;
}


/** A quantity's value as text: `2014-6-?` for a date, `low-high` for a value. */
function quantityKey(q: Quantity): string {
  const d = datePartsOf(q);
  return q.kind === 'date' || q.kind === 'year' ? `${d.year ?? '?'}-${d.month ?? '?'}-${d.day ?? '?'}` : `${q.low}-${q.high}`;
}

const TERM = /[A-Za-z][A-Za-z0-9]*(?:[-.'][A-Za-z0-9]+)*(?:[ \u00a0]+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)*/g;

/** A span of a sentence (offsets into its text) in the original file. */
export function spanOf(version: Version, sentence: number, start: number, end: number): CompareSpan {
  const s = version.sentences[sentence]!;
  const span = s.map ? mapSpan(s.map, start, end) : { start: s.start + start, end: s.start + end };
  return { sentence, start: span.start, end: span.end, text: s.text.slice(start, end) };
}

/** The facts of one sentence, with original offsets. */
export function extractFacts(version: Version, sentence: number): FactMention[] {
  const text = normalizeWidth(version.sentences[sentence]!.text).text;
  const out: FactMention[] = [];
  for (const m of text.matchAll(TERM)) {
    const term = m[0];
    const at = m.index;
    // A term needs a capital or a digit (names, products); plain English words are wording, not facts.
    if (!/[A-Z0-9]/.test(term) || (!term.includes(' ') && isStopword(term.toLowerCase()))) continue;
    if (at === 0 && /^[A-Z][a-z]+$/.test(term) && version.lang === 'en') continue;
    const category = /^[A-Z][a-z]+[ \u00a0]+[A-Z][a-z]+/.test(term) ? 'name' : 'term';
    out.push({ category, key: term.toLowerCase().replace(/\s+/g, ''), low: 0, high: 0, unit: '', span: spanOf(version, sentence, at, at + term.length) });
  }
  for (const q of findQuantities(version.sentences[sentence]!.text)) {
    const category = q.kind === 'date' || q.kind === 'year' ? 'date' : 'number';
    // A Chinese counter right after the number is shown with it (2 到 3 倍, 三千名): it says what was counted.
    const counter = /^\p{Script=Han}/u.test(q.unit) && text.startsWith(q.unit, q.end + (/^\s*/u.exec(text.slice(q.end))?.[0].length ?? 0));
    const end = counter ? text.indexOf(q.unit, q.end) + q.unit.length : q.end;
    out.push({ category, key: quantityKey(q), low: q.low, high: q.high, unit: q.unit, span: spanOf(version, sentence, q.start, end), quantity: q });
  }
  return out;
}

/** Levenshtein distance (case-insensitive). */
export function measureEditDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length]!;
}

/** The source term (of `terms`, in reading order) nearest to `key` in spelling, if near enough; of equally near ones the last. */
export function findNearestTerm(terms: readonly FactMention[], key: string, maxDistance: number, prefix = ''): CompareSpan | undefined {
  let best: CompareSpan | undefined;
  let bestDistance = maxDistance;
  for (const f of terms) {
    if (prefix.length > 0 && (prefix.length < 4 || !f.key.startsWith(prefix))) continue;
    const d = measureEditDistance(f.key, key) / Math.max(f.key.length, key.length);
    if (d > 0 && d <= bestDistance) [best, bestDistance] = [f.span, d];
  }
  return best;
}

/** Whether `text` contains a key, each key looked for once. */
export function usesOf(text: string): (key: string) => boolean {
  const found = new Map<string, boolean>();
  return (key) => {
    let hit = found.get(key);
    if (hit === undefined) found.set(key, (hit = text.includes(key)));
    return hit;
  };
}

/** `extractFacts` of a version's sentences, each read on first use. */
export function readFacts(version: Version): (sentence: number) => FactMention[] {
  const read: (FactMention[] | undefined)[] = [];
  return (k) => (read[k] ??= extractFacts(version, k));
}
