/**
 * What a browser bundle gets in place of `heavy-modules.node.ts` (package.json
 * `browser` field): a page has no synchronous `require`, so the large
 * dependencies are imported up front and handed out as they are.
 */
import * as segmentit from 'segmentit';
import { configs as simplify } from 'opencc-js/preset/t2cn';
import { configs as traditionalize } from 'opencc-js/preset/cn2t';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { HeavyModules } from './heavy-modules.node.js';

export const heavyModules: HeavyModules = {
  markdown: () => ({ unified, remarkParse, remarkFrontmatter, remarkGfm, remarkCjkFriendly }),
  segmentit: () => segmentit,
  opencc: { simplify: () => simplify, traditionalize: () => traditionalize },
};
