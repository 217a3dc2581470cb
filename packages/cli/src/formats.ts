/**
 * Output formats of an alignment report, all rendered by the core from the
 * same JSON model (AlignmentReport), and where each one is written.
 */
import type { AlignmentReport } from '@duizhao/core';
import { RenderError, formatLadder, renderCsvLines, renderJsonlLines, renderMarkdown, renderMoses, renderTmx, renderTsvLines } from '@duizhao/core/pipeline';
import { CliError, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { emit, writeAtomicAll, type OutputFile } from './output.js';

export const FORMATS = ['tsv', 'csv', 'md', 'json', 'jsonl', 'ladder', 'moses', 'tmx'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** File extension of each format (moses names its two files by language instead). */
export const EXTENSIONS: Record<OutputFormat, string> = { tsv: 'tsv', csv: 'csv', md: 'md', json: 'json', jsonl: 'jsonl', ladder: 'align', moses: '', tmx: 'tmx' };

export const FORMATS_HELP = `Formats:
  tsv     a row per bead: ids of A, ids of B, score, text of A, text of B (default)
  csv     the same table, RFC 4180 quoting
  md      the same table as GitHub Markdown
  json    the report: both versions' sentences with original offsets, every bead's scores
          (JSON Schema: packages/core/schema/alignment-report.schema.json)
  jsonl   one bead per line
  ladder  vecalign/Bertalign bead lines [i,j]:[k]:score, 0-based sentence ids
  moses   parallel text: -o BASE writes BASE.en and BASE.zh (BASE.zh-Hans and
          BASE.zh-Hant for two scripts), a line per bead; one-sided beads
          left out unless --keep-empty
  tmx     TMX 1.4b translation memory, a unit per bead`;

export function resolveOutputFormat(command: string, value: string): OutputFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`${command}: unknown format "${value}" (expected ${FORMATS.join(', ')})`);
}

export interface RenderOptions {
  keepEmpty?: boolean;
  toolVersion?: string;
}

/**
 * The files a format makes for output base `base` (a file name; moses adds
 * language suffixes). Asynchronous because JSON imports the full core (its zod
 * schemas) only when asked for: the other formats start 0.15 s sooner.
 */
export async function renderFiles(report: AlignmentReport, format: OutputFormat, base: string, options: RenderOptions = {}): Promise<OutputFile[]> {
  try {
    switch (format) {
      case 'moses': {
        const moses = renderMoses(report, { keepEmpty: options.keepEmpty ?? false });
        return [
          { path: `${base}.${moses.suffixes[0]}`, content: moses.texts[0] },
          { path: `${base}.${moses.suffixes[1]}`, content: moses.texts[1] },
        ];
      }
      case 'tmx':
        return [{ path: base, content: renderTmx(report, options.toolVersion === undefined ? {} : { toolVersion: options.toolVersion }) }];
      case 'tsv':
        return [{ path: base, content: renderTsvLines(report) }];
      case 'csv':
        return [{ path: base, content: renderCsvLines(report) }];
      case 'md':
        return [{ path: base, content: renderMarkdown(report) }];
      case 'json':
        return [{ path: base, content: (await import('@duizhao/core')).renderJson(report) }];
      case 'jsonl':
        return [{ path: base, content: renderJsonlLines(report) }];
      case 'ladder':
        return [{ path: base, content: formatLadder(report.alignment.beads) }];
    }
  } catch (error) {
    if (error instanceof RenderError) throw new CliError(`${format}: ${error.message}`);
    throw error;
  }
}

/** Writes a report in a format to `-o OUTPUT` (atomically) or standard output. */
export async function writeReport(command: string, report: AlignmentReport, format: OutputFormat, output: string | undefined, options: RenderOptions, io: CliIo): Promise<void> {
  if (format === 'moses' && (output === undefined || output === '-')) {
    throw new UsageError(`${command}: moses writes two files; name them with -o BASE (writes BASE.en and BASE.zh)`);
  }
  const files = await renderFiles(report, format, output ?? '-', options);
  if (format === 'moses') writeAtomicAll(files, io);
  else emit(files[0]!.content, output, io);
}
