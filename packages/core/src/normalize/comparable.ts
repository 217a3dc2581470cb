/**
 * The comparable form of a Chinese text: widths normalized, then converted
 * to Simplified, with one map back to the original characters.
 *
 * Width comes first because the conversion dictionaries spell their Latin
 * parts in ASCII (A型肝炎→甲型肝炎, SQL隱碼攻擊→SQL注入, U盤): a full-width
 * Ａ型肝炎 only matches once it is Ａ→A. The other order gains nothing, as
 * no dictionary key or value contains the punctuation width normalization
 * rewrites, and Han characters (its context) stay Han either way. Width
 * normalization maps one code unit to one, so composing the maps is exact.
 */

import { composeMaps } from './offset-map.js';
import { toSimplified, toTraditional, type Converted, type ToSimplifiedOptions, type TraditionalStandard } from './script.js';
import { normalizeWidth } from './width.js';

export type ToComparableOptions = ToSimplifiedOptions;

/** `normalizeWidth` then `toSimplified` (`from` defaults to `'twp'`), with the composed map. */
export function toComparable(text: string, options: ToComparableOptions = {}): Converted {
  return widthThen(text, (normalized) => toSimplified(normalized, options));
}

/**
 * `toComparable` the other way, `normalizeWidth` then `toTraditional`: OpenCC's tables are not symmetric (什么 → 什麼,
 * but 什麼 stays 什麼 on the way back), so a Traditional version may match a Simplified one only in Traditional.
 */
export function toComparableTraditional(text: string, to: TraditionalStandard = 'tw'): Converted {
  return widthThen(text, (normalized) => toTraditional(normalized, { to }));
}

/** `normalizeWidth`, then `convert`, with one map back to `text`. */
function widthThen(text: string, convert: (normalized: string) => Converted): Converted {
  const width = normalizeWidth(text);
  const converted = convert(width.text);
  return { text: converted.text, map: composeMaps(converted.map, width.map) };
}
