/** Writes packages/core/schema/*.schema.json from the zod schemas: `npx tsx packages/core/scripts/schema.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas } from '../src/render/json-schema.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../schema');
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(dir, file), text);
  process.stdout.write(`wrote ${join('packages/core/schema', file)}\n`);
}
