/**
 * Whether a plain-text file is hard-wrapped: its paragraphs broken into
 * lines of a fixed width, as Project Gutenberg's books and many older text
 * files are, with blank lines between paragraphs. Read line by line, such a
 * file cuts most sentences in two, and the aligner then pairs fragments.
 *
 * The signs, all needed: blank lines separate paragraphs, and most runs of
 * lines end in sentence punctuation; most lines that
 * run on into another line end mid-sentence (no sentence or clause
 * punctuation) and are filled (three in four near the file's width); and no
 * line is much longer than a wrapping width. A summary written one paragraph
 * per line has long lines or short headings; a poem's lines vary in length,
 * or its stanzas end without a full stop where paragraphs end with one:
 * its lines stay lines.
 */

/** A line of the file, trimmed: its length in code units (0 for a blank line). */
export interface WrapLine {
  blank: boolean;
  length: number;
}

/** What the test asks of a line only when the widths already look wrapped: its end punctuation and whether it is a list item. */
export type DescribeLine = (k: number) => { endsClause: boolean; bullet: boolean };

export interface WrapOptions {
  /** Least share of runs of lines whose last line ends in sentence or clause punctuation (a paragraph does). @default 0.5 */
  minClosed?: number;
  /** Longest line of a wrapped file, in code units, ignoring the longest 5 % (a URL, a table row). @default 100 */
  maxWidth?: number;
  /** Fewest run-on lines (a line followed by another non-blank line) for the file to be judged at all. @default 4 */
  minRunOn?: number;
  /** Least share of run-on lines that end mid-sentence. @default 0.5 */
  minMidSentence?: number;
  /**
   * Least length of three in four run-on lines, as a share of the file's width: a wrapper fills its lines to near the
   * width, where a poem's or a song's lines, which must stay lines, vary. @default 0.7
   */
  minFill?: number;
}

/**
 * Whether the lines of a file are hard-wrapped paragraphs (see the module comment). `describe` is asked only about
 * run-on lines, and only when the widths pass: most files, whose paragraphs are long lines, are decided by width alone.
 */
export function isHardWrapped(lines: readonly WrapLine[], describe: DescribeLine, options: WrapOptions = {}): boolean {
  if (!lines.some((line) => line.blank)) return false;
  const lengths = lines.filter((line) => !line.blank).map((line) => line.length).sort((x, y) => x - y);
  if (lengths.length === 0) return false;
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))]!;
  if (width > (options.maxWidth ?? 100)) return false;
  const runOn: { length: number; endsClause: boolean }[] = [];
  let runs = 0;
  let closed = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (lines[k]!.blank || lines[k + 1]!.blank) continue;
    const [line, next] = [describe(k), describe(k + 1)];
    if (!line.bullet && !next.bullet) runOn.push({ length: lines[k]!.length, endsClause: line.endsClause });
    // The last line of a run of two or more: a paragraph ends a sentence, a stanza of a poem need not.
    if (lines[k + 2] === undefined || lines[k + 2]!.blank) {
      runs++;
      if (next.endsClause) closed++;
    }
  }
  if (runOn.length < (options.minRunOn ?? 4)) return false;
  const mid = runOn.filter((line) => !line.endsClause).length / runOn.length;
  const fill = runOn.map((line) => line.length).sort((x, y) => x - y)[Math.floor(runOn.length / 4)]! / width;
  return mid >= (options.minMidSentence ?? 0.5) && fill >= (options.minFill ?? 0.7) && closed >= (options.minClosed ?? 0.5) * runs;
}

/** East Asian wide characters (Han, kana, Hangul, CJK punctuation, full-width forms): no space between two of them. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Latin letters, against which wide characters are counted to tell a Chinese paragraph from an English one. */
const LATIN = /[A-Za-z]/g;

/**
 * A run of wrapped lines `[start, end)` (trimmed) as one paragraph: the original text, its line breaks kept as
 * spaces are, except where a break is no space. Chinese has no space between words, so a break next to a wide
 * character is none (as CommonMark's CJK-friendly rule has it), nor one after a hyphen, and a Chinese paragraph (more wide characters than
 * Latin letters) is wrapped by count, through Latin words too (`Plan` / `ck`), so none of its breaks is. There the
 * break and the indentation around it are left out. The map points each kept piece back to the source; what is left
 * out belongs to no character.
 */
export function joinWrappedRun(text: string, lines: readonly { start: number; end: number }[]): { text: string; map: [number, number, number, number][] } {
  const map: [number, number, number, number][] = [];
  const whole = text.slice(lines[0]!.start, lines.at(-1)!.end);
  const chinese = [...whole].filter((c) => WIDE.test(c)).length > (whole.match(LATIN)?.length ?? 0);
  let out = '';
  let from = lines[0]!.start;
  for (let k = 1; k < lines.length; k++) {
    const [before, after] = [lines[k - 1]!, lines[k]!];
    const last = text[before.end - 1] ?? '';
    // A line that ends in a hyphen was wrapped after it (`long-` / `long`): the compound has no space either.
    if (!chinese && !WIDE.test(last) && !WIDE.test(text[after.start] ?? '') && last !== '-') continue;
    map.push([out.length, out.length + before.end - from, from, before.end]);
    out += text.slice(from, before.end);
    from = after.start;
  }
  const end = lines.at(-1)!.end;
  map.push([out.length, out.length + end - from, from, end]);
  out += text.slice(from, end);
  return { text: out, map };
}
