/**
 * `pnpm bench compare --as-files`: compare as a user runs it on the MAC-Dev
 * files themselves, `duizhao compare zh.txt en.txt` with no `--lines`: the
 * format is detected and the lines are read as plain text, whose sentences
 * are split again and whose short lines may be taken for headings. The rest
 * of the compare bench reads them pre-segmented (`format: 'lines'`), so it
 * never saw what plain reading does to a novel's dialogue.
 *
 * The same seeded edits as `measureEdits` (compare.ts); a finding on any
 * sentence of a line counts for that line. Each kind is scored on every
 * finding the JSON holds and on those the text report shows (confidence at
 * least the pair's `minConfidence`), the tuned and held-out documents apart.
 */
import { compareVersionPair, type CompareOptions, type Version } from '@duizhao/core';
import { countHeadings, readAsFile } from './align-files.js';
import { add, edit, tally, type Tally } from './compare.js';
import type { GoldDocument } from './gold.js';

export interface AsFilesResult {
  /** All findings, then those shown, per kind. */
  all: Record<'omission' | 'addition' | 'moved', Tally>;
  shown: Record<'omission' | 'addition' | 'moved', Tally>;
  /** Lines read as headings, of all lines, both sides. */
  headings: number;
  lines: number;
}

const tallies = () => ({ omission: tally(), addition: tally(), moved: tally() });

/** Compare on the edited documents `ids`, read as files, with edit seed `seed` (as `measureEdits` seeds them). */
export function measureAsFiles(docs: readonly GoldDocument[], ids: readonly string[], edits: number, seed: number, options: CompareOptions): AsFilesResult {
  const result: AsFilesResult = { all: tallies(), shown: tallies(), headings: 0, lines: 0 };
  for (const [index, doc] of docs.entries()) {
    if (!ids.includes(doc.id)) continue;
    const e = edit(doc, edits, seed * 1000 + index);
    const [zh, en] = [readAsFile(e.zh, `${doc.id}.zh`), readAsFile(e.en, `${doc.id}.en`)];
    const count = countHeadings([zh, en]);
    result.headings += count.headings;
    result.lines += count.lines;
    const pair = compareVersionPair([zh, en], 0, 1, options);
    const zhIsSource = pair.source === 0;
    // A sentence's block is its line: the files have no blank lines, and every line holds text.
    const lineOf = (v: Version, k: number): number => v.sentences[k]!.block;
    for (const [view, min] of [['all', -Infinity], ['shown', pair.minConfidence ?? 0]] as const) {
      const onZh = new Set<number>();
      const onEn = new Set<number>();
      const moved = new Set<number>();
      for (const item of pair.items) {
        if (item.type === 'match' || ('confidence' in item && (item.confidence ?? 1) < min)) continue;
        if (item.type === 'omission') for (const k of item.source) (zhIsSource ? onZh : onEn).add(lineOf(zhIsSource ? zh : en, k));
        if (item.type === 'addition') for (const k of item.target) (zhIsSource ? onEn : onZh).add(lineOf(zhIsSource ? en : zh, k));
        if (item.type === 'moved') for (const k of zhIsSource ? item.target : item.source) moved.add(lineOf(en, k));
      }
      add(result[view].omission, e.omitted, onZh, e.natural.zh);
      add(result[view].addition, e.added, onEn, e.natural.en);
      add(result[view].moved, e.moved, moved, new Set());
    }
  }
  return result;
}
