/**
 * What the page writes: the corrected report, and the formats people take to
 * a CAT tool or an MT pipeline, made by the same core renderers as the CLI, so
 * a file exported here equals `duizhao render corrected.json --format F`
 * byte for byte (tests check this).
 */
import { renderJson, renderMoses, renderTmx, renderTsv, type AlignmentReport, type Bead } from '@duizhao/core';

export type ExportFormat = 'json' | 'tmx' | 'tsv' | 'moses';

export interface ExportFile {
  name: string;
  content: string;
  type: string;
}

/** The report with the reviewed beads: edited and confirmed ones carry their status, the aligner's are left as they were. */
export function correctReport(report: AlignmentReport, beads: readonly Bead[]): AlignmentReport {
  return { ...report, alignment: { ...report.alignment, beads: [...beads] } };
}

/** A file name from the version ids: letters, digits, `.`, `_` and `-` kept, anything else `_`. */
export function baseName(report: AlignmentReport): string {
  const safe = (id: string) => id.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return `${safe(report.versions[0].id)}--${safe(report.versions[1].id)}`;
}

/**
 * The files of one format for the corrected report: one file, or two for
 * Moses (`BASE.en`, `BASE.zh`, as `render --format moses -o BASE` names them).
 * Throws the core's RenderError when the format cannot hold this pair.
 */
export function exportFiles(report: AlignmentReport, format: ExportFormat): ExportFile[] {
  const base = baseName(report);
  switch (format) {
    case 'json':
      return [{ name: `${base}.corrected.json`, content: renderJson(report), type: 'application/json' }];
    case 'tmx':
      return [{ name: `${base}.tmx`, content: renderTmx(report), type: 'application/x-tmx+xml' }];
    case 'tsv':
      return [{ name: `${base}.tsv`, content: renderTsv(report), type: 'text/tab-separated-values' }];
    case 'moses': {
      const moses = renderMoses(report);
      return moses.suffixes.map((suffix, k) => ({ name: `${base}.${suffix}`, content: moses.texts[k]!, type: 'text/plain' }));
    }
  }
}
