/**
 * JSON Schema (draft 2020-12) of the JSON duizhao writes, generated from the
 * zod schemas with zod 4's `z.toJSONSchema`, so tools in any language can
 * validate a report. `packages/core/schema/` holds the files this returns;
 * `test/json-schema.test.ts` fails when they drift from the zod schemas
 * (regenerate with `npx tsx packages/core/scripts/schema.ts`).
 */
import { z } from 'zod';
import { AlignmentReport, CompareReport, Manifest, MultiAlignmentReport } from '../schema.js';

const SCHEMAS = {
  'alignment-report.schema.json': { schema: AlignmentReport, title: 'duizhao alignment report (duizhao align --format json)' },
  'compare-report.schema.json': { schema: CompareReport, title: 'duizhao compare report (duizhao compare --format json)' },
  'multi-alignment-report.schema.json': { schema: MultiAlignmentReport, title: 'duizhao multi-version alignment report (duizhao align A B C --format json)' },
  'manifest.schema.json': { schema: Manifest, title: 'duizhao corpus manifest (corpus/NAME/manifest.json)' },
} as const;

/** Every published schema by file name, as JSON text with a trailing newline. */
export function buildJsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = { title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) };
    files[file] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return files;
}
