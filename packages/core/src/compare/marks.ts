/**
 * Punctuation a sentence brings into its bead: question marks, exclamation
 * marks and dialogue quotes, which a translation keeps (the aligner's
 * `punctuationMismatch` in align/score-anchors.ts, on sentence totals).
 */

/** A sentence's (or a set of sentences') marks. */
export interface Marks {
  questions: number;
  exclamations: number;
  quotes: number;
}

/** Question marks, exclamation marks and dialogue quotes of each sentence (at most 3 of each, as the aligner counts them). */
export function countMarks(sentences: readonly { text: string }[]): Marks[] {
  return sentences.map(({ text }) => ({
    questions: Math.min(3, text.match(/[?？]/gu)?.length ?? 0),
    exclamations: Math.min(3, text.match(/[!！]/gu)?.length ?? 0),
    quotes: /[“”「」『』"]/u.test(text) ? 1 : 0,
  }));
}

export function sumMarks(marks: readonly Marks[], ids: readonly number[]): Marks {
  const out = { questions: 0, exclamations: 0, quotes: 0 };
  for (const id of ids) {
    out.questions += marks[id]!.questions;
    out.exclamations += marks[id]!.exclamations;
    out.quotes += marks[id]!.quotes;
  }
  return out;
}

/** `punctuationMismatch` of score-anchors.ts, on totals: ? and ! count differences, quotes on one side only. */
export function compareMarks(a: Marks, b: Marks): number {
  return Math.abs(a.questions - b.questions) + 0.5 * Math.abs(a.exclamations - b.exclamations) + (a.quotes > 0 !== b.quotes > 0 ? 0.5 : 0);
}
