/**
 * Types for the parts of `segmentit` (2.0.3, no types of its own) that the
 * segmentit engine uses. Node loads its CommonJS build, so everything arrives
 * on the default export; bundlers that follow its `module` field get named
 * exports instead, hence both.
 */
declare module 'segmentit' {
  /** A word of the result: `w` is its text, `p` its part-of-speech tag bits. */
  export interface SegmentitWord {
    w: string;
    p?: number | number[];
  }
  export interface DoSegmentOptions {
    simple?: boolean;
    stripPunctuation?: boolean;
    convertSynonym?: boolean;
    stripStopword?: boolean;
  }
  export class Segment {
    use(modules: unknown): this;
    loadDict(dicts: unknown): this;
    doSegment(text: string, options: DoSegmentOptions & { simple: true }): string[];
    doSegment(text: string, options?: DoSegmentOptions): SegmentitWord[];
  }
  export const modules: unknown;
  export const dicts: unknown;
  const lib: { Segment: typeof Segment; modules: unknown; dicts: unknown };
  export default lib;
}
