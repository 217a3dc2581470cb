/**
 * Markdown or plain text, decided from the content, and what reading either yields.
 *
 * Seeds arrive as `.txt` whatever they hold, so the file name says nothing:
 * a document is read as Markdown when it shows Markdown syntax that plain
 * prose does not produce by accident (front matter, ATX headings, `**strong**`,
 * inline links and images, fenced code, pipe tables). Bullets (`- `) and
 * numbered lines (`1. `) are not evidence: plain summaries use them too, and
 * the plain reader classifies them as list items anyway.
 */

import type { Block, NonText } from '../schema.js';

/** A block as ingest produces it, before its language is decided. */
export type IngestedBlock = Omit<Block, 'lang'>;

/** What a reader yields: text blocks, and the typed non-text spans it recognised. */
export interface Ingested {
  blocks: IngestedBlock[];
  /** Non-text spans ingest knows the type of (front matter, images, URLs, …), in order. */
  regions: NonText[];
}

export interface FormatDetection {
  format: 'markdown' | 'plain';
  /** Why: one line per kind of Markdown syntax found, with its first line number. Empty for plain. */
  evidence: string[];
}

/** Markdown syntax that plain prose does not produce by accident. */
const SIGNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['YAML front matter', /^---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*(?:\r?\n|$)/y],
  ['ATX heading', /^#{1,6}[ \t]+\S/gm],
  ['strong emphasis', /\*\*(?=[^\s*])[^\n]*?[^\s*]\*\*/g],
  ['image', /!\[[^\]\n]*\]\([^)\s]*/g],
  ['inline link', /(?<!!)\[[^\]\n]+\]\((?:https?:|mailto:|\/|#|\.)[^)\s]*/g],
  ['fenced code', /^ {0,3}(?:```|~~~)/gm],
  ['pipe table', /^\|?[ \t]*:?-{3,}:?[ \t]*\|/gm],
];

/** 1-based line number of `offset` in `text`. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Decides whether `text` is Markdown or plain text, and says why. */
export function detectFormat(text: string): FormatDetection {
  const evidence: string[] = [];
  // A BOM would hide a heading on the first line from `^`; it is one code unit, lines stay the same.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (const [name, pattern] of SIGNS) {
    pattern.lastIndex = 0;
    const first = pattern.exec(text);
    if (!first) continue;
    let count = 1;
    if (pattern.global) {
      // Count at most a few more: the number is for the reader, not a threshold.
      while (count < 100 && pattern.exec(text)) count++;
    }
    const more = count >= 100 ? '100+' : String(count);
    evidence.push(`${name} ×${more} (first at line ${lineOf(text, first.index)})`);
  }
  return { format: evidence.length > 0 ? 'markdown' : 'plain', evidence };
}
