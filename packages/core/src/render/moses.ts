/**
 * Parallel text as Moses and most MT training tools read it: two plain files,
 * line *i* of one the translation of line *i* of the other, one bead per line
 * (`corpus.en` / `corpus.zh`). Beads with an empty side are left out unless
 * asked for, since an empty line pairs a sentence with nothing.
 */
import type { AlignmentReport, ReportVersion } from '../schema.js';
import { RenderError, listBeadRows, toLanguageTag } from './json.js';

export interface MosesOptions {
  /**
   * Keep beads with an empty side, as an empty line opposite the other side.
   * @default false
   */
  keepEmpty?: boolean;
}

/** The two files: a suffix naming each side's language, and its lines. */
export interface MosesFiles {
  suffixes: [string, string];
  texts: [string, string];
  /** Beads written, and beads left out because a side was empty. */
  lines: number;
  omitted: number;
}

/**
 * File suffixes by language: `en` and `zh` when the languages differ, the full
 * tag (`zh-Hans`, `zh-Hant`) when only the script does. Two versions in the
 * same language and script cannot be told apart by name: a RenderError.
 */
export function nameMosesSuffixes(a: ReportVersion, b: ReportVersion): [string, string] {
  if (a.lang === b.lang) {
    throw new RenderError(`both versions are ${toLanguageTag(a.lang)} (${a.id}, ${b.id}); parallel text needs two different languages or scripts`);
  }
  const language = (v: ReportVersion) => toLanguageTag(v.lang).split('-')[0]!;
  if (language(a) !== language(b)) return [language(a), language(b)];
  return [toLanguageTag(a.lang), toLanguageTag(b.lang)];
}

// A line is a segment: line breaks inside a sentence (Markdown soft breaks) become spaces.
const oneLine = (text: string): string => text.replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, ' ');

export function renderMoses(report: AlignmentReport, options: MosesOptions = {}): MosesFiles {
  const [a, b] = report.versions;
  const suffixes = nameMosesSuffixes(a, b);
  let textA = '';
  let textB = '';
  let lines = 0;
  let omitted = 0;
  for (const row of listBeadRows(report)) {
    if (!options.keepEmpty && (row.a.length === 0 || row.b.length === 0)) {
      omitted++;
      continue;
    }
    textA += `${oneLine(row.textA)}\n`;
    textB += `${oneLine(row.textB)}\n`;
    lines++;
  }
  return { suffixes, texts: [textA, textB], lines, omitted };
}
