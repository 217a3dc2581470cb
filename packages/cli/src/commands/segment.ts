import type { Doc } from '@duizhao/core';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { loadDocument } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';

export const SEGMENT_HELP = `Usage: duizhao segment FILE [--format text|json] [--lines|--markdown|--plain] [-o OUT]

Splits FILE into sentences. Text format: one sentence per line; a file that holds
several versions (languages) gets a "# id lang" line before each. JSON: each version's
language, script and every sentence's text with its offsets [start, end) into the
original file, and the non-text parts, which together with the sentences tile the file.

Examples:
  duizhao segment corpus/schulman-2025/summary-article.zh-Hant.txt
  duizhao segment corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format json

${optionsHelp(COMMAND_OPTIONS.segment)}`;

/** One sentence per line; newlines inside a sentence (soft breaks) become spaces. */
export function formatSentences(doc: Doc): string {
  const several = doc.versions.length > 1;
  const out: string[] = [];
  for (const version of doc.versions) {
    if (several) out.push(`# ${version.id} ${version.lang}`);
    for (const sentence of version.sentences) out.push(sentence.text.replace(/\r?\n|\r/g, ' '));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The JSON view: versions with sentences and offsets, and the non-text parts. */
export function segmentJson(doc: Doc): unknown {
  return {
    source: doc.source,
    format: doc.format,
    length: doc.length,
    versions: doc.versions.map((v) => ({
      id: v.id,
      lang: v.lang,
      language: v.language,
      script: v.script,
      start: v.start,
      end: v.end,
      sentences: v.sentences.map((s) => ({ index: s.index, text: s.text, start: s.start, end: s.end, block: s.block, type: v.blocks[s.block]?.type })),
    })),
    nonText: doc.nonText,
  };
}

export function runSegment(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommand('segment', argv, COMMAND_OPTIONS.segment);
  if (values.help) {
    io.stdout.write(`${SEGMENT_HELP}\n`);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`segment: unknown format "${values.format}" (expected text or json)`);
  if (positionals.length !== 1) throw new UsageError(`segment: expected one FILE (see duizhao segment --help)`);
  const doc = loadDocument(positionals[0]!, values, io);
  emit(values.format === 'json' ? `${JSON.stringify(segmentJson(doc), null, 2)}\n` : formatSentences(doc), values.output, io);
  return 0;
}
