/**
 * Which Han characters are Traditional-only and which Simplified-only, as an
 * OpenCC round trip says: a character that `Converter({from: 'tw', to: 'cn'})`
 * changes is Traditional-only, one that `Converter({from: 'cn', to: 'tw'})`
 * changes is Simplified-only.
 *
 * Converting one character needs only the character-level dictionaries of
 * those two configurations (opencc-js `tw2s` and `s2tw`): a phrase can
 * match only two or more characters, and every character entry maps to one
 * character. So this reads the five small character dictionaries (about
 * 70 kB) instead of building the two full converters (phrase tries of 50,000
 * entries, about 0.6 s). test/han-script.test.ts checks every Han code point
 * against the full converters.
 */

import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariants';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** Flag of a character that Traditional→Simplified changes. */
export const TRADITIONAL_ONLY = 1;
/** Flag of a character that Simplified→Traditional changes. */
export const SIMPLIFIED_ONLY = 2;

/**
 * One OpenCC dictionary (`"a b|c d"`, source then replacement candidates) as
 * a map of its one-character entries to their first candidate, as opencc-js
 * reads it (a repeated key keeps its last entry, as Trie.addWord does).
 * Scanned by index: splitting and destructuring each entry took 0.1 s cold.
 */
function readCharacters(dictionary: string): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < dictionary.length; ) {
    let end = dictionary.indexOf('|', i);
    if (end < 0) end = dictionary.length;
    const key = dictionary.codePointAt(i)!;
    const after = i + (key > 0xffff ? 2 : 1);
    if (dictionary.charCodeAt(after) === 0x20) map.set(key, dictionary.codePointAt(after + 1)!);
    i = end + 1;
  }
  return map;
}

/** The character stages of a conversion, in order: normalization, then each conversion group. */
function convertCharacter(code: number, stages: readonly Map<number, number>[]): number {
  for (const stage of stages) code = stage.get(code) ?? code;
  return code;
}

let stages: { toSimplified: Map<number, number>[]; toTraditional: Map<number, number>[] } | undefined;
/** Flags of the code points met so far: a text meets a few thousand distinct characters at most. */
const flagsOf = new Map<number, number>();

function readStages() {
  const normalize = readCharacters(compatibilityIdeographs);
  return {
    toSimplified: [normalize, readCharacters(twVariantsRev), readCharacters(tsCharacters)],
    toTraditional: [normalize, readCharacters(stCharacters), readCharacters(twVariants)],
  };
}

/** {@link TRADITIONAL_ONLY} and {@link SIMPLIFIED_ONLY} flags of a code point, 0 for one both scripts share. */
export function classifyHan(code: number): number {
  let flags = flagsOf.get(code);
  if (flags === undefined) {
    stages ??= readStages();
    flags = (convertCharacter(code, stages.toSimplified) !== code ? TRADITIONAL_ONLY : 0) | (convertCharacter(code, stages.toTraditional) !== code ? SIMPLIFIED_ONLY : 0);
    flagsOf.set(code, flags);
  }
  return flags;
}
