/**
 * Re-exports only: everything `@duizhao/core` exports except the zod schemas
 * and what needs them (`renderJson`, `buildJsonSchemas`); their types are here.
 * Importing zod and building the schemas costs about 0.15 s, more than a short
 * CLI command's whole work, so the CLI imports this entry and the full one
 * only where it reads or writes JSON.
 * The pipeline: ingest → normalize → segment → align → compare → render.
 */
export type * from './schema.js';
export { DecodeError, ENCODINGS, decodeText, findInvalidUtf8, guessLegacyEncoding, resolveEncoding } from './ingest/decode.js';
export type { DecodeOptions, Encoding } from './ingest/decode.js';
export { detectFormat } from './ingest/format.js';
export type { FormatDetection, Ingested, IngestedBlock } from './ingest/format.js';
export { parseMarkdown } from './ingest/markdown.js';
export { readPlainText } from './ingest/text.js';
export type { PlainTextOptions } from './ingest/text.js';
export { readLines } from './ingest/lines.js';
export { countLetters, detectBlockLangs, detectLang } from './ingest/language.js';
export { splitVersions } from './ingest/versions.js';
export type { VersionOptions, VersionRun } from './ingest/versions.js';
export type { LangDetection, LangEvidence, LanguageOptions } from './ingest/language.js';
export { readDocument } from './document.js';
export type { ReadDocumentOptions } from './document.js';
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
export { alignPair } from './align/pairwise.js';
export type { AlignComponent, AlignOptions, AlignSide, AlignStage } from './align/pairwise.js';
export { resolveOptions as resolveAlignOptions, DEFAULT_WEIGHTS } from './align/options.js';
export { buildDictionary, fetchDictionary, loadDictionary, stemDefinition } from './align/dictionary.js';
export { decodeDictionary, encodeDictionary } from './align/dictionary-packed.js';
export type { Dictionary, DictionaryEntry } from './align/dictionary.js';
export { stemEnglish, tokenizeEnglish } from './align/english.js';
export { scoreAlignments, scoreExact, scoreStrictLax } from './align/evaluate.js';
export type { AlignmentPair, AlignmentScores, BeadIds, EvaluationReport, PRF, Score, StrictLaxScores, Tally } from './align/evaluate.js';
export { formatLadder, parseLadder } from './render/ladder.js';
export type { LadderBead } from './render/ladder.js';
export { buildAlignmentReport, joinSentences, toReportVersion } from './render/json.js';
export { renderTsv } from './render/tsv.js';
export { RenderError, listBeadRows, listTableHeadings, toLanguageTag, toTableCells } from './render/json.js';
export type { BeadRow } from './render/json.js';
export { quoteCsvField, renderCsv } from './render/csv.js';
export { escapeMarkdownCell, renderMarkdown } from './render/markdown.js';
export { renderJsonl } from './render/jsonl.js';
export { nameMosesSuffixes, renderMoses } from './render/moses.js';
export type { MosesFiles, MosesOptions } from './render/moses.js';
export { escapeXml, renderTmx } from './render/tmx.js';
export type { TmxOptions } from './render/tmx.js';
export { findIncreasingRun, scoreSupport } from './align/coverage.js';
export type { CoverageSide, Support, SupportOptions, SupportPair } from './align/coverage.js';
export { alignMany } from './align/multi.js';
export type { AlignManyOptions } from './align/multi.js';
export { analyzeCoverage, findRegions, quoteFirstWords } from './compare/omissions.js';
export type { CoverageAnalysis, OmissionOptions } from './compare/omissions.js';
export { compareFacts, extractFacts, measureEditDistance } from './compare/facts.js';
export type { FactMention, FactOptions } from './compare/facts.js';
export { compareRowFacts, findRowFacts } from './compare/row-facts.js';
export { diffScripts, renderDiff } from './compare/char-diff.js';
export type { DiffSide } from './compare/char-diff.js';
export { decideVerdict, measureTextLength } from './compare/verdict.js';
export type { VerdictOptions } from './compare/verdict.js';
export { compareVersionPair, compareVersions, joinSide, selectVersions } from './compare/report.js';
export type { CompareOptions } from './compare/report.js';
export { renderCompareText } from './compare/render.js';
export { buildCoverageScorer } from './align/coverage.js';
export type { CoverageScorer } from './align/coverage.js';
export { learnWordPairs } from './align/learned-pairs.js';
export type { LearnOptions, LearnSide } from './align/learned-pairs.js';
export { analyzeAlignment } from './compare/parallel.js';
export type { ParallelAnalysis, ParallelOptions } from './compare/parallel.js';
export { COMPARE_ALIGN_OPTIONS } from './compare/report.js';
export { createRandom } from './random.js';
export { relateThroughTranslations } from './compare/relations.js';
export { findLabels, findSummarySupport } from './compare/summary-support.js';
export type { SummarySupport, SummarySupportOptions } from './compare/summary-support.js';
export { rateAddition, rateOmission } from './compare/findings.js';
export type { AdditionEvidence, FindingOptions, OmissionEvidence } from './compare/findings.js';
export { composeThrough } from './compare/through.js';
export { supportFromItems } from './compare/support-model.js';
export { isChinese, mixesChinese } from './lang.js';
export { quantile } from './statistics.js';
