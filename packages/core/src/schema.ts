/**
 * The data model of duizhao, as zod schemas with one name for the schema and
 * its inferred type. Data is parsed with these where it enters (CLI inputs,
 * JSON reports, the viewer), never inside the algorithms.
 */
import { z } from 'zod';

/** Language and script of a text: Simplified Chinese, Traditional Chinese, English, or anything else. */
export const Lang = z.enum(['zh-Hans', 'zh-Hant', 'en', 'other']);
export type Lang = z.infer<typeof Lang>;

/** `[start, end, srcStart, srcEnd]`: derived `[start,end)` came from source `[srcStart,srcEnd)`. */
export const Piece = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]);
export type Piece = z.infer<typeof Piece>;
/** Pieces tiling a derived text in order; see normalize/offset-map.ts. */
export const OffsetMap = z.array(Piece);
export type OffsetMap = z.infer<typeof OffsetMap>;

/** How a document was read. */
export const Format = z.enum(['markdown', 'plain', 'lines']);
export type Format = z.infer<typeof Format>;

/** The kinds of text block ingest produces. `line` is a line of pre-segmented input (`--lines`). */
export const BlockType = z.enum(['heading', 'paragraph', 'listItem', 'tableCell', 'blockquote', 'line']);
export type BlockType = z.infer<typeof BlockType>;

/**
 * A block of text: its visible text (markup removed) and the span of the
 * original file it covers. `map` leads every character of `text` back to the
 * original; `original.slice(start, end)` is the block's source, markup and all.
 */
export const Block = z.object({
  type: BlockType,
  /** Heading level (1–6), list nesting depth (1 = top level), or blockquote depth. */
  depth: z.number().int().optional(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  map: OffsetMap,
  lang: Lang,
});
export type Block = z.infer<typeof Block>;

/** Parts of a file that are not text, with why they are not. With the sentences they tile the file. */
export const NonTextType = z.enum([
  'frontmatter',
  'image',
  'html',
  'url',
  'markup',
  'code',
  'whitespace',
  'break',
  /** A byte order mark (U+FEFF) at the start of the file. */
  'bom',
  /** A label line between two language runs of one file (`Translation`), part of neither version. */
  'separator',
]);
export type NonTextType = z.infer<typeof NonTextType>;

export const NonText = z.object({ type: NonTextType, start: z.number().int(), end: z.number().int() });
export type NonText = z.infer<typeof NonText>;

/**
 * A sentence: `text` is its visible text, `start`/`end` its span in the
 * original file (`original.slice(start, end)` is its source, with any inline
 * markup inside it); `map` leads each character of `text` to the original.
 */
export const Sentence = z.object({
  index: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Index of the block it belongs to, within its version. */
  block: z.number().int(),
  lang: Lang,
  map: OffsetMap.optional(),
});
export type Sentence = z.infer<typeof Sentence>;

/** One version of a text: a whole document, or one language run of a file that holds several. */
export const Version = z.object({
  id: z.string(),
  source: z.string(),
  lang: Lang,
  language: z.enum(['zh', 'en', 'other']),
  script: z.enum(['Hans', 'Hant', 'Latn', 'Zyyy']),
  start: z.number().int(),
  end: z.number().int(),
  blocks: z.array(Block),
  sentences: z.array(Sentence),
});
export type Version = z.infer<typeof Version>;

/** A document read from one file: its versions, and the non-text parts that with the sentences tile it. */
export const Doc = z.object({
  source: z.string(),
  format: Format,
  length: z.number().int(),
  versions: z.array(Version),
  nonText: z.array(NonText),
});
export type Doc = z.infer<typeof Doc>;

/** A word or token, with offsets into the text it was segmented from. */
export const Token = z.object({
  text: z.string(),
  /** Lowercased (English) form used for matching. */
  norm: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  kind: z.enum(['han', 'latin', 'number', 'punct', 'other']),
});
export type Token = z.infer<typeof Token>;

/** Corpus manifest (`corpus/<name>/manifest.json`). */
export const ManifestVersion = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  language: z.enum(['zh', 'en']),
  script: z.enum(['Hans', 'Hant', 'Latn']),
  kind: z.enum(['transcript', 'summary', 'translation', 'unrelated']),
  title: z.string().min(1),
  /** Which version of a file that holds several (0 = first language run). */
  part: z.number().int().nonnegative().optional(),
  translationOf: z.string().optional(),
  seed: z.string().optional(),
});
export type ManifestVersion = z.infer<typeof ManifestVersion>;

export const Manifest = z.object({
  name: z.string(),
  description: z.string(),
  versions: z.array(ManifestVersion).min(1),
});
export type Manifest = z.infer<typeof Manifest>;

/** How a bead came to be: the aligner's, changed by a reviewer, or checked by one. */
export const BeadStatus = z.enum(['automatic', 'edited', 'confirmed']);
export type BeadStatus = z.infer<typeof BeadStatus>;

/**
 * A bead of a sentence alignment: sentence indices of side a and side b that
 * translate each other (either may be empty: a sentence with no counterpart).
 */
export const Bead = z.object({
  a: z.array(z.number().int()),
  b: z.array(z.number().int()),
  /** Confidence, 0..1. */
  score: z.number().min(0).max(1),
  /** Shape, `a-b` counts (`1-2`). */
  type: z.string().optional(),
  /** The bead's score components (cost terms and the evidence behind them), by name. */
  scores: z.record(z.string(), z.number()),
  /**
   * Review status: as the aligner made it (`automatic`, also when absent), changed by a
   * reviewer (`edited`), or checked and kept by a reviewer (`confirmed`). Written by the viewer's edit mode.
   */
  status: BeadStatus.optional(),
});
export type Bead = z.infer<typeof Bead>;

/** A sentence alignment of two versions: beads in document order covering every sentence once. */
export const Alignment = z.object({
  a: z.object({ lang: Lang, id: z.string().optional() }),
  b: z.object({ lang: Lang, id: z.string().optional() }),
  /** How the sides were compared: dictionary and Model 1 (`lexical`), character n-grams (`ngram`), or shared words (`identity`). */
  method: z.enum(['lexical', 'ngram', 'identity']),
  beads: z.array(Bead),
  /** Document-level estimates (length ratio and variance, learned word pairs). */
  stats: z.record(z.string(), z.number()),
});
export type Alignment = z.infer<typeof Alignment>;

/** A version as a report carries it: its sentences with their original offsets (no maps). */
export const ReportVersion = z.object({
  id: z.string(),
  source: z.string(),
  lang: Lang,
  sentences: z.array(
    z.object({
      index: z.number().int(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      type: BlockType.optional(),
    }),
  ),
});
export type ReportVersion = z.infer<typeof ReportVersion>;

/** What `duizhao align --format json` writes: both versions' sentences and their alignment. */
export const AlignmentReport = z.object({
  kind: z.literal('alignment'),
  versions: z.tuple([ReportVersion, ReportVersion]),
  alignment: Alignment,
});
export type AlignmentReport = z.infer<typeof AlignmentReport>;

/** How two versions relate: the same text (a translation, or another script), a summary or abridgement of it, or not versions of one text. */
export const PairVerdict = z.enum(['parallel', 'summary', 'unrelated']);
export type PairVerdict = z.infer<typeof PairVerdict>;

/** The numbers a verdict was decided on, each against its shuffled baseline. */
export const VerdictEvidence = z.object({
  /** Scoring units: character bigrams after T→S (`ngram`), dictionary translations (`lexical`), word stems (`identity`). */
  method: z.enum(['lexical', 'ngram', 'identity']),
  /** What the scores measure: retrieval support in any order (`support`), or a monotone sentence alignment (`alignment`: each target sentence's coverage by its own bead, against beads half a document away). */
  basis: z.enum(['support', 'alignment']).optional(),
  /** Mean best support score of the shorter version's sentences, and the same against the shuffled longer version. */
  score: z.number(),
  baseline: z.number(),
  /** `(score + ε) / (baseline + ε)` with ε = 0.001: `score / baseline`, finite when the baseline is 0. */
  lift: z.number(),
  /** Share of the shorter version's sentences with support, and of the longer version's text they cover. */
  supported: z.number(),
  coverage: z.number(),
  /** Share of matches in source order (longest increasing run). */
  order: z.number(),
  /** Text length of the shorter version over the longer (comparable units: Han characters, English words × 1.6). */
  lengthRatio: z.number(),
  /**
   * Set when the verdict was decided through a third version (its index): one
   * of the two is parallel to it (a translation) and it is related to the
   * other by its own scores. The scores above stay the pair's own.
   */
  via: z.number().int().optional(),
  /**
   * Across languages, when `lift` is under the bar: the summary lines that share a rare Latin-script term or number
   * with the source (`count`), and Fisher's combined probability (`p`) that their contexts rank their terms' passages
   * this high by chance (compare/alone-anchors.ts). A small `p` makes the pair a summary on its own evidence.
   */
  anchors: z.object({ count: z.number().int(), p: z.number().min(0).max(1) }).optional(),
});
export type VerdictEvidence = z.infer<typeof VerdictEvidence>;

/** A span of one sentence of a version: sentence index, original offsets, original text. */
export const CompareSpan = z.object({ sentence: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() });
export type CompareSpan = z.infer<typeof CompareSpan>;

/** A region of the source version: a section under a heading (a question or answer turn in a transcript). */
export const CoverageRegion = z.object({
  index: z.number().int(),
  /** Its name, when it has one: the section heading, and for a turn of a dialogue the first words said (speaker labels never name a region). */
  heading: z.string().optional(),
  /** Sentence range `[from, to)` of the source version. */
  from: z.number().int(),
  to: z.number().int(),
  /** Share of its text supported by the target version. */
  coverage: z.number(),
  /** Whether the target has the topic: covered, only a little of it (thin), or not at all (omitted). */
  status: z.enum(['covered', 'thin', 'omitted']).optional(),
  /** Probability in [0, 1] that `status` is right. */
  confidence: z.number().min(0).max(1).optional(),
});
export type CoverageRegion = z.infer<typeof CoverageRegion>;

/** What one version does with the other's content, sentence by sentence; indices into the pair's `source` and `target` versions. */
export const CompareItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('match'), target: z.array(z.number().int()), source: z.array(z.number().int()), score: z.number() }),
  z.object({ type: z.literal('moved'), target: z.array(z.number().int()), source: z.array(z.number().int()), score: z.number(), confidence: z.number().min(0).max(1).optional() }),
  z.object({
    type: z.literal('omission'),
    source: z.array(z.number().int()),
    region: z.number().int(),
    /** Whether the omitted run is the whole region (its heading aside). */
    whole: z.boolean(),
    firstWords: z.string(),
    /** Probability in [0, 1] that the finding is real. */
    confidence: z.number().min(0).max(1).optional(),
  }),
  z.object({ type: z.literal('addition'), target: z.array(z.number().int()), firstWords: z.string(), confidence: z.number().min(0).max(1).optional() }),
]);
export type CompareItem = z.infer<typeof CompareItem>;

/** A changed fact in an aligned unit: a name or term spelled differently or replaced, a different number or date. */
export const Fact = z.object({
  kind: z.enum(['spelling', 'different-term', 'different-number']),
  category: z.enum(['term', 'name', 'number', 'date']),
  source: CompareSpan,
  target: CompareSpan,
  /** Probability in [0, 1] that the fact really changed. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Fact = z.infer<typeof Fact>;

/** A piece of a character diff: `equal` and `delete` text is the source's, `insert` the target's; offsets are original. */
export const DiffPart = z.object({ type: z.enum(['equal', 'delete', 'insert']), text: z.string(), start: z.number().int(), end: z.number().int() });
export type DiffPart = z.infer<typeof DiffPart>;

/** A character diff of an aligned unit of a zh-Hant and a zh-Hans version, computed after T→S and width normalization. */
export const CharDiff = z.object({ source: z.array(z.number().int()), target: z.array(z.number().int()), parts: z.array(DiffPart) });
export type CharDiff = z.infer<typeof CharDiff>;

/** The comparison of two versions: `source` is the longer (version index), `target` the other. */
/** Each supported target sentence with its supporting source sentences (score in [0, 1], best first, any source order). */
const Support = z.array(z.object({ target: z.number().int(), sources: z.array(z.object({ sentence: z.number().int(), score: z.number().min(0).max(1) })) }));

/** What a pair's comparison found: its verdict and detail (`PairReport` without its versions and evidence). */
const PairDetail = z.object({
  verdict: PairVerdict,
  regions: z.array(CoverageRegion),
  items: z.array(CompareItem),
  facts: z.array(Fact),
  diffs: z.array(CharDiff),
  /**
   * Each supported target sentence with its supporting source sentences: the one support model the text report, the
   * viewer and the JSON share. Absent: derive it from `match`/`moved` items.
   */
  support: Support.optional(),
  /** Findings with a `confidence` below this are not shown by default. */
  minConfidence: z.number().min(0).max(1).optional(),
});

// The verdict before the evidence, as the published schema has it.
const { verdict, ...detail } = PairDetail.shape;

export const PairReport = z.object({
  source: z.number().int(),
  target: z.number().int(),
  verdict,
  evidence: VerdictEvidence,
  ...detail,
  /**
   * A pair related on its own evidence whose detail was taken through a translation instead (`evidence.via`): its own
   * verdict and detail, kept so that choosing versions without that translation gives what comparing them would.
   */
  own: PairDetail.optional(),
});
export type PairReport = z.infer<typeof PairReport>;

/** What `duizhao compare --format json` writes: the versions' sentences and every pair's comparison. */
export const CompareReport = z.object({
  kind: z.literal('compare'),
  versions: z.array(ReportVersion),
  pairs: z.array(PairReport),
});
export type CompareReport = z.infer<typeof CompareReport>;

/** A number or date that the versions of one row of a multi-version table state differently (1998 in two versions, 1999 in the third). */
export const RowFact = z.object({
  category: z.enum(['number', 'date']),
  /** Every mention of the category in the row that not all stating versions share: its version and its span. */
  mentions: z.array(CompareSpan.extend({ version: z.number().int() })),
  /** Versions whose values differ from what most stating versions say; empty when no value has a majority. */
  odd: z.array(z.number().int()),
});
export type RowFact = z.infer<typeof RowFact>;

/** A table of three or more versions: a row per unit, per version the sentence indices in that row. */
export const MultiAlignment = z.object({
  versions: z.array(z.object({ lang: Lang, id: z.string().optional() })),
  /** Index of the pivot version every other was aligned to. */
  pivot: z.number().int(),
  rows: z.array(
    z.object({
      cells: z.array(z.array(z.number().int())),
      score: z.number(),
      /** Pairs of non-pivot versions whose direct alignment disagrees with what the pivot implies for this row. */
      conflicts: z.array(z.tuple([z.number().int(), z.number().int()])),
      /** Numbers and dates the versions state differently in this row (compare/row-facts.ts). */
      facts: z.array(RowFact).optional(),
    }),
  ),
});
export type MultiAlignment = z.infer<typeof MultiAlignment>;

/** What `duizhao align A B C --format json` writes: three or more versions' sentences and their table. */
export const MultiAlignmentReport = z.object({
  kind: z.literal('multi'),
  versions: z.array(ReportVersion),
  alignment: MultiAlignment,
});
export type MultiAlignmentReport = z.infer<typeof MultiAlignmentReport>;
