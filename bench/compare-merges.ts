/**
 * Synthetic merges for `pnpm bench compare`: one sentence translated by many.
 * A run of k (2–10) consecutive 1-1 gold beads of MAC-Dev has its sentences
 * on ONE side joined into one sentence (Chinese: a full stop inside becomes
 * a comma; English: a full stop becomes a semicolon), so the gold becomes a
 * 1-k (or k-1) bead, as a translator who renders one long Chinese sentence
 * as several English ones makes. Nothing is deleted, so every omission or
 * addition compare reports among the merge's sentences is false.
 *
 * Each edited text gets one merge of every size, at seeded random places,
 * apart from each other by at least one untouched bead; `rounds` texts per
 * document and direction. Reported per size, tuned on 001–003 and held out
 * 004–006 (the split of compare-numbers.ts): the share of merges with no
 * omission or addition among their sentences, and the share that come out
 * as one match (the joined sentence and all k counterparts in one unit).
 */
import { compareVersionPair, createRandom, readDocument, type CompareOptions, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

export const MERGE_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Which side's sentences are joined: `zh` makes 1-k beads (zh-en), `en` k-1. */
export type MergeSide = 'zh' | 'en';

/** k sentences as one: a Chinese full stop inside the run becomes a comma, an English one a semicolon. */
export function joinSentences(lines: readonly string[], side: MergeSide): string {
  const last = lines.length - 1;
  if (side === 'zh') return lines.map((s, k) => (k < last ? s.trimEnd().replace(/。$/u, '，') : s)).join('');
  return lines.map((s, k) => (k < last ? s.trimEnd().replace(/\.$/u, ';') : s)).join(' ');
}

interface Merge {
  k: number;
  /** The joined sentence's position in the edited side, and its k counterparts' positions on the other side. */
  joined: number;
  others: number[];
}

/**
 * Places one merge of each size on runs of consecutive 1-1 gold beads (the
 * largest first, as they fit in fewest places), never touching another merge,
 * and joins them on `side`. Sizes that fit nowhere are left out.
 */
export function placeMerges(doc: GoldDocument, side: MergeSide, seed: number): { zh: string[]; en: string[]; merges: Merge[] } {
  const random = createRandom(seed);
  const one = doc.gold.map((b) => b.a.length === 1 && b.b.length === 1);
  const taken = new Array<boolean>(doc.gold.length).fill(false);
  const starts: { k: number; at: number }[] = [];
  for (const k of [...MERGE_SIZES].reverse()) {
    // Starts whose k beads are 1-1 and untouched, with an untouched bead (or the edge) on either side.
    const free = (x: number): boolean => x < 0 || x >= doc.gold.length || !taken[x];
    const fits: number[] = [];
    for (let at = 0; at + k <= doc.gold.length; at++) {
      let ok = free(at - 1) && free(at + k);
      for (let x = at; ok && x < at + k; x++) ok = one[x]! && !taken[x];
      if (ok) fits.push(at);
    }
    if (fits.length === 0) continue;
    const at = fits[Math.floor(random() * fits.length)]!;
    for (let x = at; x < at + k; x++) taken[x] = true;
    starts.push({ k, at });
  }
  starts.sort((x, y) => x.at - y.at);
  // Rebuild both sides in gold order: each merge's sentences on `side` become one line.
  const zh: string[] = [];
  const en: string[] = [];
  const merges: Merge[] = [];
  let next = 0;
  for (let g = 0; g < doc.gold.length; ) {
    const start = starts[next];
    if (start && start.at === g) {
      const beads = doc.gold.slice(g, g + start.k);
      const zhLines = beads.map((b) => doc.src[b.a[0]!]!);
      const enLines = beads.map((b) => doc.tgt[b.b[0]!]!);
      const [joinedSide, otherSide, otherLines] = side === 'zh' ? [zh, en, enLines] : [en, zh, zhLines];
      const others = otherLines.map((_, k) => otherSide.length + k);
      merges.push({ k: start.k, joined: joinedSide.length, others });
      joinedSide.push(joinSentences(side === 'zh' ? zhLines : enLines, side));
      otherSide.push(...otherLines);
      g += start.k;
      next++;
      continue;
    }
    const bead = doc.gold[g]!;
    for (const i of bead.a) zh.push(doc.src[i]!);
    for (const j of bead.b) en.push(doc.tgt[j]!);
    g++;
  }
  return { zh, en, merges };
}

/**
 * Per merge size: merges made, those with no omission or addition among their sentences (in the JSON, at any
 * confidence), those with none the text report shows (at the pair's `minConfidence`), and those that came out as one match.
 */
export type MergeTally = Map<number, { cases: number; clean: number; shownClean: number; whole: number }>;

/** Places merges in every document of `ids`, both directions, `rounds` times each, and tallies what compare reports. */
export function measureMerges(docs: readonly GoldDocument[], ids: readonly string[], seed: number, rounds: number, options: CompareOptions, log: (line: string) => void = () => {}): MergeTally {
  const tally: MergeTally = new Map(MERGE_SIZES.map((k) => [k, { cases: 0, clean: 0, shownClean: 0, whole: 0 }]));
  for (const [index, doc] of docs.entries()) {
    if (!ids.includes(doc.id)) continue;
    for (const side of ['zh', 'en'] as const) {
      for (let round = 0; round < rounds; round++) {
        const edited = placeMerges(doc, side, seed * 100_000 + index * 1000 + round * 2 + (side === 'zh' ? 0 : 1));
        const pair = compareVersionPair([version(edited.zh, `${doc.id}.zh`), version(edited.en, `${doc.id}.en`)], 0, 1, options);
        // Sentences of each language that some omission or addition names, and each zh sentence's match unit.
        const zhIsSource = pair.source === 0;
        const unpaired = { zh: new Set<number>(), en: new Set<number>() };
        const shown = { zh: new Set<number>(), en: new Set<number>() };
        const unit = new Map<number, { zh: number[]; en: number[] }>();
        for (const item of pair.items) {
          const sets = (('confidence' in item ? item.confidence : undefined) ?? 1) >= (pair.minConfidence ?? 0) ? [unpaired, shown] : [unpaired];
          if (item.type === 'omission') for (const x of item.source) for (const set of sets) set[zhIsSource ? 'zh' : 'en'].add(x);
          if (item.type === 'addition') for (const x of item.target) for (const set of sets) set[zhIsSource ? 'en' : 'zh'].add(x);
          if (item.type === 'match') {
            const u = zhIsSource ? { zh: item.source, en: item.target } : { zh: item.target, en: item.source };
            for (const x of u.zh) unit.set(x, u);
          }
        }
        const other: MergeSide = side === 'zh' ? 'en' : 'zh';
        for (const m of edited.merges) {
          const t = tally.get(m.k)!;
          t.cases++;
          const clean = !unpaired[side].has(m.joined) && m.others.every((x) => !unpaired[other].has(x));
          if (clean) t.clean++;
          if (!shown[side].has(m.joined) && m.others.every((x) => !shown[other].has(x))) t.shownClean++;
          const u = unit.get(side === 'zh' ? m.joined : m.others[0]!);
          if (u?.[side].includes(m.joined) && m.others.every((x) => u[other].includes(x))) t.whole++;
          if (!clean) {
            const near = pair.items.filter((x) => x.type !== 'moved' && [...('source' in x ? x.source : []), ...('target' in x ? x.target : [])].some((y) => Math.abs(y - m.joined) <= m.k + 1));
            log(`${doc.id} ${side} 1-${m.k} at ${m.joined} (${m.others.join(',')}): ${near.map((x) => `${x.type} ${'source' in x ? x.source.join(',') : ''}:${'target' in x ? x.target.join(',') : ''}${'confidence' in x && x.confidence !== undefined ? ` (${x.confidence})` : ''}`).join('; ')}`);
          }
        }
      }
    }
  }
  return tally;
}

/** One line per merge size and a total: share without omission or addition, and share as one match. */
export function formatMerges(name: string, tally: MergeTally): string {
  const pct = (x: number, n: number): string => `${((100 * x) / Math.max(1, n)).toFixed(1)} %`;
  const lines = [`merges, ${name}: size  no omission/addition  none shown  one match  (cases)`];
  let [cases, clean, shownClean, whole] = [0, 0, 0, 0];
  for (const [k, t] of tally) {
    lines.push(`  1-${String(k).padEnd(2)}  ${pct(t.clean, t.cases).padStart(8)}  ${pct(t.shownClean, t.cases).padStart(8)}  ${pct(t.whole, t.cases).padStart(8)}  (${t.cases})`);
    [cases, clean, shownClean, whole] = [cases + t.cases, clean + t.clean, shownClean + t.shownClean, whole + t.whole];
  }
  lines.push(`  all   ${pct(clean, cases).padStart(8)}  ${pct(shownClean, cases).padStart(8)}  ${pct(whole, cases).padStart(8)}  (${cases})`);
  return lines.join('\n');
}
