/**
 * Section titles of a source: the editor's few words over a part of the text
 * (`ChatGPT可以更早做出来`, `## 如何看待强化学习的未来`). A title restates
 * its section's topic, so, short as it is, it scores high against any summary
 * line on that topic; a reader checking a line wants the passage that says
 * it, not the title over it. Titles therefore support only a summary's own
 * headings and labels (summary-support.ts).
 */

import type { Version } from '../schema.js';
import { findSpeakers, type RegionOptions } from './regions.js';

export interface TitleOptions extends RegionOptions {
  /** Longest title, in characters. @default 30 */
  maxTitleLength?: number;
}

/**
 * Per sentence of `source`, whether it is a section title: a heading that is
 * not a speaker label, or a short line standing alone, without a sentence's
 * final punctuation, right before a turn (a speaker label or a turn opened by
 * a speaker's name): how a transcript without markup sets its titles.
 */
export function findTitles(source: Version, options: TitleOptions = {}): boolean[] {
  const maxLength = options.maxTitleLength ?? 30;
  const { labels, prefixes } = findSpeakers(source, options);
  const perBlock = new Map<number, number>();
  for (const s of source.sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  const startsTurn = (k: number): boolean => labels.has(k) || prefixes.has(k);
  return source.sentences.map((s, k) => {
    if (labels.has(k) || prefixes.has(k)) return false;
    const text = s.text.replace(/[*_#]/g, '').trim();
    if (text.length === 0 || text.length > maxLength || perBlock.get(s.block) !== 1) return false;
    // A heading that ends a sentence (a question, a pull quote) is said, not a title.
    if (/[。？！?!…；;，,：:]["'”’」』）)]*$/u.test(text)) return false;
    const type = source.blocks[s.block]?.type;
    if (type === 'heading') return true;
    return type === 'paragraph' && startsTurn(k + 1);
  });
}
