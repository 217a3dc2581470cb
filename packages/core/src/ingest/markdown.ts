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
 * (Blocks are walked in markdown-blocks.ts, inline content in
 * markdown-inline.ts, and each literal mapped onto its source in
 * markdown-text.ts.)
 *
 * Offsets are UTF-16 code units, as mdast positions are (micromark works on
 * the JS string), so they index the string as given. A leading BOM is skipped
 * by micromark; we parse the string without it and shift every offset by one.
 */

import { heavyModules } from '../heavy-modules.node.js';
import type { NonText, NonTextType } from '../schema.js';
import type { Ingested, IngestedBlock } from './format.js';
import { collectBlocks } from './markdown-blocks.js';
import { DEFAULT_CHUNK_SIZE, chunkMarkdown } from './markdown-chunks.js';
import type { MdNode } from './markdown-inline.js';

let processor: ReturnType<typeof buildProcessor> | undefined;

/** The remark processor, built on the first Markdown text: its modules load only then (heavy-modules.node.ts). */
function buildProcessor() {
  const { unified, remarkParse, remarkFrontmatter, remarkGfm, remarkCjkFriendly } = heavyModules.markdown();
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);
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
  const blocks: IngestedBlock[] = [];
  const regions: NonText[] = bom ? [{ type: 'bom', start: 0, end: 1 }] : [];

  const addRegion = (type: NonTextType, start: number, end: number) => {
    if (end > start) regions.push({ type, start, end });
  };

  const starts = chunkMarkdown(text, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  for (let k = 0; k < starts.length; k++) {
    const base = Math.max(starts[k]!, bom);
    const end = starts[k + 1] ?? text.length;
    collectBlocks(processor.runSync(processor.parse(text.slice(base, end))) as MdNode, { text, base, addRegion }, blocks);
  }
  regions.sort((a, b) => a.start - b.start);
  return { blocks, regions };
}
