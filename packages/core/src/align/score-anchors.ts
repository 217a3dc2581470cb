/**
 * Anchors that need no dictionary: question marks, exclamation marks and
 * dialogue quotes survive translation more often than not, and Markdown
 * structure is kept by translators (a heading translates to a heading, a
 * list item to a list item). Numbers and Latin words inside Chinese text are
 * anchors too; they take part in the lexical score as self-translating units.
 */

import type { BlockType } from '../schema.js';

/**
 * Per-sentence anchor features as prefix sums (`x[k]` = total over sentences
 * before k), so a bead's totals are two lookups.
 */
export interface AnchorFeatures {
  questions: Int32Array;
  exclamations: Int32Array;
  quotes: Int32Array;
  headings: Int32Array;
  listItems: Int32Array;
}

const QUESTION = /[?？]/gu;
const EXCLAMATION = /[!！]/gu;
const QUOTE = /[“”「」『』"]/u;

function count(text: string, re: RegExp): number {
  return Math.min(3, text.match(re)?.length ?? 0);
}

/** Anchor features of each sentence. */
export function computeAnchors(sentences: readonly { text: string; type?: BlockType | undefined }[]): AnchorFeatures {
  const n = sentences.length;
  const out: AnchorFeatures = {
    questions: new Int32Array(n + 1),
    exclamations: new Int32Array(n + 1),
    quotes: new Int32Array(n + 1),
    headings: new Int32Array(n + 1),
    listItems: new Int32Array(n + 1),
  };
  sentences.forEach((s, i) => {
    out.questions[i + 1] = out.questions[i]! + count(s.text, QUESTION);
    out.exclamations[i + 1] = out.exclamations[i]! + count(s.text, EXCLAMATION);
    out.quotes[i + 1] = out.quotes[i]! + (QUOTE.test(s.text) ? 1 : 0);
    out.headings[i + 1] = out.headings[i]! + (s.type === 'heading' ? 1 : 0);
    out.listItems[i + 1] = out.listItems[i]! + (s.type === 'listItem' ? 1 : 0);
  });
  return out;
}

const total = (prefix: Int32Array, from: number, length: number): number => prefix[from + length]! - prefix[from]!;

/** Punctuation mismatch of a bead: differences in ? and ! counts, and quotes on one side only. */
export function punctuationMismatch(a: AnchorFeatures, i0: number, na: number, b: AnchorFeatures, j0: number, nb: number): number {
  const q = Math.abs(total(a.questions, i0, na) - total(b.questions, j0, nb));
  const e = Math.abs(total(a.exclamations, i0, na) - total(b.exclamations, j0, nb));
  const quotes = total(a.quotes, i0, na) > 0 !== total(b.quotes, j0, nb) > 0 ? 1 : 0;
  return q + 0.5 * e + 0.5 * quotes;
}

/** 1 when the bead pairs a heading or a list item with something that is not one, else 0. */
export function structureMismatch(a: AnchorFeatures, i0: number, na: number, b: AnchorFeatures, j0: number, nb: number): number {
  const headings = total(a.headings, i0, na) > 0 !== total(b.headings, j0, nb) > 0;
  const items = total(a.listItems, i0, na) > 0 !== total(b.listItems, j0, nb) > 0;
  return headings || items ? 1 : 0;
}
