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
import { detectBlockLangs, type LanguageOptions } from './ingest/language.js';
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

  const { langs, evidence } = detectBlockLangs(
    blocks.map((b) => b.text),
    options,
  );
  const runs =
    format === 'lines'
      ? [{ lang: mostCommon(langs, evidence.map((e) => e.weight)), from: 0, to: blocks.length }]
      : splitVersions(blocks, langs, evidence.map((e) => e.weight), options);

  const name = basename(options.source);
  const regions: NonText[] = [...ingested.regions];
  const spans: Array<{ start: number; end: number }> = [];
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
      const parts = format === 'lines' ? [{ start: 0, end: block.text.length }] : segmentSentences(block.text, { lang });
      for (const part of parts) {
        const span = part.end > part.start ? mapSpan(block.map, part.start, part.end) : { start: block.start, end: block.start };
        spans.push(span);
        sentences.push({
          index: sentences.length,
          text: block.text.slice(part.start, part.end),
          start: span.start,
          end: span.end,
          block: index,
          lang,
          // A sentence that is its whole block (every line of --lines input) shares the block's map: a book has a million.
          map: part.start === 0 && part.end === block.text.length ? block.map : sliceMap(block.map, part.start, part.end),
        });
      }
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
  return { source: options.source, format, length: text.length, versions, nonText: tileNonText(text, spans, regions) };
}

/** The block with its language: the ingested block itself, which no one else holds (a copy per line doubles a book's blocks). */
function withLang(block: IngestedBlock, lang: Block['lang']): Block {
  return Object.assign(block, { lang });
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
  const out: NonText[] = [];
  let merge = false; // false at a sentence boundary, even an empty sentence's
  const add = (type: NonText['type'], start: number, end: number) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (merge && last && last.type === type && last.end === start) last.end = end;
    else out.push({ type, start, end });
    merge = true;
  };
  /** Types the characters of `[from, to)`, which no region covers. */
  const byChars = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const ws = isWhitespace(text.charCodeAt(i));
      let j = i + 1;
      while (j < to && isWhitespace(text.charCodeAt(j)) === ws) j++;
      add(ws ? 'whitespace' : 'markup', i, j);
      i = j;
    }
  };
  let r = 0;
  const gap = (from: number, to: number) => {
    merge = false;
    let pos = from;
    while (r < regions.length && regions[r]!.end <= pos) r++;
    for (let k = r; k < regions.length && pos < to; k++) {
      const region = regions[k]!;
      if (region.start >= to) break;
      const start = Math.max(region.start, pos);
      const end = Math.min(region.end, to);
      if (end <= start) continue;
      byChars(pos, start);
      add(region.type, start, end);
      pos = end;
    }
    byChars(pos, to);
  };
  let pos = 0;
  for (const span of spans) {
    gap(pos, span.start);
    pos = Math.max(pos, span.end);
  }
  gap(pos, text.length);
  return out;
}
