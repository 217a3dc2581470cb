/**
 * Whether a summary in one language is a summary of a source in the other,
 * when the dictionary's evidence alone does not beat its shuffled baseline
 * (an English summary against a long Chinese transcript: lift 1.05). Names
 * and terms in Latin script (Tinker, Python, Cursor) and numbers (70, 90)
 * cross languages as they are, but that two texts share some is no test:
 * texts of one field share RL and AGI whatever they say, and a set overlap
 * has no null within the pair. What a shared rare term allows is a test with
 * one: if the summary line that names it restates the passage where the
 * source names it, the rest of the line (the term left out) is accounted
 * for better there than at most other places in the source. Under
 * unrelatedness the passage holding the term is one place like any other,
 * so its rank among all places is uniform; the ranks of several anchors are
 * combined by Fisher's method (Fisher 1925). No shuffle: the test is the
 * same on every run.
 */

import { tokenizeEnglish } from '../align/english.js';
import type { AloneScorer } from './alone-scorer.js';

export interface AloneAnchorOptions {
  /** A term in more source sentences than this is too common to point at a passage. @default 3 */
  maxSourceSentences?: number;
  /** …or in more summary lines than this (a summary's subject, "Tinker", "Sam"). @default 2 */
  maxTargetLines?: number;
  /** Source sentences on each side of a place that its passage takes in. @default 1 */
  passage?: number;
}

/** The anchors found and their combined evidence. */
export interface AloneAnchors {
  /** Summary lines with a rare term shared with the source, and context to test it by. */
  count: number;
  /** Fisher's combined probability that contexts at least this close to their terms' passages come by chance (1 when there is no anchor). */
  p: number;
}

const TERM = /[A-Za-z][A-Za-z0-9]*(?:[.+-][A-Za-z0-9]+)*|\d{2,}(?:\.\d+)?/g;

/** The Latin-script terms and numbers of a text, lowercased, function words left out. */
function termsOf(text: string): Set<string> {
  return new Set([...text.matchAll(TERM)].map((m) => m[0].toLowerCase()).filter((term) => /\d/.test(term) || tokenizeEnglish(term).length > 0));
}

/**
 * The anchor test between `target` (the summary) and `source`, with the
 * scorer of the pair (alone-scorer.ts) for the lines' context.
 */
export function testAloneAnchors(target: readonly { text: string }[], source: readonly { text: string }[], scorer: AloneScorer, options: AloneAnchorOptions = {}): AloneAnchors {
  const maxSource = options.maxSourceSentences ?? 3;
  const maxTarget = options.maxTargetLines ?? 2;
  const half = options.passage ?? 1;
  const where = new Map<string, number[]>();
  source.forEach((s, b) => {
    for (const term of termsOf(s.text)) (where.get(term) ?? where.set(term, []).get(term)!).push(b);
  });
  const lineTerms = target.map((s) => [...termsOf(s.text)].filter((term) => where.has(term) && where.get(term)!.length <= maxSource));
  const lines = new Map<string, number>();
  for (const terms of lineTerms) for (const term of terms) lines.set(term, (lines.get(term) ?? 0) + 1);
  const n = scorer.sources;
  const ps: number[] = [];
  lineTerms.forEach((all, t) => {
    const terms = all.filter((term) => lines.get(term)! <= maxTarget);
    if (terms.length === 0) return;
    // The line's context: its items that are not the terms themselves.
    const own = new Set(terms.flatMap((term) => (/\d/.test(term) ? [term] : tokenizeEnglish(term))));
    const context = scorer.items[t]!.filter((item) => !item.keys.some((key) => own.has(key)));
    if (context.length === 0) return;
    const score = passageScores(context, scorer.postings, n, half);
    const places = [...new Set(terms.flatMap((term) => where.get(term)!))];
    // The best-ranked of the term's places, its rank made uniform again (the best of k uniform ranks is u^(1/k)).
    let best = 0;
    for (const b of places) best = Math.max(best, rankOf(score, score[b]!));
    ps.push(Math.max(1 / (2 * n), 1 - best ** places.length));
  });
  return { count: ps.length, p: ps.length === 0 ? 1 : fisher(ps) };
}

/** Per place c: the weight of `items` found in the source sentences c − half … c + half. */
function passageScores(items: readonly { weight: number; keys: readonly string[] }[], postings: ReadonlyMap<string, readonly number[]>, n: number, half: number): Float64Array {
  const out = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  items.forEach((item, k) => {
    for (const key of item.keys) {
      for (const b of postings.get(key) ?? []) {
        for (let c = Math.max(0, b - half); c <= Math.min(n - 1, b + half); c++) {
          if (stamp[c] === k) continue;
          stamp[c] = k;
          out[c] = out[c]! + item.weight;
        }
      }
    }
  });
  return out;
}

/** Share of places scoring below `value`, ties counted half: the mid-rank, uniform under the null. */
function rankOf(scores: Float64Array, value: number): number {
  let below = 0;
  let equal = 0;
  for (const s of scores) {
    if (s < value) below++;
    else if (s === value) equal++;
  }
  return (below + equal / 2) / Math.max(1, scores.length);
}

/** Fisher's method: P(χ² with 2k degrees of freedom ≥ −2 Σ ln p), in closed form for even degrees. */
export function fisher(ps: readonly number[]): number {
  const half = -ps.reduce((x, p) => x + Math.log(p), 0);
  let term = 1;
  let sum = 1;
  for (let i = 1; i < ps.length; i++) {
    term *= half / i;
    sum += term;
  }
  return Math.min(1, Math.exp(-half) * sum);
}
