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

import { heavyModules } from '../heavy-modules.node.js';
import type { OffsetMap } from '../schema.js';
import { composeEdits, mapFromEdits } from './edits.js';
import { compileTable, convertStage, segmentBounds, type DictLike, type Table } from './trie.js';

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
  return runPipeline(pipelineFor(SIMPLIFY_CONFIG[from], 'simplify'), text);
}

/**
 * Converts Simplified Chinese to Traditional exactly as opencc-js's
 * `Converter({from: 'cn', to})` does, and returns a map back to `text`.
 */
export function toTraditional(text: string, options: ToTraditionalOptions = {}): Converted {
  const to = resolveStandard(options.to, 'tw', 'toTraditional: options.to');
  return runPipeline(pipelineFor(TRADITIONALIZE_CONFIG[to], 'traditionalize'), text);
}

// Dictionaries, compiled once per configuration on first use.

interface OpenccConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  segmentation?: DictLike | readonly DictLike[];
  conversionChain: readonly (readonly DictLike[])[];
}

interface Pipeline {
  normalization: Table[];
  segmentation: Table | null;
  conversion: Table[];
}

const pipelines = new Map<string, Pipeline>();

/** The pipeline of an opencc-js configuration; its dictionaries (1.2 MB of phrases) load on the first conversion (heavy-modules.node.ts). */
function pipelineFor(name: string, direction: 'simplify' | 'traditionalize'): Pipeline {
  let pipeline = pipelines.get(name);
  if (!pipeline) {
    const configs = heavyModules.opencc[direction]();
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
