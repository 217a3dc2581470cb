/**
 * Changed facts between aligned units: Latin-script names and terms
 * (Tinker/Tynker, nanoGPT/Nanochat), and numbers, ranges and dates
 * (2 到 3 倍 / 3倍). Facts are the details a summary or a translation must not
 * change even when it rewords everything else, so they are compared exactly,
 * each with both spans in the original files.
 */

import { normalizeWidth } from '../normalize/width.js';
import type { CompareItem, CompareSpan, Fact, Version } from '../schema.js';
import { isComparable, isSameQuantity, type Quantity } from '../segment/quantities.js';
import { findNearestTerm, measureEditDistance, readFacts, usesOf, type FactMention } from './fact-mentions.js';

export interface FactOptions {
  /** Largest edit distance, as a share of the longer term, that makes two terms spelling variants. @default 0.25 */
  maxSpellingDistance?: number;
}

/** A multiplier's unit (2 到 3 倍, three times, 3-fold): a factor, never a count of things. */
const FACTOR = /^(?:倍|times?|fold)$/iu;

/** Whether two quantities are alike as far as a factor goes: a factor (延长2-3倍) is no rival to a count (一个类比). */
const sameKind = (a: Quantity, b: Quantity): boolean => FACTOR.test(a.unit.trim()) === FACTOR.test(b.unit.trim());

const squash = (text: string): string => normalizeWidth(text).text.toLowerCase().replace(/\s+/g, '');

/**
 * Compares the facts of every matched unit of `target` against its `source`
 * sentences. A term counts as changed only when the whole source version
 * never uses it (a summary may name a thing in another sentence than the
 * one it rests on); its counterpart is the nearest unused source term of the
 * unit (a spelling variant when the edit distance is small), or, for a name
 * in a sentence without source, the source's most frequent name.
 */
export function compareFacts(source: Version, target: Version, items: readonly CompareItem[], options: FactOptions = {}): Fact[] {
  const maxDistance = options.maxSpellingDistance ?? 0.25;
  const sourceText = squash(source.sentences.map((s) => s.text).join(' '));
  const targetText = squash(target.sentences.map((s) => s.text).join(' '));
  // Whether a whole version uses a term: one scan of its text per distinct term, not per mention.
  const [inSource, inTarget] = [usesOf(sourceText), usesOf(targetText)];
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const push = (fact: Fact): void => {
    const id = `${fact.kind}|${fact.source.text}|${fact.target.text}|${fact.target.sentence}`;
    if (seen.has(id)) return;
    facts.push(fact);
    seen.add(id);
  };
  const crossLanguage = (source.lang === 'en') !== (target.lang === 'en');
  // Each sentence's facts read once: a unit's window reads its neighbours' again, and every spelling check reads the whole source.
  const [ofSource, ofTarget] = [readFacts(source), readFacts(target)];
  const sourceTerms = source.sentences.flatMap((_, k) => ofSource(k).filter((f) => f.category === 'term' || f.category === 'name'));
  const findSpellingVariant = (key: string, maxDistance: number, prefix = ''): CompareSpan | undefined => findNearestTerm(sourceTerms, key, maxDistance, prefix);
  const names = rankNames(source, ofSource).filter((span) => isProtagonist(source, span.text));
  const main = names[0];
  const handled = new Set<number>();
  for (const item of items) {
    if (item.type !== 'match' && item.type !== 'moved') continue;
    // A summary sentence condenses a passage: its facts are checked against its sources and their neighbours.
    const window = new Set(item.source.flatMap((k) => [k - 2, k - 1, k, k + 1, k + 2]).filter((k) => k >= 0 && k < source.sentences.length));
    const sourceFacts = [...window].sort((x, y) => x - y).flatMap((k) => ofSource(k));
    // The unit's target side as a whole: a value it states in another of its sentences is not a rival.
    const unitFacts = item.target.flatMap((t) => ofTarget(t));
    // The unit's findings in order, and each changed value's rival: a source value is the counterpart of one changed value only.
    const found: Fact[] = [];
    const rivals = new Map<Fact, { rival: FactMention; value: Quantity }>();
    for (const t of item.target) {
      handled.add(t);
      const targetFacts = ofTarget(t);
      const looseSource = sourceFacts.filter((f) => (f.category === 'term' || f.category === 'name') && !inTarget(f.key));
      for (const fact of targetFacts) {
        if (fact.category === 'term' || fact.category === 'name') {
          if (inSource(fact.key)) continue;
          let bestFact: FactMention | undefined;
          let bestDistance = Infinity;
          for (const candidate of looseSource) {
            const d = measureEditDistance(candidate.key, fact.key) / Math.max(candidate.key.length, fact.key.length);
            if (d < bestDistance) [bestFact, bestDistance] = [candidate, d];
          }
          const related = bestFact && (bestDistance <= maxDistance || (!crossLanguage && sharePrefix(bestFact.key, fact.key, 3)));
          if (bestFact && related) found.push({ kind: bestDistance <= maxDistance ? 'spelling' : 'different-term', category: fact.category, source: bestFact.span, target: fact.span });
          else {
            const variant = findSpellingVariant(fact.key, maxDistance);
            if (variant) found.push({ kind: 'spelling', category: fact.category, source: variant, target: fact.span });
          }
        } else {
          const q = fact.quantity!;
          // Loosely stated (十几, a word or two), it is no fact to change; nor, across languages, is one in words (一双, one of), as often an article as a count.
          const weak = (x: Quantity): boolean => x.approx || (crossLanguage && x.low === 1 && x.high === 1 && !/\d/.test(x.text));
          if (weak(q)) continue;
          const agrees = (f: FactMention): boolean => f.quantity !== undefined && isSameQuantity(f.quantity, q);
          const inUnit = (f: FactMention): boolean => item.source.includes(f.span.sentence);
          const unitSource = sourceFacts.filter(inUnit);
          // Stated by the unit in any form (三千, 3,000, three thousand; June 6 and 2014年6月6日) as often as the unit's target states it: unchanged.
          // A value stated once more than the source does (3K, 3K against 3K, 4K in one 2-2 bead) is the later mention's change.
          if (rankAmong(unitFacts, fact) < countOf(unitSource, q)) continue;
          // A source value is stated by the target when the target states it as often as the unit's source has up to this mention;
          // stated less often, it is this value's rival only with the same counter (3K, 4K; not 一个 against 2-3人 beside 一年).
          const stated = (f: FactMention): boolean => {
            const times = countOf(unitFacts, f.quantity!);
            return times > 0 && (rankAmong(unitSource, f) < times || f.unit !== fact.unit);
          };
          const rivalOf = (f: FactMention): boolean => f.quantity !== undefined && !weak(f.quantity) && f.category === fact.category && isComparable(f.quantity, q) && sameKind(f.quantity, q) && !stated(f);
          // The unit's own sentences stating another value of the kind is a change, even when a neighbour happens to state this one.
          let rival = sourceFacts.find((f) => inUnit(f) && rivalOf(f));
          // A summary condenses a passage: a value stated by a neighbour is not changed; within one language, a neighbour with the same counter (三千人 / 五千人) is a rival.
          if (!rival && !sourceFacts.some(agrees) && !crossLanguage) rival = sourceFacts.find((f) => f.unit !== '' && f.unit === fact.unit && rivalOf(f));
          if (!rival) continue;
          const change: Fact = { kind: 'different-number', category: fact.category, source: rival.span, target: fact.span };
          found.push(change);
          rivals.set(change, { rival, value: q });
        }
      }
    }
    // Two values left unmatched against one (七个数量级 and 3K against five orders): the nearer in size is the changed one.
    const nearest = new Map<FactMention, Fact>();
    for (const [change, { rival, value }] of rivals) {
      const best = nearest.get(rival);
      if (!best || sizeGap(value, rival.quantity!) < sizeGap(rivals.get(best)!.value, rival.quantity!)) nearest.set(rival, change);
    }
    for (const fact of found) if (!rivals.has(fact) || nearest.get(rivals.get(fact)!.rival) === fact) push(fact);
  }
  // Terms in sentences with no source: spelling variants, a related product (Nanochat/nanoGPT), or a wrong attribution (the main name).
  target.sentences.forEach((_, t) => {
    if (handled.has(t) || !main) return;
    if (target.sentences[t]!.text.length === 0) return;
    for (const fact of ofTarget(t)) {
      if (fact.category === 'number' || fact.category === 'date' || inSource(fact.key)) continue;
      // A longer form of a term the source uses (Claude Code, Cursor Podcast) extends it; it changes nothing.
      if (sourceText.includes(fact.span.text.split(/[\s-]+/)[0]!.toLowerCase()) && /[\s-]/.test(fact.span.text)) continue;
      const variant = findSpellingVariant(fact.key, maxDistance);
      if (variant) push({ kind: 'spelling', category: fact.category, source: variant, target: fact.span });
      else if (fact.category === 'name' && isProtagonist(target, fact.span.text, sourceText)) push({ kind: 'different-term', category: 'name', source: main, target: fact.span });
      else if (!crossLanguage) {
        const related = findSpellingVariant(fact.key, Infinity, fact.key.slice(0, 4));
        if (related) push({ kind: 'different-term', category: fact.category, source: related, target: fact.span });
      }
    }
  });
  return facts;
}

/** How many of `mentions` state `q`, in any form and as the same kind of thing (seven-centimeter is no count of 七个数量级). */
const countOf = (mentions: readonly FactMention[], q: Quantity): number =>
  mentions.filter((m) => m.quantity !== undefined && isSameQuantity(m.quantity, q) && isComparable(m.quantity, q)).length;

/** How far apart two values are in size, as a ratio (5 is nearer 7 than 3). */
const sizeGap = (a: Quantity, b: Quantity): number => Math.abs(Math.log((Math.abs(a.low) + 1) / (Math.abs(b.low) + 1)));

/** How many of `mentions` before `m` state its value: 0 for its first mention, and for a mention not among them. */
function rankAmong(mentions: readonly FactMention[], m: FactMention): number {
  const at = mentions.indexOf(m);
  return at < 0 ? 0 : countOf(mentions.slice(0, at), m.quantity!);
}

/** Two-word names of a version, most frequent first (its surname's count decides: Schulman, then Truell). */
function rankNames(version: Version, factsOf: (sentence: number) => FactMention[]): CompareSpan[] {
  const first = new Map<string, CompareSpan>();
  const text = version.sentences.map((s) => s.text).join(' ');
  version.sentences.forEach((_, k) => {
    for (const f of factsOf(k)) if (f.category === 'name' && !first.has(f.key)) first.set(f.key, f.span);
  });
  const count = (span: CompareSpan): number => text.split(span.text.split(/\s+/).pop() ?? span.text).length - 1;
  return [...first.values()].sort((a, b) => count(b) - count(a));
}

const sharePrefix = (a: string, b: string, n: number): boolean => a.length >= n && b.length >= n && a.slice(0, n) === b.slice(0, n);

/** A person the text is about: a two-word name whose first or last word also stands alone elsewhere (`Sam believes`, `Schulman 认为`). */
function isProtagonist(version: Version, name: string, otherText?: string): boolean {
  const words = name.split(/\s+/);
  if (words.length !== 2) return false;
  const text = version.sentences.map((s) => s.text).join(' ');
  const whole = text.split(name).length - 1;
  return words.some((w) => text.split(new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`)).length - 1 > whole && !(otherText ?? '').includes(w.toLowerCase()));
}
