/**
 * Plain text → blocks: every non-empty line is a block.
 *
 * Plain summaries (the seeds 002–004) write one paragraph, heading or list
 * item per line, so a line is the unit, unless the file is hard-wrapped
 * (below). Each line is classified:
 *
 * - `listItem`: it starts with a bullet (`-`, `*`, `+`, `•`) or a number
 *   (`1.`, `2)`) and whitespace. The marker is not text. Depth follows the
 *   indentation: deeper than the item above means one level deeper, as in
 *   Markdown.
 * - `heading`: a short line (at most `maxHeadingLength` code units) that does
 *   not end in sentence or clause punctuation (`。.！!？?；;：:，,、…`) or a dash,
 *   inside closing quotes or brackets or not (`“那就对了。”`), and
 *   stands apart: it is the first
 *   line, or a blank line is next to it, or the file has no blank lines at
 *   all (then nothing else can mark a heading, and `Summary` on a line of its
 *   own is one).
 * - otherwise `paragraph`.
 *
 * A hard-wrapped file (ingest/wrapped.ts: a book broken into lines of a fixed
 * width, blank lines between paragraphs) is read by paragraph instead: each
 * run of lines is one paragraph block, its line breaks kept in its text
 * where they stand for a space (`joinWrappedRun`).
 *
 * Lines that hold no text are typed regions instead: a bare URL (`url`), a
 * rule of symbols such as `---` or `***` (`break`).
 */

import type { NonText, OffsetMap } from '../schema.js';
import { sliceMap } from '../normalize/offset-map.js';
import type { Ingested, IngestedBlock } from './format.js';
import { isHardWrapped, joinWrappedRun, type WrapLine, type WrapOptions } from './wrapped.js';

export interface PlainTextOptions {
  /**
   * Longest line, in UTF-16 code units, that can be a heading.
   * @default 60
   */
  maxHeadingLength?: number;
  /** When a file counts as hard-wrapped, so that each run of lines is one paragraph (ingest/wrapped.ts). */
  wrap?: WrapOptions;
}

/** Whitespace as `String.prototype.trim` sees it. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text` without surrounding whitespace, with its map sliced to match. */
export function trimBlockText(text: string, map: OffsetMap): { text: string; map: OffsetMap } {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (start === 0 && end === text.length) return { text, map };
  return { text: text.slice(start, end), map: sliceMap(map, start, end) };
}

/** A line of the source: `[start, end)` without its line ending. */
export interface Line {
  start: number;
  end: number;
}

/** The lines of `text`, split at `\r\n`, `\n` or `\r`; a final line ending opens no new line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end) => lines.push({ start, end }));
  return lines;
}

/** Calls `visit` with the `[start, end)` of each line of `text`, in order, as {@link splitLines} splits them. */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  if (!text.includes('\r')) {
    // Most files end their lines with \n alone; indexOf finds those several times faster than a loop over the characters.
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      visit(start, end);
      start = end + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x0a && c !== 0x0d) continue;
      visit(start, i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < text.length) visit(start, text.length);
}

const BULLET = /^([-*+•])[ \t]+|^(\d{1,3}[.)])[ \t]+/;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/;
/** Punctuation that closes a sentence or clause, or breaks one off (a dash). */
const CLAUSE_MARKS = new Set('。．.！!？?；;：:，,、…–—―～~');
/** Closing quotes and brackets, which may follow it. */
const CLOSERS = new Set('”’"\'」』）)]】》〉');

/**
 * Whether `[start, end)` of `text` ends in punctuation that closes a sentence or clause, or breaks one off (a dash),
 * perhaps inside closing quotes or brackets: then it is no heading. Dialogue is the reason for the closers: a novel's
 * short spoken line (`“那就对了。”`, `"Why?"`) ends in its quote mark, and was taken for a heading, which the
 * aligner then would not pair with the other version's paragraph. Read backwards from the end: no regular
 * expression scans a long line from every position.
 */
export function endsClause(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && (CLOSERS.has(text[k]!) || isWhitespace(text.charCodeAt(k)))) k--;
  return k >= start && CLAUSE_MARKS.has(text[k]!);
}
/** A line of one symbol repeated, spaces between or not (`---`, `* * *`): a rule. */
const RULE = /^(\S)(?:\s*\1){2,}$/u;
/** Anything a reader would call text: a letter or a digit. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** Reads plain `text`: one block per non-empty line, or per run of lines in a hard-wrapped file. */
export function readPlainText(text: string, options: PlainTextOptions = {}): Ingested {
  const maxHeadingLength = options.maxHeadingLength ?? 60;
  const blocks: IngestedBlock[] = [];
  const regions: NonText[] = [];
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (base) regions.push({ type: 'bom', start: 0, end: 1 });

  const lines = splitLines(text);
  if (lines[0]) lines[0].start = Math.max(lines[0].start, base);
  const blank = lines.map((line) => {
    for (let i = line.start; i < line.end; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
    return true;
  });
  const noBlankLines = !blank.includes(true);
  const spans = lines.map((line, k) => (blank[k] ? line : trimLine(text, line)));
  const lineText = (k: number): string => text.slice(spans[k]!.start, spans[k]!.end);
  // A hard-wrapped file's paragraph is its run of lines, not each line (a sentence would be cut at every line break).
  const wrapLines = spans.map((span, k): WrapLine => ({ blank: blank[k]!, length: blank[k] ? 0 : span.end - span.start }));
  const joinsRuns = isHardWrapped(wrapLines, (k) => ({ endsClause: endsClause(text, spans[k]!.start, spans[k]!.end), bullet: BULLET.test(lineText(k)) }), options.wrap);
  const startsRun = (k: number): boolean => !blank[k] && !BULLET.test(lineText(k)) && HAS_TEXT.test(lineText(k)) && !BARE_URL.test(lineText(k));
  // A wrapped line may hold only the run's last punctuation (`’。`), but a rule of one symbol (`* * *`) is no text.
  const runsOn = (k: number): boolean => !blank[k] && !BULLET.test(lineText(k)) && !BARE_URL.test(lineText(k)) && (HAS_TEXT.test(lineText(k)) || !RULE.test(lineText(k)));
  const indents: number[] = []; // indentation of the open list levels
  let first = true;

  for (let k = 0; k < lines.length; k++) {
    if (blank[k]) continue;
    const line = lines[k]!;
    if (joinsRuns && startsRun(k) && k + 1 < lines.length && runsOn(k + 1)) {
      const run = [spans[k]!];
      while (k + 1 < lines.length && runsOn(k + 1)) run.push(spans[++k]!);
      first = false;
      indents.length = 0;
      const joined = joinWrappedRun(text, run);
      blocks.push({ type: 'paragraph', text: joined.text, start: run[0]!.start, end: run.at(-1)!.end, map: joined.map });
      continue;
    }
    const { start, end } = spans[k]!;
    const content = text.slice(start, end);
    const isFirst = first;
    first = false;

    if (BARE_URL.test(content)) {
      regions.push({ type: 'url', start, end });
      continue;
    }
    if (!HAS_TEXT.test(content)) {
      regions.push({ type: 'break', start, end });
      continue;
    }
    const bullet = BULLET.exec(content);
    if (bullet) {
      const indent = indentWidth(text, line.start, start);
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      const from = start + bullet[0].length;
      blocks.push({ type: 'listItem', depth: indents.length, text: text.slice(from, end), start, end, map: [[0, end - from, from, end]] });
      continue;
    }
    indents.length = 0;
    const apart = isFirst || noBlankLines || blank[k - 1] === true || blank[k + 1] === true;
    const heading = apart && content.length <= maxHeadingLength && !endsClause(text, start, end);
    blocks.push({ type: heading ? 'heading' : 'paragraph', text: content, start, end, map: [[0, end - start, start, end]] });
  }
  return { blocks, regions };
}

/** A line's `[start, end)` without the whitespace at either end. */
function trimLine(text: string, line: Line): Line {
  let { start, end } = line;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Width of the indentation `[from, to)`, a tab counting as 4 columns. */
function indentWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) width += text.charCodeAt(i) === 0x09 ? 4 - (width % 4) : 1;
  return width;
}
