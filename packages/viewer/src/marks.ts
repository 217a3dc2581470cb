/**
 * Where a character diff falls in the sentences of one column. Diff parts are
 * slices of the column's sentences joined together (whitespace between parts
 * dropped: `diffScripts` compares without it), so walking the joined text with
 * a cursor finds each part in order even when a Markdown sentence's visible
 * text is shorter than its span in the original file.
 */
import type { DiffPart } from '@duizhao/core';

/** A run of a sentence's text, marked deleted (source side) or inserted (target side). */
export interface Segment {
  text: string;
  mark?: 'del' | 'ins';
}

const countVisible = (text: string): number => text.replace(/\s/g, '').length;

/** Moves `from` forward past `n` non-whitespace characters of `text`. */
function skipVisible(text: string, from: number, n: number): number {
  let at = from;
  let left = n;
  while (at < text.length && left > 0) {
    if (!/\s/.test(text[at]!)) left--;
    at++;
  }
  return at;
}

/**
 * Splits each of `texts` (one column's sentences, in order) into segments,
 * marking the parts of `side`: `source` marks `delete` parts (its text is
 * `equal` + `delete`), `target` marks `insert` parts (its text is `equal` +
 * `insert`; equal parts are the source's characters, so the target skips as
 * many of its own). A part not found where expected is left unmarked.
 */
export function markDiff(texts: readonly string[], parts: readonly DiffPart[], side: 'source' | 'target'): Segment[][] {
  const joined = texts.join('');
  const marked: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const part of parts) {
    const own = side === 'source' ? part.type !== 'insert' : part.type !== 'delete';
    if (!own) continue;
    if (side === 'target' && part.type === 'equal') {
      cursor = skipVisible(joined, cursor, countVisible(part.text));
      continue;
    }
    const at = joined.indexOf(part.text, cursor);
    if (at < 0) continue;
    if (part.type !== 'equal') marked.push({ start: at, end: at + part.text.length });
    cursor = at + part.text.length;
  }
  const mark = side === 'source' ? 'del' : 'ins';
  const result: Segment[][] = [];
  let offset = 0;
  for (const text of texts) {
    const end = offset + text.length;
    const segments: Segment[] = [];
    let at = offset;
    for (const span of marked) {
      const from = Math.max(span.start, offset);
      const to = Math.min(span.end, end);
      if (from >= to) continue;
      if (from > at) segments.push({ text: joined.slice(at, from) });
      segments.push({ text: joined.slice(from, to), mark });
      at = to;
    }
    if (at < end || segments.length === 0) segments.push({ text: joined.slice(at, end) });
    result.push(segments);
    offset = end;
  }
  return result;
}
