/**
 * The large dependencies that only some inputs need, loaded on first use
 * instead of when core is imported: the Markdown parser (unified, remark),
 * the segmentit engine and OpenCC's phrase dictionaries. Importing them all
 * took most of a short command's 1.5 s; a plain-text pair needs none of them.
 *
 * In Node, `require` loads a module synchronously when first asked (CommonJS,
 * and ES modules since Node 20.19), so the functions that use them stay
 * synchronous. Bundlers that honour package.json's `browser` field swap in
 * `heavy-modules.browser.ts`, which imports them up front.
 */
import { createRequire } from 'node:module';
import type * as OpenccToSimplified from 'opencc-js/preset/t2cn';
import type * as OpenccToTraditional from 'opencc-js/preset/cn2t';
import type * as RemarkCjkFriendly from 'remark-cjk-friendly';
import type * as RemarkFrontmatter from 'remark-frontmatter';
import type * as RemarkGfm from 'remark-gfm';
import type * as RemarkParse from 'remark-parse';
import type * as Segmentit from 'segmentit';
import type * as Unified from 'unified';

/** Each loader returns the same modules on every call (`require` keeps them). */
export interface HeavyModules {
  markdown: () => {
    unified: typeof Unified.unified;
    remarkParse: typeof RemarkParse.default;
    remarkFrontmatter: typeof RemarkFrontmatter.default;
    remarkGfm: typeof RemarkGfm.default;
    remarkCjkFriendly: typeof RemarkCjkFriendly.default;
  };
  segmentit: () => typeof Segmentit;
  /** opencc-js's configurations to Simplified (`tw2sp`, …) and to Traditional (`s2tw`, …). */
  opencc: {
    simplify: () => typeof OpenccToSimplified.configs;
    traditionalize: () => typeof OpenccToTraditional.configs;
  };
}

const require = createRequire(import.meta.url);

function load<T>(specifier: string): T {
  try {
    return require(specifier) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM') {
      throw new Error(`${specifier} is an ES module, which Node ${process.versions.node} cannot load on demand; @duizhao/core needs Node 20.19 or later`);
    }
    throw error;
  }
}

export const heavyModules: HeavyModules = {
  markdown: () => ({
    unified: load<typeof Unified>('unified').unified,
    remarkParse: load<typeof RemarkParse>('remark-parse').default,
    remarkFrontmatter: load<typeof RemarkFrontmatter>('remark-frontmatter').default,
    remarkGfm: load<typeof RemarkGfm>('remark-gfm').default,
    remarkCjkFriendly: load<typeof RemarkCjkFriendly>('remark-cjk-friendly').default,
  }),
  segmentit: () => load<typeof Segmentit>('segmentit'),
  opencc: {
    simplify: () => load<typeof OpenccToSimplified>('opencc-js/preset/t2cn').configs,
    traditionalize: () => load<typeof OpenccToTraditional>('opencc-js/preset/cn2t').configs,
  },
};
