/**
 * An mdast tree → text blocks with offset maps: which nodes are blocks (and
 * at what depth), and which are typed non-text regions, as markdown.ts lists
 * them. A block's text is read by markdown-inline.ts.
 */

import type { IngestedBlock } from './format.js';
import { readInline, readOffsets, type MarkdownSource, type MdNode } from './markdown-inline.js';
import { TextBuilder } from './markdown-text.js';
import { trimBlockText } from './text.js';

/** Appends the blocks of the tree `root`, parsed from `source`'s chunk, to `blocks`, in source order. */
export function collectBlocks(root: MdNode, source: MarkdownSource, blocks: IngestedBlock[]): void {
  const { text, base, addRegion: region } = source;

  const emit = (type: IngestedBlock['type'], depth: number | undefined, start: number, end: number, out: TextBuilder) => {
    const trimmed = trimBlockText(out.parts.join(''), out.map);
    if (trimmed.text.length === 0) return;
    const block: IngestedBlock = { type, text: trimmed.text, start, end, map: trimmed.map };
    if (depth !== undefined) block.depth = depth;
    blocks.push(block);
  };

  const walk = (node: MdNode, quote: number, list: number): void => {
    const [start, end] = readOffsets(node, base);
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
        const out = new TextBuilder();
        readInline(node.children, out, source, start);
        emit('heading', node.depth, start, end, out);
        return;
      }
      case 'paragraph': {
        const out = new TextBuilder();
        readInline(node.children, out, source, start);
        emit(quote > 0 ? 'blockquote' : 'paragraph', quote > 0 ? quote : undefined, start, end, out);
        return;
      }
      case 'tableCell': {
        const out = new TextBuilder();
        readInline(node.children, out, source, start);
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
    let out: TextBuilder | undefined;
    let runStart = itemStart; // the first run includes the item's marker
    let runEnd = itemStart;
    const close = () => {
      if (out) emit('listItem', list, runStart, runEnd, out);
      out = undefined;
    };
    for (const child of node.children ?? []) {
      const [start, end] = readOffsets(child, base);
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
        out = new TextBuilder();
        if (runStart === -1) runStart = start;
      }
      readInline(child.children, out, source, start);
      runEnd = end;
    }
    close();
  };

  walk(root, 0, 0);
}
