/**
 * A file's versions: one per substantial run of one language among its
 * blocks (an English summary, then its Chinese translation, in one file).
 */
import type { BlockType, Lang } from '../schema.js';

export interface VersionOptions {
  /**
   * Fewest blocks in a language run that makes it a version of its own.
   * @default 3
   */
  minVersionBlocks?: number;
  /**
   * Smallest share of the file's text weight in a language run that makes it a version of its own.
   * @default 0.15
   */
  minVersionShare?: number;
}

/** A version of a file: blocks `[from, to)` in one language; `separator` is a block that labels the next version. */
export interface VersionRun {
  lang: Lang;
  from: number;
  to: number;
  separator?: number;
}

/**
 * Splits a file's blocks into versions: one per substantial run of one
 * language. A run too small to be a version joins the version before it (or
 * after it, at the start of the file). When a version ends in a heading, that
 * heading introduces what follows — which is in another language — so it
 * belongs to neither version: it is returned as `separator` (the line
 * `Translation` between an English summary and its Chinese translation).
 */
export function splitVersions(
  blocks: ReadonlyArray<{ type: BlockType }>,
  langs: readonly Lang[],
  weights: readonly number[],
  options: VersionOptions = {},
): VersionRun[] {
  const minBlocks = options.minVersionBlocks ?? 3;
  const minShare = options.minVersionShare ?? 0.15;
  if (blocks.length === 0) return [];
  const total = weights.reduce((a, b) => a + b, 0);

  const runs: Array<VersionRun & { weight: number }> = [];
  for (let i = 0; i < blocks.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.lang === langs[i]) {
      last.to = i + 1;
      last.weight += weights[i]!;
    } else runs.push({ lang: langs[i]!, from: i, to: i + 1, weight: weights[i]! });
  }
  const substantial = runs.filter((r) => r.to - r.from >= minBlocks && r.weight >= minShare * total && r.weight > 0);
  if (substantial.length <= 1) {
    // One version, in the language that carries most of the text.
    const byLang = new Map<Lang, number>();
    for (const r of runs) byLang.set(r.lang, (byLang.get(r.lang) ?? 0) + r.weight);
    const lang = [...byLang].sort((a, b) => b[1] - a[1])[0]![0];
    return [{ lang, from: 0, to: blocks.length }];
  }

  // Each small run joins the substantial run before it; runs of one language then merge.
  const versions: VersionRun[] = [];
  for (const r of runs) {
    const last = versions[versions.length - 1];
    const isSubstantial = substantial.includes(r);
    if (last && (!isSubstantial || last.lang === r.lang)) last.to = r.to;
    else if (!last && !isSubstantial) versions.push({ lang: substantial[0]!.lang, from: r.from, to: r.to });
    else versions.push({ lang: r.lang, from: r.from, to: r.to });
  }
  for (let k = 0; k + 1 < versions.length; k++) {
    const v = versions[k]!;
    if (v.to - v.from > 1 && blocks[v.to - 1]!.type === 'heading') v.separator = v.to - 1;
  }
  return versions;
}
