/**
 * How a part crosses between the threads (part-worker.ts): its sentences as
 * one string and their ends, its beads as numbers in typed arrays. Structured
 * clone copies every sentence object, bead and score record one by one: on
 * the 20k pair's second half that cost the main thread about 20 ms to send
 * and 20 ms to receive, and the worker as much again before it could start.
 */
import { sliceSide, type Alignment, type AlignSide, type Bead, type BlockType } from '@duizhao/core/aligner';
import type { PartTask } from './align-part.js';

interface PackedSide {
  lang: AlignSide['lang'];
  id: string | undefined;
  /** The sentences' texts, one after the other. */
  text: string;
  /** Where each sentence ends in `text`. */
  ends: Int32Array;
  /** Block types by sentence, where any sentence has one. */
  types: (BlockType | undefined)[] | undefined;
}

export interface PackedTask extends Omit<PartTask, 'a' | 'b'> {
  a: PackedSide;
  b: PackedSide;
}

/**
 * Beads as numbers: per bead its spans (first sentence and count on side a,
 * then on side b) and its score followed by its scores under `keys`. Beads
 * that do not fit (a side not a run of sentences, other keys) travel as they are.
 */
export type PackedAlignment = { rest: Omit<Alignment, 'beads'>; order: string[] } & ({ packed: true; spans: Int32Array; keys: string[]; values: Float64Array } | { packed: false; beads: Bead[] });

function packSide(side: AlignSide): PackedSide {
  // The side's sentences with their block types, as `sliceSide` gives them (a part's sides are its slices already).
  const { sentences } = sliceSide(side, 0, side.sentences.length) as { sentences: readonly { text: string; type?: BlockType | undefined }[] };
  const n = sentences.length;
  const ends = new Int32Array(n);
  const texts: string[] = new Array<string>(n);
  let types: (BlockType | undefined)[] | undefined;
  let end = 0;
  sentences.forEach((s, k) => {
    texts[k] = s.text;
    ends[k] = end += s.text.length;
    if (s.type !== undefined) (types ??= new Array<BlockType | undefined>(n))[k] = s.type;
  });
  return { lang: side.lang, id: side.id, text: texts.join(''), ends, types };
}

function unpackSide(side: PackedSide): AlignSide {
  const sentences: { text: string; type?: BlockType }[] = new Array(side.ends.length);
  let start = 0;
  side.ends.forEach((end, k) => {
    const type = side.types?.[k];
    sentences[k] = type === undefined ? { text: side.text.slice(start, end) } : { text: side.text.slice(start, end), type };
    start = end;
  });
  return { lang: side.lang, ...(side.id === undefined ? {} : { id: side.id }), sentences };
}

export function packTask(task: PartTask): PackedTask {
  return { ...task, a: packSide(task.a), b: packSide(task.b) };
}

export function unpackTask(task: PackedTask): PartTask {
  return { ...task, a: unpackSide(task.a), b: unpackSide(task.b) };
}

/** Whether `ids` is the run `ids[0]`, `ids[0] + 1`, … */
const isRun = (ids: readonly number[]): boolean => ids.every((x, k) => x === ids[0]! + k);

export function packAlignment(alignment: Alignment): PackedAlignment {
  const { beads, ...rest } = alignment;
  // The alignment's own key order, so that it is written out the same.
  const order = Object.keys(alignment);
  const keys = Object.keys(beads[0]?.scores ?? {});
  const width = 1 + keys.length;
  const spans = new Int32Array(beads.length * 4);
  const values = new Float64Array(beads.length * width);
  for (const [k, bead] of beads.entries()) {
    const names = Object.keys(bead.scores);
    const plain = bead.type === `${bead.a.length}-${bead.b.length}` && bead.status === undefined && isRun(bead.a) && isRun(bead.b);
    if (!plain || names.length !== keys.length || names.some((name, x) => name !== keys[x])) return { rest, order, packed: false, beads };
    spans.set([bead.a[0] ?? 0, bead.a.length, bead.b[0] ?? 0, bead.b.length], k * 4);
    values[k * width] = bead.score;
    keys.forEach((key, x) => (values[k * width + 1 + x] = bead.scores[key]!));
  }
  return { rest, order, packed: true, spans, keys, values };
}

export function unpackAlignment(packed: PackedAlignment): Alignment {
  const beads = packed.packed ? unpackBeads(packed.spans, packed.keys, packed.values) : packed.beads;
  const fields: Record<string, unknown> = { ...packed.rest, beads };
  return Object.fromEntries(packed.order.map((key) => [key, fields[key]])) as Alignment;
}

function unpackBeads(spans: Int32Array, keys: readonly string[], values: Float64Array): Bead[] {
  const width = 1 + keys.length;
  const beads: Bead[] = new Array<Bead>(spans.length / 4);
  const run = (from: number, count: number) => Array.from({ length: count }, (_, x) => from + x);
  for (let k = 0; k < beads.length; k++) {
    const a = run(spans[k * 4]!, spans[k * 4 + 1]!);
    const b = run(spans[k * 4 + 2]!, spans[k * 4 + 3]!);
    const scores: Record<string, number> = {};
    keys.forEach((key, x) => (scores[key] = values[k * width + 1 + x]!));
    beads[k] = { a, b, type: `${a.length}-${b.length}`, score: values[k * width]!, scores };
  }
  return beads;
}
