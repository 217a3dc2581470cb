/**
 * OpenCC dictionaries as tries over UTF-16 code units, and one conversion
 * stage over a text: longest match first, never across a segment bound,
 * recording every replacement that changes length (as opencc-js Trie does).
 */

export type DictLike = string | readonly (readonly [string, string])[];

/**
 * A dictionary group as a trie over UTF-16 code units. Children live in one
 * Map keyed by `node * 65536 + codeUnit`; `starts` flags the code units where
 * a match can begin (or an ideographic description sequence opens), so the
 * common case, a character no key starts with, costs one array read.
 */
export interface Table {
  starts: Uint8Array;
  root: Int32Array;
  kids: Map<number, number>;
  hasKids: Uint8Array;
  valueStart: Int32Array;
  valueLength: Int32Array;
  pool: Uint16Array;
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

export function compileTable(group: readonly DictLike[]): Table {
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
export function segmentBounds(t: Table, s: Uint16Array, n: number): number[] {
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

export interface Stage {
  out: Uint16Array;
  length: number;
  bounds: number[];
  /** Flat `[outStart, outEnd, inStart, inEnd]` for every replacement of another length. */
  edits: number[];
}

/** One dictionary group over `s`, never matching across a segment bound (Trie.convert per segment). */
export function convertStage(t: Table, s: Uint16Array, n: number, bounds: number[]): Stage {
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
