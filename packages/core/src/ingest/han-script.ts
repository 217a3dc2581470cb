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

/** One OpenCC dictionary (`"a b|c d"`, source then replacement) as a map of its one-character entries. */
function readCharacters(dictionary: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    const source = from!.codePointAt(0)!;
    // Only one-character entries; a repeated key keeps its last entry, as opencc-js's Trie.addWord does.
    if (to !== undefined && from!.length === String.fromCodePoint(source).length) map.set(source, to.codePointAt(0)!);
  }
  return map;
}

/** The character stages of a conversion, in order: normalization, then each conversion group. */
function convertCharacter(code: number, stages: readonly Map<number, number>[]): number {
  for (const stage of stages) code = stage.get(code) ?? code;
  return code;
}

let flagsOf: Map<number, number> | undefined;

function buildFlags(): Map<number, number> {
  const normalize = readCharacters(compatibilityIdeographs);
  const toSimplified = [normalize, readCharacters(twVariantsRev), readCharacters(tsCharacters)];
  const toTraditional = [normalize, readCharacters(stCharacters), readCharacters(twVariants)];
  const flags = new Map<number, number>();
  // A character that no dictionary names is left as it is by both conversions.
  for (const stage of [...toSimplified, ...toTraditional]) {
    for (const code of stage.keys()) {
      if (flags.has(code)) continue;
      const f = (convertCharacter(code, toSimplified) !== code ? TRADITIONAL_ONLY : 0) | (convertCharacter(code, toTraditional) !== code ? SIMPLIFIED_ONLY : 0);
      flags.set(code, f);
    }
  }
  return flags;
}

/** {@link TRADITIONAL_ONLY} and {@link SIMPLIFIED_ONLY} flags of a code point, 0 for one both scripts share. */
export function classifyHan(code: number): number {
  flagsOf ??= buildFlags();
  return flagsOf.get(code) ?? 0;
}
