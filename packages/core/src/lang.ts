import type { Lang } from './schema.js';

/** Simplified or Traditional Chinese: the languages the dictionary's headwords and OpenCC's tables are in. */
export function isChinese(lang: Lang): boolean {
  return lang === 'zh-Hans' || lang === 'zh-Hant';
}

/** Whether some of `langs` are Chinese and some are not: Chinese meets English, so CC-CEDICT is needed. */
export function mixesChinese(langs: readonly Lang[]): boolean {
  return langs.some(isChinese) && !langs.every(isChinese);
}
