// Re-exports only. The pipeline: ingest → normalize → segment → align → compare → render.
// pipeline.ts holds all of it but the zod schemas and the two functions that need them.
export * from './pipeline.js';
export * from './schema.js';
export { renderJson } from './render/report-json.js';
export { buildJsonSchemas } from './render/json-schema.js';
