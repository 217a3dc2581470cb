/**
 * A summary's labels: its headings and the short lines that head a part of
 * it (`**1. 算力迷思的挑戰：**`, `- Work Routine:`). A label is structure:
 * it is supported by what the lines under it rest on, and is never an
 * addition of its own (summary-support.ts, omissions.ts).
 */

import type { Support, SupportPair } from '../align/coverage.js';
import type { Version } from '../schema.js';
import { asks, findRegions } from './regions.js';

/**
 * Headings, and lines that stand alone as a label: short, ending in a colon,
 * or numbered without a sentence's final punctuation (`1. AI Development…`).
 */
export function findLabels(version: Version, maxLength: number): boolean[] {
  const perBlock = new Map<number, number>();
  for (const s of version.sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  const size = (text: string): number => (text.match(/\p{Script=Han}/gu)?.length ?? 0) + 2 * (text.match(/[A-Za-z][A-Za-z0-9'’-]*/g)?.length ?? 0);
  const short = version.sentences.map((s) => size(s.text.trim()) <= maxLength && (version.blocks[s.block]?.type === 'heading' || perBlock.get(s.block) === 1));
  const out = version.sentences.map((s, t) => {
    const text = s.text.trim();
    if (!short[t]) return false;
    if (version.blocks[s.block]?.type === 'heading') return true;
    return /[:：]$/u.test(text) || (/^(?:[-*•]\s*)?(?:\d+[.、]|[一二三四五六七八九十]+、)/u.test(text) && !/[。.!?！？]$/u.test(text));
  });
  // A short line without a sentence's final punctuation right above a label heads it (`Tinker产品与AI微调创新` over `Tinker的核心定位:`), though its number was lost with its list marker.
  for (let t = out.length - 2; t >= 0; t--) if (!out[t] && short[t] && out[t + 1] && !/[。.!?！？;；,，]$/u.test(version.sentences[t]!.text.trim())) out[t] = true;
  return out;
}

/**
 * Rank of a label in the summary's outline, smaller is higher: a Markdown
 * heading by its level, then a label standing as a paragraph (`**1. …：**`),
 * then labels in list items by their nesting.
 */
function labelRank(version: Version, t: number): number {
  const block = version.blocks[version.sentences[t]!.block];
  if (block?.type === 'heading') return block.depth ?? 1;
  return 7 + (block?.type === 'listItem' ? (block.depth ?? 1) : 0);
}

/**
 * The sentences a label heads: up to the next label of its rank or higher
 * that comes after some content; a label right above another
 * (`### 二、…` over `1. 草創時期：`) heads that one's section too.
 */
export function findLabelSections(version: Version, labels: readonly boolean[]): number[][] {
  return labels.map((isLabel, t) => {
    if (!isLabel) return [];
    const rank = labelRank(version, t);
    const out: number[] = [];
    for (let u = t + 1; u < labels.length; u++) {
      if (labels[u] && out.length > 0 && labelRank(version, u) <= rank) break;
      if (!labels[u]) out.push(u);
    }
    return out;
  });
}

/** How a label finds its support (summary-support.ts passes the window's bar). */
export interface LabelBar {
  /** Share of the support threshold a label's own candidate must reach. */
  share: number;
  /** Source sentences the span reaches beyond its lines' sources. */
  margin: number;
  /** A further candidate must score this share of the best. */
  relative: number;
  /** A label whose own words find nothing, heading at least this many supported lines that all rest in one turn of the source, is supported by their sources. */
  turnLines: number;
}

/**
 * A label is supported by what it labels: its own candidates that lie where
 * the lines of its section rest, with the window's lower bar, and the source
 * sentences there it shares a rare term with (`terms`, shared-terms.ts). A
 * label whose own words find nothing there (`適用場景：`, `核心差異：`) but
 * whose lines all rest in one turn of the source heads that passage, and is
 * supported by their sources; a label over lines spread across turns (a
 * generic heading, `設計理念：`, `1. AI Development…`) is not. A label whose
 * section has no support gets none. A supported label names the exchange its
 * lines rest in (most of them), so the question that opens that exchange (the
 * turn before, when it asks) supports it too (`2. OpenAI的管理靈感來源：` over an
 * answer on Bell Labs: the host's `是否受到 Bell Labs 的影响？`).
 */
export function supportLabels(target: Version, source: Version, titles: readonly boolean[], support: Support, labels: readonly boolean[], partners: SupportPair[][], bar: LabelBar, terms: readonly (readonly number[])[] = []): void {
  const sections = findLabelSections(target, labels);
  const regions = findRegions(source);
  const regionOf = (b: number): number => regions.findIndex((r) => b >= r.from && b < r.to);
  labels.forEach((isLabel, t) => {
    if (!isLabel) return;
    const under: number[] = [];
    for (const u of sections[t]!) if (partners[u]!.length > 0) under.push(partners[u]![0]!.b);
    if (under.length === 0) return;
    // The span reaches back over the turn before the first line's (the question an answer replies to, and the section title over it).
    const first = regionOf(Math.min(...under));
    let from = Math.min(Math.min(...under) - bar.margin, regions[Math.max(0, first - 1)]?.from ?? 0);
    if (titles[from - 1]) from--;
    const [lo, hi] = [from, Math.max(...under) + bar.margin];
    const labelBar = bar.share * support.thresholdA;
    const inSpan = (support.rankedA[t] ?? []).filter((p) => p.b >= lo && p.b <= hi && p.score >= labelBar);
    // A rare term the label shares (Dota, Universe) points at its passage as it does for a line (shared-terms.ts).
    for (const b of terms[t] ?? []) if (b >= lo && b <= hi && !inSpan.some((p) => p.b === b)) inSpan.push({ a: t, b, score: labelBar });
    inSpan.sort((x, y) => y.score - x.score);
    if (inSpan.length === 0 && under.length >= bar.turnLines && under.every((b) => regionOf(b) === regionOf(under[0]!))) {
      // Found through its lines, not its words: each at the window's bar, as a shared term is.
      for (const b of [...new Set(under)].sort((x, y) => x - y)) inSpan.push({ a: t, b, score: labelBar });
      partners[t] = inSpan;
      addQuestion(t, mostOf(under));
      return;
    }
    const top = inSpan[0]?.score ?? 0;
    partners[t] = inSpan.filter((p) => p.score >= bar.relative * top);
    if (partners[t]!.length > 0) addQuestion(t, mostOf(under));
  });

  /** The region most of `sources` lie in (of equal counts the earlier): the turn a label's lines rest in, though one of them strays (to the preview). */
  function mostOf(sources: readonly number[]): number {
    const count = new Map<number, number>();
    for (const b of sources) count.set(regionOf(b), (count.get(regionOf(b)) ?? 0) + 1);
    let best = -1;
    for (const [r, c] of count) if (best < 0 || c > count.get(best)! || (c === count.get(best)! && r < best)) best = r;
    return best;
  }

  /** A supported label heads the exchange its lines rest in: the question before that turn (region `turn`) is its source too, at the window's bar. */
  function addQuestion(t: number, turn: number): void {
    const before = regions[turn - 1];
    if (before === undefined || !asks(before, source.sentences)) return;
    for (let b = before.from; b < before.to; b++) if (!before.labels.includes(b) && !titles[b] && !partners[t]!.some((p) => p.b === b)) partners[t]!.push({ a: t, b, score: bar.share * support.thresholdA });
  }
}
