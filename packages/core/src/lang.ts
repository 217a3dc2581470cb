import type { Lang } from './schema.js';

/** Simplified or Traditional Chinese: the languages the dictionary's headwords and OpenCC's tables are in. */
export function isChinese(lang: Lang): boolean {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}

/** Whether some of `langs` are Chinese and some are not: Chinese meets English, so CC-CEDICT is needed. */
export function mixesChinese(langs: readonly Lang[]): boolean {
  return langs.some(isChinese) && !langs.every(isChinese);
}

/**
 * Whether UTF-16 code unit `c` is (part of) a Han ideograph: the CJK
 * radicals, Extension A, the unified block and the compatibility ideographs,
 * and, by their high surrogates, planes 2–3 (Extensions B–H), which hold
 * nothing but Han.
 */
export function isHanCodeUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    (c >= 0xd840 && c <= 0xd8bf) // high surrogates of U+20000–U+3FFFF
  );
}
