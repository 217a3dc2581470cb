/**
 * A file read into a document: ingest → language → versions → sentences.
 *
 * The document is lossless: its sentences (by `start`/`end`) and its typed
 * `nonText` spans tile the file `[0, length)` exactly, in order, without
 * overlap, so nothing is dropped silently. Inline markup inside a sentence
 * (`**`, a link's destination) lies within the sentence's span; its `map`
 * tells which characters are text.
 */

import { detectFormat } from './ingest/format.js';
import type { Ingested, IngestedBlock } from './ingest/format.js';
import { detectBlockLangWeights, type LanguageOptions } from './ingest/language.js';
import { splitVersions, type VersionOptions } from './ingest/versions.js';
import { readLines } from './ingest/lines.js';
import { parseMarkdown } from './ingest/markdown.js';
import { isWhitespace, readPlainText, type PlainTextOptions } from './ingest/text.js';
import { mapSpan, sliceMap } from './normalize/offset-map.js';
import type { Block, Doc, Format, NonText, Sentence, Version } from './schema.js';
import { segmentSentences } from './segment/sentences.js';

export interface ReadDocumentOptions extends LanguageOptions, VersionOptions, PlainTextOptions {
  /** File name or path, recorded in the document and its version ids. */
  source: string;
  /**
   * How to read the text: `auto` decides Markdown or plain from the content
   * ({@link detectFormat}); `lines` is pre-segmented text, one sentence per line.
   * @default 'auto'
   */
  format?: 'auto' | Format;
}

const SCRIPT = { 'zh-Hans': 'Hans', 'zh-Hant': 'Hant', en: 'Latn', other: 'Zyyy' } as const;
const LANGUAGE = { 'zh-Hans': 'zh', 'zh-Hant': 'zh', en: 'en', other: 'other' } as const;

/** Reads `text` (the file's contents as decoded, BOM and line endings as they are) into a {@link Doc}. */
export function readDocument(text: string, options: ReadDocumentOptions): Doc {
  let hasText = false;
  for (let i = 0; i < text.length && !hasText; i++) hasText = !isWhitespace(text.charCodeAt(i));
  if (!hasText) throw new Error('the document has no text: it is empty or whitespace only');

  const requested = options.format ?? 'auto';
  const format: Format = requested === 'auto' ? detectFormat(text).format : requested;
  const ingested: Ingested = format === 'markdown' ? parseMarkdown(text) : format === 'lines' ? readLines(text) : readPlainText(text, options);
  const { blocks } = ingested;
  if (format !== 'lines' && blocks.length === 0) {
    // Say what the file really holds: markup with words in it, or no word at all (only punctuation, symbols, zero-width spaces).
    const what = /[\p{L}\p{N}]/u.test(text) ? 'only markup, images, links or code' : 'no letters or characters to align (only punctuation, symbols or invisible characters)';
    throw new Error(`the document has no text: ${what}`);
  }

  const { langs, weights } = detectBlockLangWeights(
    blocks.map((b) => b.text),
    options,
  );
  const runs = format === 'lines' ? [{ lang: mostCommon(langs, weights), from: 0, to: blocks.length }] : splitVersions(blocks, langs, weights, options);

  const name = basename(options.source);
  const regions: NonText[] = [...ingested.regions];
  const versions: Version[] = runs.map((run, k) => {
    const versionBlocks: Block[] = [];
    const sentences: Sentence[] = [];
    for (let i = run.from; i < run.to; i++) {
      const block = blocks[i]!;
      if (i === run.separator) {
        regions.push({ type: 'separator', start: block.start, end: block.end });
        continue;
      }
      const lang = langs[i]!;
      const index = versionBlocks.length;
      versionBlocks.push(withLang(block, lang));
      // A line of --lines input is one sentence, never re-split.
      if (format === 'lines') sentences.push(toSentence(block as Block, index, 0, block.text.length, sentences.length));
      else for (const part of segmentSentences(block.text, { lang })) sentences.push(toSentence(block as Block, index, part.start, part.end, sentences.length));
    }
    const first = versionBlocks[0];
    const last = versionBlocks[versionBlocks.length - 1];
    return {
      id: runs.length > 1 ? `${name}#${k}` : name,
      source: options.source,
      lang: run.lang,
      language: LANGUAGE[run.lang],
      script: SCRIPT[run.lang],
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      blocks: versionBlocks,
      sentences,
    };
  });

  regions.sort((a, b) => a.start - b.start);
  return { source: options.source, format, length: text.length, versions, nonText: tileNonText(text, versions.length === 1 ? versions[0]!.sentences : versions.flatMap((v) => v.sentences), regions) };
}

/** The block with its language: the ingested block itself, which no one else holds (a copy per line doubles a book's blocks). */
function withLang(block: IngestedBlock, lang: Block['lang']): Block {
  const typed = block as Block;
  typed.lang = lang;
  return typed;
}

/** Sentence `index` of a version: `[start, end)` of the text of `block`, which is block `blockIndex` of the version. */
function toSentence(block: Block, blockIndex: number, start: number, end: number, index: number): Sentence {
  const whole = start === 0 && end === block.text.length;
  const span = end > start ? mapSpan(block.map, start, end) : { start: block.start, end: block.start };
  return {
    index,
    text: whole ? block.text : block.text.slice(start, end),
    start: span.start,
    end: span.end,
    block: blockIndex,
    lang: block.lang,
    // A sentence that is its whole block (every line of --lines input) shares the block's map: a book has a million.
    map: whole ? block.map : sliceMap(block.map, start, end),
  };
}

function basename(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

function mostCommon(langs: readonly Block['lang'][], weights: readonly number[]): Block['lang'] {
  const total = new Map<Block['lang'], number>();
  langs.forEach((lang, i) => total.set(lang, (total.get(lang) ?? 0) + (weights[i] ?? 0)));
  let best: Block['lang'] = langs[0] ?? 'other';
  for (const [lang, weight] of total) if (weight > (total.get(best) ?? 0)) best = lang;
  return best;
}

/**
 * The parts of `[0, text.length)` outside the sentence `spans` (in order),
 * typed by the `regions` ingest recognised (sorted by start) and otherwise by
 * their characters: whitespace, or markup.
 */
export function tileNonText(text: string, spans: ReadonlyArray<{ start: number; end: number }>, regions: readonly NonText[]): NonText[] {
  const tiles: NonText[] = [];
  let region = 0; // the first region that may still meet a gap
  let pos = 0;
  for (const span of spans) {
    region = tileGap(text, pos, span.start, regions, region, tiles);
    pos = Math.max(pos, span.end);
  }
  tileGap(text, pos, text.length, regions, region, tiles);
  return tiles;
}

/*
 * The gap's helpers are plain functions with their state in arguments: closures
 * made afresh for each document, or the fields of a tiling object, changed
 * under the optimizer's feet and made it compile them again for the second file.
 */

/** Tiles the gap `[from, to)` between sentences; returns the first region that may still meet a later gap. */
function tileGap(text: string, from: number, to: number, regions: readonly NonText[], region: number, tiles: NonText[]): number {
  const first = tiles.length; // tiles merge within a gap, never across a sentence, even an empty one
  let pos = from;
  while (region < regions.length && regions[region]!.end <= pos) region++;
  for (let k = region; k < regions.length && pos < to; k++) {
    const r = regions[k]!;
    if (r.start >= to) break;
    const start = Math.max(r.start, pos);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    tileChars(text, pos, start, tiles, first);
    addTile(tiles, first, r.type, start, end);
    pos = end;
  }
  tileChars(text, pos, to, tiles, first);
  return region;
}

/** Types the characters of `[from, to)`, which no region covers: whitespace, or markup. */
function tileChars(text: string, from: number, to: number, tiles: NonText[], first: number): void {
  let i = from;
  while (i < to) {
    const ws = isWhitespace(text.charCodeAt(i));
    let j = i + 1;
    while (j < to && isWhitespace(text.charCodeAt(j)) === ws) j++;
    addTile(tiles, first, ws ? 'whitespace' : 'markup', i, j);
    i = j;
  }
}

/** Adds a tile, or extends the last one of the same gap when it is of the same type and ends where this one starts. */
function addTile(tiles: NonText[], first: number, type: NonText['type'], start: number, end: number): void {
  if (end <= start) return;
  const last = tiles.length > first ? tiles[tiles.length - 1]! : undefined;
  if (last && last.type === type && last.end === start) last.end = end;
  else tiles.push({ type, start, end });
}
