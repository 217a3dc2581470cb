/**
 * Inline Markdown → text: link text and inline code are text; images (alt
 * text included: it is not shown), HTML, link destinations and bare URLs
 * become typed non-text regions.
 */

import type { NonTextType } from '../schema.js';
import { alignValue, type TextBuilder } from './markdown-text.js';

/** The part of an mdast node this reader looks at. */
export interface MdNode {
  type: string;
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
  value?: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
}

/** The document being read: its text, where the chunk being parsed starts in it, and where non-text regions go. */
export interface MarkdownSource {
  text: string;
  base: number;
  addRegion: (type: NonTextType, start: number, end: number) => void;
}

/** A node's `[start, end)` in the whole text, from its offsets in the chunk starting at `base`. */
export function readOffsets(node: MdNode, base: number): [number, number] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`markdown: ${node.type} node without a position`);
  return [start + base, end + base];
}

/** The text a node stands for when it is nothing but text: its value, or its one text child's. */
function plainValue(node: MdNode): string | undefined {
  if (node.value !== undefined) return node.value;
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' ? only.value : undefined;
}

/**
 * A node's `[start, end)`: its own offsets, or, for the few nodes that
 * mdast-util-gfm-autolink-literal makes without a position (a bare URL followed
 * by CJK text and `_`, e.g. `https://x.com中文_中文`), the first place at or after
 * `from` where its text stands verbatim. Anything else without a position is a bug.
 */
function locate(node: MdNode, source: MarkdownSource, from: number): [number, number] {
  if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) return readOffsets(node, source.base);
  const value = plainValue(node);
  const at = value ? source.text.indexOf(value, from) : -1;
  if (value && at >= 0) return [at, at + value.length];
  return readOffsets(node, source.base);
}

/** A GFM autolink literal or `<…>` autolink: its only text is its URL, which is not prose. */
function isAutolink(node: MdNode): boolean {
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || only.value === undefined || node.url === undefined) return false;
  const v = only.value;
  return node.url === v || node.url === `http://${v}` || node.url === `https://${v}` || node.url === `mailto:${v}`;
}

/** Appends the text of inline `nodes` to `out`, and their non-text parts to the source's regions. */
export function readInline(nodes: MdNode[] | undefined, out: TextBuilder, source: MarkdownSource, from = source.base): void {
  const { text, addRegion: region } = source;
  let cursor = from;
  for (const node of nodes ?? []) {
    const [start, end] = locate(node, source, cursor);
    cursor = end;
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
        readInline(node.children, out, source, start);
        const last = node.children?.[node.children.length - 1];
        region('url', last ? locate(last, source, start)[1] : start + 1, end);
        break;
      }
      case 'footnoteReference':
        break;
      default:
        // emphasis, strong, delete, linkReference: their children are text, the rest is markup.
        readInline(node.children, out, source, start);
    }
  }
}
