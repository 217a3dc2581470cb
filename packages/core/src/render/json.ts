/** The JSON model every output format is rendered from. */
import type { Alignment, AlignmentReport, ReportVersion, Version } from '../schema.js';

/** A version's sentences as a report carries them: text, original offsets and block type. */
export function toReportVersion(version: Version): ReportVersion {
  return {
    id: version.id,
    source: version.source,
    lang: version.lang,
    sentences: version.sentences.map((s) => {
      const type = version.blocks[s.block]?.type;
      return type === undefined ? { index: s.index, text: s.text, start: s.start, end: s.end } : { index: s.index, text: s.text, start: s.start, end: s.end, type };
    }),
  };
}

/** Bundles two versions and their alignment into one self-contained report. */
export function buildAlignmentReport(a: Version, b: Version, alignment: Alignment): AlignmentReport {
  return { kind: 'alignment', versions: [toReportVersion(a), toReportVersion(b)], alignment };
}

/** The text of a bead side: its sentences joined (a space between Latin-script sentences, nothing in Chinese). */
export function joinSentences(version: ReportVersion, ids: readonly number[]): string {
  const glue = version.lang === 'en' || version.lang === 'other' ? ' ' : '';
  return ids.map((i) => version.sentences[i]?.text ?? '').join(glue);
}
