/**
 * The regions of a source version that coverage is reported by: sections
 * under their headings, cut into question/answer turns where the version is
 * a dialogue. Transcripts use headings as speaker labels (`主持人：`,
 * `John Schulman：`); a label is structure, not a section and not content, so
 * it neither names a region nor supports a summary's sentence.
 */

import type { Version } from '../schema.js';
import type { CoverageSide } from '../align/coverage.js';

/** A region: sentences `[from, to)` of the version. */
export interface SourceRegion {
  /** Its name, set only when the sentence at `from` is structure (a section heading or a speaker label), which compare/parallel.ts skips as a heading. */
  heading?: string;
  /** What a person calls it: the section heading, and for a turn the first words of what is said. */
  name?: string;
  from: number;
  to: number;
  /** Its structure sentences (section heading, speaker labels): neither content nor support. */
  labels: number[];
}

/** Speaker labels and turns of a version. */
export interface Speakers {
  /** Sentence indices that are speaker labels alone (`主持人：`, or a speaker's name as a heading). */
  labels: Set<number>;
  /** Sentences that start a turn with the speaker's name inline (`主持人：为什么…`): index → length of that prefix. */
  prefixes: Map<number, number>;
}

export interface RegionOptions {
  /** Longest speaker name, in characters. @default 24 */
  maxLabelLength?: number;
  /** Times a line `NAME：` must stand alone for NAME to be a speaker: a dialogue alternates, a list's one-off `Work routine:` does not. @default 2 */
  minLabelRepeats?: number;
  /** Times a bare name must be a heading for it to be a speaker. @default 3 */
  minNameHeadings?: number;
  /** Characters of a turn's text quoted in its name. @default 24 */
  firstWords?: number;
}

const LABEL = /^(.+?)\s*[：:]$/u;
/**
 * A credit line set as a heading (`编辑｜听雨`, `作者 | 张三`, `By Jane Doe`):
 * WeChat-style articles open with one. It is structure, not a section title,
 * so it does not name the regions after it.
 */
const BYLINE = /^(?:(?:责任编辑|责编|編輯|编辑|作者|撰文|文|来源|來源|编译|編譯|整理|出品|策划|策劃|采访|採訪|翻译|翻譯|校对|校對|排版|图|圖|记者|記者|主笔|主筆)\s*[｜|：:/]|By\s+[A-Z])\s*\S.{0,30}$/u;
const keyOf = (text: string): string => text.replace(/[*_]/g, '').trim().replace(/\s*[：:]$/u, '').trim();

/** The first characters (Chinese) or words (English) of a text, for a person to find the place. */
export function quoteFirstWords(text: string, length = 24): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).trimEnd()}…`;
}

/**
 * Finds the speaker labels of a version: short lines standing alone (a
 * whole heading or paragraph) that end in `：`/`:` and recur, and names that
 * recur as headings; and the turns that start with such a name inline.
 */
export function findSpeakers(version: Version, options: RegionOptions = {}): Speakers {
  const maxLength = options.maxLabelLength ?? 24;
  const sentencesOfBlock = new Map<number, number>();
  for (const s of version.sentences) sentencesOfBlock.set(s.block, (sentencesOfBlock.get(s.block) ?? 0) + 1);
  const alone = (k: number): boolean => sentencesOfBlock.get(version.sentences[k]!.block) === 1;
  const isHeading = (k: number): boolean => version.blocks[version.sentences[k]!.block]?.type === 'heading';
  const colon = new Map<string, number>();
  const named = new Map<string, number>();
  version.sentences.forEach((s, k) => {
    if (!alone(k)) return;
    const text = s.text.replace(/[*_]/g, '').trim();
    const key = keyOf(text);
    if (key.length === 0 || key.length > maxLength || /[。？！?!，,；;]/u.test(key)) return;
    if (LABEL.test(text)) colon.set(key, (colon.get(key) ?? 0) + 1);
    else if (isHeading(k)) named.set(key, (named.get(key) ?? 0) + 1);
  });
  const speakers = new Set<string>();
  for (const [key, n] of colon) if (n >= (options.minLabelRepeats ?? 2)) speakers.add(key);
  for (const [key, n] of named) if (n + (colon.get(key) ?? 0) >= (options.minNameHeadings ?? 3)) speakers.add(key);
  const labels = new Set<number>();
  const prefixes = new Map<number, number>();
  if (speakers.size === 0) return { labels, prefixes };
  version.sentences.forEach((s, k) => {
    if (alone(k) && speakers.has(keyOf(s.text))) {
      labels.add(k);
      return;
    }
    const first = k === 0 || version.sentences[k - 1]!.block !== s.block;
    const m = first ? /^[*_\s]*([^：:]{1,64}?)[*_\s]*[：:][*_\s]*/u.exec(s.text) : null;
    if (m && speakers.has(m[1]!.trim()) && m[0].length < s.text.length) prefixes.set(k, m[0].length);
  });
  return { labels, prefixes };
}

/** Whether a region asks: the last sentence said in it (not a label) ends in a question mark, as a host's question does. */
export function asks(region: SourceRegion, sentences: readonly { text: string }[]): boolean {
  for (let k = region.to - 1; k >= region.from; k--) if (!region.labels.includes(k)) return /[？?]["'”’」』）)]*$/u.test(sentences[k]!.text.trim());
  return false;
}

/**
 * The regions of a version: a new one at every section heading and, in a
 * dialogue, at every turn (a speaker label, or a name inline). Inside a turn,
 * a heading that ends a sentence (a question set as a heading) is what is
 * said, not a new section. A version without headings or speakers is one region.
 */
export function findRegions(version: Version, options: RegionOptions = {}): SourceRegion[] {
  const quoteLength = options.firstWords ?? 24;
  const { labels, prefixes } = findSpeakers(version, options);
  const dialogue = labels.size > 0 || prefixes.size > 0;
  const out: SourceRegion[] = [];
  const sections: (string | undefined)[] = [];
  const turns: boolean[] = [];
  let section: string | undefined;
  version.sentences.forEach((s, k) => {
    const heading = version.blocks[s.block]?.type === 'heading' && !labels.has(k) && !prefixes.has(k);
    // In a dialogue, a heading that ends a sentence is said (a question, a pull quote), not a section title.
    const saidInTurn = heading && dialogue && /[。？！?!…]["'”’」』）)]*$/u.test(s.text.trim());
    const current = out[out.length - 1];
    if (heading && !saidInTurn) {
      section = BYLINE.test(s.text.replace(/[*_]/g, '').trim()) ? undefined : s.text.trim();
      out.push({ from: k, to: k + 1, labels: [k] });
      sections.push(section);
      turns.push(false);
    } else if (labels.has(k) || prefixes.has(k)) {
      const fresh = current !== undefined && current.labels.length === current.to - current.from && !turns[turns.length - 1];
      if (fresh) {
        // A section heading right before the turn's label: one region, named by both.
        current.to = k + 1;
        if (labels.has(k)) current.labels.push(k);
        turns[turns.length - 1] = true;
      } else {
        out.push({ from: k, to: k + 1, labels: labels.has(k) ? [k] : [] });
        sections.push(section);
        turns.push(true);
      }
    } else if (current === undefined) {
      out.push({ from: k, to: k + 1, labels: [] });
      sections.push(undefined);
      turns.push(false);
    } else current.to = k + 1;
  });
  out.forEach((region, r) => {
    const said = firstSaid(version, region, prefixes);
    // A turn, or a region opened by structure that names no section (a byline), is named by its first words.
    const unnamed = turns[r] || (sections[r] === undefined && region.labels.includes(region.from));
    const words = unnamed && said !== undefined ? quoteFirstWords(said, quoteLength) : undefined;
    const name = [sections[r], words].filter((x) => x !== undefined && x !== '').join(' · ');
    if (name !== '') region.name = name;
    if (region.labels.includes(region.from)) region.heading = region.name ?? version.sentences[region.from]!.text;
  });
  return out;
}

/** The text of a region's first sentence that is not structure, with an inline speaker's name cut off. */
function firstSaid(version: Version, region: SourceRegion, prefixes: ReadonlyMap<number, number>): string | undefined {
  for (let k = region.from; k < region.to; k++) {
    if (region.labels.includes(k)) continue;
    return version.sentences[k]!.text.slice(prefixes.get(k) ?? 0);
  }
  return undefined;
}

/**
 * A version's sentences as scoring sees them: speaker labels emptied and
 * inline speaker names cut, so that `John Schulman：` supports nothing and
 * is not content. Indices are kept.
 */
export function maskSpeakers(version: Version, options: RegionOptions = {}): CoverageSide {
  const { labels, prefixes } = findSpeakers(version, options);
  if (labels.size === 0 && prefixes.size === 0) return version;
  return { lang: version.lang, sentences: version.sentences.map((s, k) => ({ text: labels.has(k) ? '' : s.text.slice(prefixes.get(k) ?? 0) })) };
}
