/**
 * The report as JSON text: the lossless format the others are rendered from.
 * Its own module because it is the one renderer that needs the zod schemas
 * (and zod, a tenth of a short command's start-up), which the pipeline entry
 * (`@duizhao/core/pipeline`) leaves out.
 */
import { AlignmentReport } from '../schema.js';

/**
 * The report itself, pretty-printed. Passed through the schema so what is
 * written is what the published JSON Schema describes, keys in schema order
 * whatever built it.
 */
export function renderJson(report: AlignmentReport): string {
  return `${JSON.stringify(AlignmentReport.parse(report), null, 2)}\n`;
}
