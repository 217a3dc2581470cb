// Re-exports only. The pipeline: ingest → normalize → segment → align → compare → render.
export * from './schema.js';
export { DecodeError, ENCODINGS, decodeText, findInvalidUtf8, guessLegacyEncoding, resolveEncoding } from './ingest/decode.js';
export type { DecodeOptions, Encoding } from './ingest/decode.js';
export { composeMaps, identityMap, mapEnd, mapSpan, mapStart, mergePieces, sliceMap } from './normalize/offset-map.js';
export { toSimplified, toTraditional } from './normalize/script.js';
export type { Converted, ToSimplifiedOptions, ToTraditionalOptions, TraditionalStandard } from './normalize/script.js';
export { normalizeWidth } from './normalize/width.js';
export type { Normalized } from './normalize/width.js';
export { toComparable } from './normalize/comparable.js';
export type { ToComparableOptions } from './normalize/comparable.js';
export { segmentSentences } from './segment/sentences.js';
export type { SentenceOptions, SentenceSpan } from './segment/sentences.js';
export { DEFAULT_WORD_ENGINE, segmentWords } from './segment/words.js';
export type { WordEngine, WordOptions } from './segment/words.js';
