/**
 * Markdown → text blocks with offset maps, through remark (unified, mdast).
 *
 * Parsed with remark-parse plus remark-frontmatter (YAML), remark-gfm and
 * remark-cjk-friendly: plain CommonMark does not close `**“…”**后面`, because
 * the closing `**` sits between punctuation and a Han character and fails the
 * flanking rules; remark-cjk-friendly relaxes them for CJK text.
 *
 * Blocks: headings, paragraphs, list items (the item's own paragraphs; nested
 * lists are their own items, one level deeper), blockquote paragraphs and
 * table cells. What is not text becomes a typed region: front matter, images
 * (alt text included: it is not shown), HTML, code blocks, link destinations,
 * bare URLs, thematic breaks. Link text and inline code are text.
 *
 * Offsets are UTF-16 code units, as mdast positions are (micromark works on
 * the JS string), so they index the string as given. A leading BOM is skipped
 * by micromark; we parse the string without it and shift every offset by one.
 *
 * Text node values differ from their source slice: backslash escapes (`\*` →
 * `*`), character references (`&amp;` → `&`), and continuation-line prefixes
 * (indentation, `> `) are gone. {@link alignValue} walks value and source
 * together, so every character of a block's text maps to the character it
 * came from; a character reference maps as one unequal piece. Soft line breaks
 * are kept as they are in the source (`\n` or `\r\n`), mapped 1:1: whether a
 * line break means a space (English) or nothing (Chinese) is the
 * segmenter's and the aligner's call, not the reader's.
 */

import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { NonText, NonTextType, OffsetMap } from '../schema.js';
import type { Ingested, IngestedBlock } from './format.js';
import { DEFAULT_CHUNK_SIZE, chunkMarkdown } from './markdown-chunks.js';
import { trimBlockText } from './text.js';

/** The part of an mdast node this reader looks at. */
interface MdNode {
  type: string;
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

let processor: ReturnType<typeof buildProcessor> | undefined;

function buildProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);
}

/** A character reference at the sticky position: `&amp;`, `&#38;`, `&#x26;`. */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Text under construction: its parts and the pieces mapping them to the source. */
class Builder {
  parts: string[] = [];
  length = 0;
  map: OffsetMap = [];

  /** Appends `value[i, i + len)` as coming from source `[src, src + srcLen)`. */
  push(value: string, i: number, len: number, src: number, srcLen: number): void {
    const last = this.map[this.map.length - 1];
    if (len === srcLen && last && last[1] === this.length && last[3] === src && last[1] - last[0] === last[3] - last[2]) {
      last[1] += len;
      last[3] += len;
    } else {
      this.map.push([this.length, this.length + len, src, src + srcLen]);
    }
    this.parts.push(len === value.length ? value : value.slice(i, i + len));
    this.length += len;
  }
}

/**
 * Maps `value` (an mdast literal) onto source `[from, to)`. Equal characters
 * map 1:1; a source character reference maps to the character(s) it decodes
 * to as one piece; any other source character (an escaping backslash, a
 * continuation line's indentation or `>`) is markup and is skipped. Should
 * the source run out first, the rest of the value maps to the end of the span
 * as one piece, so no character is ever left without an origin.
 */
function alignValue(source: string, value: string, from: number, to: number, out: Builder): void {
  let i = 0;
  let j = from;
  let run = 0; // start of the current run of equal characters in `value`
  let runSrc = from;
  const flush = () => {
    if (i > run) out.push(value, run, i - run, runSrc, i - run);
  };
  while (i < value.length) {
    if (j >= to) {
      flush();
      out.push(value, i, value.length - i, Math.min(j, to), 0);
      return;
    }
    const v = value.charCodeAt(i);
    const s = source.charCodeAt(j);
    if (s === 0x26) {
      REFERENCE.lastIndex = j;
      const ref = REFERENCE.exec(source);
      // An unknown name (`&foo;`) stays literal in the value; a known one was decoded.
      if (ref && ref.index + ref[0].length <= to && !value.startsWith(ref[0], i)) {
        flush();
        const len = decodedLength(ref, value, i, source.charCodeAt(j + ref[0].length));
        out.push(value, i, len, j, ref[0].length);
        i += len;
        j += ref[0].length;
        run = i;
        runSrc = j;
        continue;
      }
    }
    if (v === s) {
      if (i === run || runSrc + (i - run) !== j) {
        flush();
        run = i;
        runSrc = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    run = i;
    j++;
    runSrc = j;
  }
  flush();
}

/** How many UTF-16 units of `value` at `i` the reference `ref` decoded to. */
function decodedLength(ref: RegExpExecArray, value: string, i: number, after: number): number {
  const hex = ref[1];
  const dec = ref[2];
  if (hex !== undefined || dec !== undefined) {
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code > 0xffff && code <= 0x10ffff ? 2 : 1;
  }
  // Named references decode to one or two units (an astral character, or a
  // pair like `&NotEqualTilde;`); look at where the source picks up again.
  const c = value.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return 2;
  if (i + 2 <= value.length && value.charCodeAt(i + 1) !== after && value.charCodeAt(i + 2) === after) return 2;
  return 1;
}

function offsets(node: MdNode, base: number): [number, number] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`markdown: ${node.type} node without a position`);
  return [start + base, end + base];
}

/** A GFM autolink literal or `<…>` autolink: its only text is its URL, which is not prose. */
function isAutolink(node: MdNode): boolean {
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || only.value === undefined || node.url === undefined) return false;
  const v = only.value;
  return node.url === v || node.url === `http://${v}` || node.url === `https://${v}` || node.url === `mailto:${v}`;
}

export interface MarkdownOptions {
  /**
   * Texts longer than this (UTF-16 units) are parsed in chunks cut at safe
   * block boundaries ({@link chunkMarkdown}): micromark's time grows faster
   * than linearly on long documents (a 5 MB nested outline took 100 s whole).
   * @default 65536
   */
  chunkSize?: number;
}

/** Reads Markdown `text` into blocks and typed non-text regions. */
export function parseMarkdown(text: string, options: MarkdownOptions = {}): Ingested {
  processor ??= buildProcessor();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let base = bom;
  const blocks: IngestedBlock[] = [];
  const regions: NonText[] = bom ? [{ type: 'bom', start: 0, end: 1 }] : [];

  const region = (type: NonTextType, start: number, end: number) => {
    if (end > start) regions.push({ type, start, end });
  };

  const inline = (nodes: MdNode[] | undefined, out: Builder): void => {
    for (const node of nodes ?? []) {
      const [start, end] = offsets(node, base);
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          alignValue(text, node.value ?? '', start, end, out);
          break;
        case 'break': {
          // A hard break ends in the line ending it stands before; keep that as text.
          const nl = text.charCodeAt(end - 1) === 0x0a && text.charCodeAt(end - 2) === 0x0d ? 2 : 1;
          out.push(text, end - nl, nl, end - nl, nl);
          break;
        }
        case 'image':
        case 'imageReference':
          region('image', start, end);
          break;
        case 'html':
          region('html', start, end);
          break;
        case 'link': {
          if (isAutolink(node)) {
            region('url', start, end);
            break;
          }
          inline(node.children, out);
          const last = node.children?.[node.children.length - 1];
          region('url', last ? offsets(last, base)[1] : start + 1, end);
          break;
        }
        case 'footnoteReference':
          break;
        default:
          // emphasis, strong, delete, linkReference: their children are text, the rest is markup.
          inline(node.children, out);
      }
    }
  };

  const emit = (type: IngestedBlock['type'], depth: number | undefined, start: number, end: number, out: Builder) => {
    const trimmed = trimBlockText(out.parts.join(''), out.map);
    if (trimmed.text.length === 0) return;
    const block: IngestedBlock = { type, text: trimmed.text, start, end, map: trimmed.map };
    if (depth !== undefined) block.depth = depth;
    blocks.push(block);
  };

  const walk = (node: MdNode, quote: number, list: number): void => {
    const [start, end] = offsets(node, base);
    switch (node.type) {
      case 'yaml':
        region('frontmatter', start, end);
        return;
      case 'html':
        region('html', start, end);
        return;
      case 'code':
        region('code', start, end);
        return;
      case 'thematicBreak':
        region('break', start, end);
        return;
      case 'definition':
        region('url', start, end);
        return;
      case 'heading': {
        const out = new Builder();
        inline(node.children, out);
        emit('heading', node.depth, start, end, out);
        return;
      }
      case 'paragraph': {
        const out = new Builder();
        inline(node.children, out);
        emit(quote > 0 ? 'blockquote' : 'paragraph', quote > 0 ? quote : undefined, start, end, out);
        return;
      }
      case 'tableCell': {
        const out = new Builder();
        inline(node.children, out);
        emit('tableCell', undefined, start, end, out);
        return;
      }
      case 'blockquote':
        for (const child of node.children ?? []) walk(child, quote + 1, list);
        return;
      case 'list':
        for (const child of node.children ?? []) walk(child, quote, list + 1);
        return;
      case 'listItem':
        walkListItem(node, start, quote, list);
        return;
    }
    for (const child of node.children ?? []) walk(child, quote, list);
  };

  /**
   * A list item's text is its own paragraphs. Each run of consecutive
   * paragraphs is one block (joined by the line ending between them), so a
   * nested list between two paragraphs keeps blocks in source order.
   */
  const walkListItem = (node: MdNode, itemStart: number, quote: number, list: number): void => {
    let out: Builder | undefined;
    let runStart = itemStart; // the first run includes the item's marker
    let runEnd = itemStart;
    const close = () => {
      if (out) emit('listItem', list, runStart, runEnd, out);
      out = undefined;
    };
    for (const child of node.children ?? []) {
      const [start, end] = offsets(child, base);
      if (child.type !== 'paragraph') {
        close();
        walk(child, quote, list);
        runStart = -1;
        continue;
      }
      if (out) {
        const gap = text.slice(runEnd, start);
        const nl = gap.search(/\r\n|\n|\r/);
        if (nl !== -1) {
          const len = gap.startsWith('\r\n', nl) ? 2 : 1;
          out.push(gap, nl, len, runEnd + nl, len);
        }
      } else {
        out = new Builder();
        if (runStart === -1) runStart = start;
      }
      inline(child.children, out);
      runEnd = end;
    }
    close();
  };

  const starts = chunkMarkdown(text, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  for (let k = 0; k < starts.length; k++) {
    base = Math.max(starts[k]!, bom);
    const end = starts[k + 1] ?? text.length;
    walk(processor.runSync(processor.parse(text.slice(base, end))) as MdNode, 0, 0);
  }
  regions.sort((a, b) => a.start - b.start);
  return { blocks, regions };
}
