/**
 * Script conversion between Traditional and Simplified Chinese, with an
 * offset map back to the original characters.
 *
 * opencc-js only returns a string, so this module runs the same algorithm as
 * OpenCC (maximum forward matching over the dictionaries opencc-js ships,
 * Trie.convert in opencc-js core.js) on the same configurations
 * (`configs.tw2sp` etc. of `opencc-js/preset`): a normalization chain over the
 * whole text, a segmentation by the first phrase dictionary, then every
 * dictionary group of the conversion chain applied to each segment on its
 * own. Each replacement whose length differs is recorded as an edit, and
 * the edits of successive stages are composed, so every span of the result
 * maps to the exact span of the input it came from.
 */

import { configs as simplifyConfigs } from 'opencc-js/preset/t2cn';
import { configs as traditionalizeConfigs } from 'opencc-js/preset/cn2t';
import type { OffsetMap } from '../schema.js';
import { mergePieces } from './offset-map.js';

/** An OpenCC Traditional standard: Taiwan with phrases, Taiwan, Hong Kong, or OpenCC's plain Traditional. */
export type TraditionalStandard = 'twp' | 'tw' | 'hk' | 't';

export interface ToSimplifiedOptions {
  /**
   * The standard the text is written in. `twp` also converts Taiwan
   * vocabulary (軟體→软件, 滑鼠→鼠标, 程式碼→代码); the others convert
   * characters and variants only.
   * @default 'twp'
   */
  from?: TraditionalStandard;
}

export interface ToTraditionalOptions {
  /**
   * The standard to write. `twp` also converts vocabulary (软件→軟體).
   * @default 'tw'
   */
  to?: TraditionalStandard;
}

/** A converted text and the map from its characters back to the input. */
export interface Converted {
  text: string;
  map: OffsetMap;
}

const SIMPLIFY_CONFIG: Record<TraditionalStandard, string> = { twp: 'tw2sp', tw: 'tw2s', hk: 'hk2s', t: 't2s' };
const TRADITIONALIZE_CONFIG: Record<TraditionalStandard, string> = { twp: 's2twp', tw: 's2tw', hk: 's2hk', t: 's2t' };

function resolveStandard(value: unknown, fallback: TraditionalStandard, name: string): TraditionalStandard {
  if (value === undefined) return fallback;
  if (value === 'twp' || value === 'tw' || value === 'hk' || value === 't') return value;
  throw new TypeError(`${name}: unknown Traditional standard ${JSON.stringify(value)} (expected twp, tw, hk or t)`);
}

/**
 * Converts Traditional Chinese to Simplified exactly as opencc-js's
 * `Converter({from, to: 'cn'})` does, and returns a map from the result back
 * to `text`.
 */
export function toSimplified(text: string, options: ToSimplifiedOptions = {}): Converted {
  const from = resolveStandard(options.from, 'twp', 'toSimplified: options.from');
  return runPipeline(pipelineFor(SIMPLIFY_CONFIG[from], simplifyConfigs), text);
}

/**
 * Converts Simplified Chinese to Traditional exactly as opencc-js's
 * `Converter({from: 'cn', to})` does, and returns a map back to `text`.
 */
export function toTraditional(text: string, options: ToTraditionalOptions = {}): Converted {
  const to = resolveStandard(options.to, 'tw', 'toTraditional: options.to');
  return runPipeline(pipelineFor(TRADITIONALIZE_CONFIG[to], traditionalizeConfigs), text);
}

// ---------------------------------------------------------------------------
// Dictionaries, compiled once per configuration on first use.

type DictLike = string | readonly (readonly [string, string])[];
interface OpenccConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  segmentation?: DictLike | readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
}

/**
 * A dictionary group as a trie over UTF-16 code units. Children live in one
 * Map keyed by `node * 65536 + codeUnit`; `starts` flags the code units where
 * a match can begin (or an ideographic description sequence opens), so the
 * common case, a character no key starts with, costs one array read.
 */
interface Table {
  starts: Uint8Array;
  root: Int32Array;
  kids: Map<number, number>;
  hasKids: Uint8Array;
  valueStart: Int32Array;
  valueLength: Int32Array;
  pool: Uint16Array;
}

interface Pipeline {
  normalization: Table[];
  segmentation: Table | null;
  conversion: Table[];
}

const pipelines = new Map<string, Pipeline>();

function pipelineFor(name: string, configs: unknown): Pipeline {
  let pipeline = pipelines.get(name);
  if (!pipeline) {
    const config = (configs as Record<string, OpenccConfig | undefined>)[name];
    if (!config) throw new Error(`opencc-js has no configuration ${name}`);
    const seg = config.segmentation;
    pipeline = {
      normalization: (config.normalizationChain ?? []).map(compileTable),
      // As ConverterFactoryWithSegmentation: a list of strings is a group, anything else one dictionary.
      segmentation:
        seg === undefined ? null : compileTable(Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? seg : [seg as DictLike]),
      conversion: config.conversionChain.map(compileTable),
    };
    pipelines.set(name, pipeline);
  }
  return pipeline;
}

function dictEntries(dict: DictLike): (readonly [string, string])[] {
  if (typeof dict !== 'string') return [...dict];
  // Same parse as opencc-js Trie.loadDict: "key value|key value", first candidate only.
  return dict.split('|').map((line) => {
    const [key, value] = line.split(' ');
    if (key === undefined || value === undefined) throw new TypeError(`invalid dictionary entry ${JSON.stringify(line)}`);
    return [key, value] as const;
  });
}

function compileTable(group: readonly DictLike[]): Table {
  const entries = new Map<string, string>();
  // The first dictionary of a group wins a shared key (Trie.loadDictGroup loads them in reverse).
  for (const dict of [...group].reverse()) for (const [key, value] of dictEntries(dict)) entries.set(key, value);
  const root = new Int32Array(65536);
  const kids = new Map<number, number>();
  const hasKids: number[] = [0];
  const values: (string | undefined)[] = [undefined];
  for (const [key, value] of entries) {
    if (key.length === 0) continue;
    let node = root[key.charCodeAt(0)]!;
    if (node === 0) {
      node = values.push(undefined) - 1;
      hasKids.push(0);
      root[key.charCodeAt(0)] = node;
    }
    for (let k = 1; k < key.length; k++) {
      const slot = node * 65536 + key.charCodeAt(k);
      let next = kids.get(slot);
      if (next === undefined) {
        next = values.push(undefined) - 1;
        hasKids.push(0);
        kids.set(slot, next);
        hasKids[node] = 1;
      }
      node = next;
    }
    values[node] = value;
  }
  const starts = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (root[c] !== 0 || isIdsOperator(c)) starts[c] = 1;
  const valueStart = new Int32Array(values.length);
  const valueLength = new Int32Array(values.length).fill(-1);
  const pool = new Uint16Array(values.reduce((n, v) => n + (v?.length ?? 0), 0));
  let at = 0;
  values.forEach((v, node) => {
    if (v === undefined) return;
    valueStart[node] = at;
    valueLength[node] = v.length;
    for (let k = 0; k < v.length; k++) pool[at++] = v.charCodeAt(k);
  });
  return { starts, root, kids, hasKids: Uint8Array.from(hasKids), valueStart, valueLength, pool };
}

// ---------------------------------------------------------------------------
// Matching, as opencc-js core.js: longest key at each position; when none
// matches, skip one code point, or a whole ideographic description sequence
// (⿰訁吾) so its components are not converted.

function isIdsOperator(c: number): boolean {
  return c >= 0x2ff0 && c <= 0x2fff;
}

function idsArity(c: number): number {
  if (c === 0x2ff2 || c === 0x2ff3) return 3;
  return isIdsOperator(c) ? 2 : 0;
}

function codePointLength(s: Uint16Array, i: number, limit: number): number {
  const c = s[i]!;
  return c >= 0xd800 && c <= 0xdbff && i + 1 < limit && (s[i + 1]! & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the ideographic description sequence at `i`, or 0 (getIdeographicDescriptionSequenceEnd). */
function idsEnd(s: Uint16Array, i: number, limit: number): number {
  const arity = idsArity(s[i]!);
  if (arity === 0) return 0;
  let end = i + 1;
  for (let n = 0; n < arity; n++) {
    if (end >= limit) return 0;
    end = idsEnd(s, end, limit) || end + codePointLength(s, end, limit);
  }
  return end;
}

/** End of the last match found by `matchAt` (a module variable, so the hot loop allocates nothing). */
let matchEnd = 0;

/** Trie node of the longest key that starts at `i` and ends by `limit` (Trie.matchPrefix), or 0. */
function matchAt(t: Table, s: Uint16Array, i: number, limit: number): number {
  let node = t.root[s[i]!]!;
  let best = 0;
  let j = i + 1;
  for (;;) {
    if (t.valueLength[node]! >= 0) {
      best = node;
      matchEnd = j;
    }
    if (j >= limit || t.hasKids[node] === 0) return best;
    const next = t.kids.get(node * 65536 + s[j]!);
    if (next === undefined) return best;
    node = next;
    j++;
  }
}

function unmatchedLength(s: Uint16Array, i: number, limit: number): number {
  const end = idsEnd(s, i, limit);
  return end > i ? end - i : codePointLength(s, i, limit);
}

/** Segment boundaries (Trie.segment): the starts and ends of phrase matches, inside (0, n). */
function segmentBounds(t: Table, s: Uint16Array, n: number): number[] {
  const bounds: number[] = [];
  let i = 0;
  while (i < n) {
    if (t.starts[s[i]!] === 0) {
      i++;
      continue;
    }
    if (t.root[s[i]!] !== 0 && matchAt(t, s, i, n) !== 0) {
      if (i > 0 && bounds[bounds.length - 1] !== i) bounds.push(i);
      i = matchEnd;
      if (i < n) bounds.push(i);
    } else i += unmatchedLength(s, i, n);
  }
  return bounds;
}

interface Stage {
  out: Uint16Array;
  length: number;
  bounds: number[];
  /** Flat `[outStart, outEnd, inStart, inEnd]` for every replacement of another length. */
  edits: number[];
}

/** One dictionary group over `s`, never matching across a segment bound (Trie.convert per segment). */
function convertStage(t: Table, s: Uint16Array, n: number, bounds: number[]): Stage {
  let out = new Uint16Array(n + (n >> 3) + 16);
  const outBounds: number[] = [];
  const edits: number[] = [];
  let o = 0;
  let i = 0;
  let b = 0;
  while (i < n) {
    const c = s[i]!;
    if (t.starts[c] === 0) {
      out[o++] = c;
      i++;
      continue;
    }
    while (b < bounds.length && bounds[b]! <= i) outBounds.push(bounds[b++]! + o - i);
    const limit = b < bounds.length ? bounds[b]! : n;
    const node = t.root[c] === 0 ? 0 : matchAt(t, s, i, limit);
    if (node !== 0) {
      const length = t.valueLength[node]!;
      if (o + length + (n - matchEnd) > out.length) {
        const grown = new Uint16Array(2 * (o + length + (n - matchEnd)) + 16);
        grown.set(out.subarray(0, o));
        out = grown;
      }
      const from = t.valueStart[node]!;
      for (let k = 0; k < length; k++) out[o + k] = t.pool[from + k]!;
      if (length !== matchEnd - i) edits.push(o, o + length, i, matchEnd);
      o += length;
      i = matchEnd;
    } else {
      const end = i + unmatchedLength(s, i, limit);
      while (i < end) out[o++] = s[i++]!;
    }
  }
  while (b < bounds.length) outBounds.push(bounds[b++]! + o - i);
  return { out, length: o, bounds: outBounds, edits };
}

/**
 * Composes edits: `first` takes S0 to S1, `second` S1 to S2. Edits that
 * overlap in S1 become one unit (the union), so no output piece ever points
 * into the middle of another's source.
 */
function composeEdits(first: number[], second: number[]): number[] {
  if (first.length === 0) return second;
  if (second.length === 0) return first;
  const out: number[] = [];
  let f = 0;
  let g = 0;
  let dFirst = 0; // S0 − S1 after the first-stage edits consumed so far
  let dSecond = 0; // S2 − S1 after the second-stage edits consumed so far
  while (f < first.length || g < second.length) {
    const takeFirst = g >= second.length || (f < first.length && first[f]! <= second[g + 2]!);
    const c0 = takeFirst ? first[f]! : second[g + 2]!;
    let c1 = c0;
    const s0 = c0 + dFirst;
    const s2 = c0 + dSecond;
    for (;;) {
      if (f < first.length && (first[f]! < c1 || first[f] === c0)) {
        c1 = Math.max(c1, first[f + 1]!);
        dFirst += first[f + 3]! - first[f + 2]! - (first[f + 1]! - first[f]!);
        f += 4;
      } else if (g < second.length && (second[g + 2]! < c1 || second[g + 2] === c0)) {
        c1 = Math.max(c1, second[g + 3]!);
        dSecond += second[g + 1]! - second[g]! - (second[g + 3]! - second[g + 2]!);
        g += 4;
      } else break;
    }
    out.push(s2, c1 + dSecond, s0, c1 + dFirst);
  }
  return out;
}

/** The full map of `edits` over a derived text of `length` from a source of `sourceLength`. */
function mapFromEdits(edits: number[], length: number, sourceLength: number): OffsetMap {
  const map: OffsetMap = [];
  let pos = 0;
  let src = 0;
  for (let k = 0; k < edits.length; k += 4) {
    const [start, end, srcStart, srcEnd] = [edits[k]!, edits[k + 1]!, edits[k + 2]!, edits[k + 3]!];
    if (start > pos) map.push([pos, start, src, srcStart]);
    map.push([start, end, srcStart, srcEnd]);
    pos = end;
    src = srcEnd;
  }
  if (pos < length || src < sourceLength) map.push([pos, length, src, sourceLength]);
  return mergePieces(map);
}

const CHUNK = 8192;

function decode(s: Uint16Array, n: number): string {
  let text = '';
  for (let i = 0; i < n; i += CHUNK) text += String.fromCharCode.apply(null, s.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  return text;
}

function runPipeline(p: Pipeline, text: string): Converted {
  const n = text.length;
  let s: Uint16Array = new Uint16Array(n);
  for (let i = 0; i < n; i++) s[i] = text.charCodeAt(i);
  let length = n;
  let edits: number[] = [];
  for (const t of p.normalization) {
    const stage = convertStage(t, s, length, []);
    ({ out: s, length } = stage);
    edits = composeEdits(edits, stage.edits);
  }
  let bounds = p.segmentation ? segmentBounds(p.segmentation, s, length) : [];
  for (const t of p.conversion) {
    const stage = convertStage(t, s, length, bounds);
    ({ out: s, length, bounds } = stage);
    edits = composeEdits(edits, stage.edits);
  }
  return { text: decode(s, length), map: mapFromEdits(edits, length, n) };
}
