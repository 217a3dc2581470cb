import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../src/index.js';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../schema');

describe('published JSON Schema', () => {
  it('packages/core/schema/ equals what the zod schemas generate (regenerate: npx tsx packages/core/scripts/schema.ts)', () => {
    const generated = buildJsonSchemas();
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, text] of Object.entries(generated)) expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(text);
  });

  it('describes the alignment report: two versions, beads with a score from 0 to 1', () => {
    const schema = JSON.parse(buildJsonSchemas()['alignment-report.schema.json']!) as {
      required: string[];
      properties: { versions: { prefixItems: unknown[] }; alignment: { properties: { beads: { items: { properties: { score: { minimum: number; maximum: number } } } } } } };
    };
    expect(schema.required).toEqual(['kind', 'versions', 'alignment']);
    expect(schema.properties.versions.prefixItems).toHaveLength(2);
    expect(schema.properties.alignment.properties.beads.items.properties.score).toMatchObject({ minimum: 0, maximum: 1 });
  });
});
