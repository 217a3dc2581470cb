/**
 * Character diffs of Traditional and Simplified versions of one sentence.
 * Both sides go through `toComparable` (width, then OpenCC T→S with Taiwan
 * phrases), so script, regional wording OpenCC maps (軟體/软件, 程式/程序) and
 * punctuation width are not differences; whitespace is dropped too. OpenCC's
 * Taiwan phrases are computing terms applied wherever their characters stand
 * (杳無音訊 → 杳无音频, "audio"; 天線陣列 → 天线数组, "array"), and its tables
 * are not symmetric: 什么 → 什麼 and 轿夫 → 轎伕 one way, but 什麼 and 轎伕 stay
 * as they are the other. So a unit that differs in a few characters is also
 * converted the other way, both sides to Traditional, and the conversion that
 * leaves fewer characters different is the one diffed: what one table maps
 * and the other does not is no difference. The diff itself is Myers
 * (1986) via jsdiff's `diffChars`, and every part is reported in its own
 * side's original characters and offsets.
 */

import { diffChars } from 'diff/lib/diff/character.js';
import { toComparable, toComparableTraditional } from '../normalize/comparable.js';
import type { TraditionalStandard } from '../normalize/script.js';
import { mapSpan } from '../normalize/offset-map.js';
import type { DiffPart, OffsetMap } from '../schema.js';

/** A text to diff and the map of its characters back to the original file (identity when absent). */
export interface DiffSide {
  text: string;
  map?: OffsetMap;
  /** Where `text` starts in the original, when there is no map. @default 0 */
  start?: number;
}

/** Which way both sides are converted, and the Traditional standard (see the module comment). */
interface Conversion {
  to: 'simplified' | 'traditional';
  standard: TraditionalStandard;
}

/**
 * To Simplified with Taiwan phrases first (on a tie, regional wording OpenCC maps, 程式/程序, stays no difference), then
 * to Traditional with them. Character by character (`tw`) either way found nothing more on MAC-Dev's round trip (0 of
 * 1,444 units different with these two, as with all four) and cost a third more time.
 */
const CONVERSIONS: readonly Conversion[] = [
  { to: 'simplified', standard: 'twp' },
  { to: 'traditional', standard: 'twp' },
];

/**
 * A unit is diffed again the other way only when the first diff leaves at most this share of its characters
 * different: a paraphrase (a summary's line against its source) differs in far more than OpenCC's few asymmetric
 * characters, and is not shown as a wording difference anyway (`CompareOptions.minDiffShared`).
 */
const RETRY_SHARE = 0.5;

interface Comparable {
  chars: string;
  /** For each kept character, its span in `text`. */
  spans: { start: number; end: number }[];
}

function prepare(text: string, conversion: Conversion): Comparable {
  const { text: comparable, map } = conversion.to === 'simplified' ? toComparable(text, { from: conversion.standard }) : toComparableTraditional(text, conversion.standard);
  let chars = '';
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k < comparable.length; k++) {
    const ch = comparable[k]!;
    if (/\s/.test(ch)) continue;
    chars += ch;
    spans.push(mapSpan(map, k, k + 1));
  }
  return { chars, spans };
}

function toOriginal(side: DiffSide, start: number, end: number): { start: number; end: number } {
  if (side.map) return mapSpan(side.map, start, end);
  const at = side.start ?? 0;
  return { start: at + start, end: at + end };
}

export interface DiffOptions {
  /**
   * Whether a unit that differs in a few characters is diffed the other way too, both sides to Traditional (see the
   * module comment). That way's OpenCC tables take about 0.25 s to compile on first use, so `compare` asks for it
   * between versions of one text (a parallel pair), where a wording difference is a finding, and not for a summary,
   * whose wording differs anyway. @default true
   */
  bothWays?: boolean;
}

/**
 * The character diff of `a` (source) and `b` (target). `equal` and `delete`
 * parts carry `a`'s original text and offsets, `insert` parts `b`'s.
 */
export function diffScripts(a: DiffSide, b: DiffSide, options: DiffOptions = {}): DiffPart[] {
  let best: { ca: Comparable; cb: Comparable; changes: ReturnType<typeof diffChars>; changed: number } | undefined;
  for (const from of options.bothWays === false ? CONVERSIONS.slice(0, 1) : CONVERSIONS) {
    const [ca, cb] = [prepare(a.text, from), prepare(b.text, from)];
    const changes = diffChars(ca.chars, cb.chars);
    const changed = changes.reduce((n, change) => n + (change.added || change.removed ? change.value.length : 0), 0);
    if (!best || changed < best.changed) best = { ca, cb, changes, changed };
    if (changed === 0 || changed > RETRY_SHARE * (ca.chars.length + cb.chars.length)) break;
  }
  const { ca, cb, changes } = best!;
  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  const emit = (type: DiffPart['type'], side: DiffSide, c: Comparable, from: number, count: number): void => {
    if (count === 0) return;
    // A converted phrase maps as one unit: take the span of its first and last characters.
    const start = c.spans[from]!.start;
    const end = c.spans[from + count - 1]!.end;
    const original = toOriginal(side, start, end);
    const last = parts[parts.length - 1];
    const text = side.text.slice(start, end);
    if (last && last.type === type && last.end === original.start) {
      last.text += text;
      last.end = original.end;
    } else parts.push({ type, text, start: original.start, end: original.end });
  };
  for (const change of changes) {
    const n = change.value.length;
    if (change.added) {
      emit('insert', b, cb, ib, n);
      ib += n;
    } else if (change.removed) {
      emit('delete', a, ca, ia, n);
      ia += n;
    } else {
      emit('equal', a, ca, ia, n);
      ia += n;
      ib += n;
    }
  }
  return parts;
}

/** A diff as one readable string, `他<del>們</del><ins>们</ins>`, as jsdiff's tests write them. */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.type === 'equal' ? p.text : p.type === 'delete' ? `<del>${p.text}</del>` : `<ins>${p.text}</ins>`)).join('');
}
