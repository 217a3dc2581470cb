/**
 * `pnpm bench compare`: precision and recall of compare's omission, addition
 * and moved reports on MAC-Dev (zh ↔ en), with known edits made to the English
 * side: whole sentences deleted (the Chinese ones become omissions), Chinese
 * sentences deleted (their English become additions), and sentences moved far.
 * The edits are seeded random picks from 1-1 gold beads, so each deletion
 * leaves a sentence wholly untranslated. The gold's own 1-0 and 0-1 beads
 * (13 in MAC-Dev: untranslatable wordplay, a translator's bridge sentence)
 * are human judgements of a different kind: they are left out of precision
 * and recall (reporting one is neither a hit nor a false alarm) and counted
 * on their own lines.
 * Changed numbers: digits of English sentences edited, found by the facts report;
 * and numbers (Chinese numerals included) and dates edited on either side,
 * reported apart for the documents tuned on and those held out (compare-numbers.ts).
 * Synthetic merges: runs of 2–10 sentences joined into one on either side,
 * which must come out as one unit or as matches, never as omissions or
 * additions, reported for the tuned and held-out documents (compare-merges.ts).
 * The texts are read at run time from outside the repository; absent, it skips.
 *
 * Confidence (compare-confidence.ts): average precision of each kind of
 * finding ranked by its confidence, and P/R at the default
 * `minParallelConfidence`, tuned and held-out documents apart; `--fit` fits
 * the model again on the tuned documents over `--seeds` edit seeds, prints
 * its weights and threshold, and checks them on the held-out documents.
 *
 * Scale (compare-scale.ts): `--scale` times compare's stages on growing
 * parallel pairs built as `pnpm bench align --scale` builds its pair.
 *
 *   pnpm bench compare [--gold DIR] [--edits N] [--seed S] [--merge-rounds R] [--merges-only] [--fit [--seeds N]]
 *   pnpm bench compare --names-only [--seeds N]     (compare-names.ts: transliterated names changed in the English, each miss and false report listed)
 *   pnpm bench compare --numbers-only [--seeds N]   (compare-numbers.ts: number and date edits over seeds 1–N, each miss and false report listed)
 *   pnpm bench compare --scale [--sizes 1444,5000,10000,20000] [--runs R] [--check]
 *   pnpm bench compare --as-files [--seed S]   (compare-plain.ts: the files read as a user's `duizhao compare` reads them)
 *   pnpm bench compare --unrelated [--sizes 1000,5000]   (compare-unrelated.ts: two long files that are not versions of one text)
 */
import { parseArgs } from 'node:util';
import { compareVersionPair, loadDictionary, readDocument, type CompareOptions, type Version } from '@duizhao/core';
import { hasGoldSet, macDevDir, readGoldSet, type GoldDocument } from './gold.js';
import { buildPairEvidence, measureSeparation, pairTrueCandidates, precisionAtRecall, scoreInPlace } from './compare-evidence.js';
import { createRandom as mulberry32 } from '@duizhao/core';
import { HELD_OUT, measureNumberSplit, runSplitSeeds, TUNE } from './compare-numbers.js';
import { measureNameSplit } from './compare-names.js';
import { formatMerges, measureMerges } from './compare-merges.js';
import { againstTraditional, chooseThreshold, collectFindings, fitModel, formatConfidence, formatCurve, score, type Labelled } from './compare-confidence.js';
import { PARALLEL_MIN_CONFIDENCE } from '@duizhao/core';
import { COMPARE_SCALE_SIZES, runCompareScale } from './compare-scale.js';
import { runUnrelatedScale } from './compare-unrelated.js';
import { measureAsFiles } from './compare-plain.js';

export interface Tally { tp: number; fp: number; fn: number }
export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
/** Counts `found` against `truth`, leaving out the sentences in `skip` (neither true nor false positives). */
export function add(t: Tally, truth: ReadonlySet<number>, found: ReadonlySet<number>, skip: ReadonlySet<number> = new Set()): void {
  for (const x of found) if (truth.has(x)) t.tp++; else if (!skip.has(x)) t.fp++;
  for (const x of truth) if (!found.has(x)) t.fn++;
}
export const prf = (t: Tally) => `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)}  R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

/**
 * Edits one document at seeded random places: deletes `k` English and `k`
 * Chinese sentences and moves `k` English ones half the document away, each
 * from a different 1-1 gold bead. Only 1-1 beads: deleting one English
 * sentence of a 1-2 bead leaves its Chinese sentence translated by the other,
 * which is not a whole-sentence omission. The truth sets are positions in the
 * edited texts; `natural` holds the sentences of gold 1-0 and 0-1 beads, which
 * are scored apart (see `run`).
 */
export function edit(doc: GoldDocument, k: number, seed: number) {
  const random = mulberry32(seed);
  const ones = doc.gold.filter((b) => b.a.length === 1 && b.b.length === 1);
  for (let x = ones.length - 1; x > 0; x--) {
    const r = Math.floor(random() * (x + 1));
    [ones[x], ones[r]] = [ones[r]!, ones[x]!];
  }
  const dropEn = new Set(ones.slice(0, k).map((b) => b.b[0]!));
  const dropZh = new Set(ones.slice(k, 2 * k).map((b) => b.a[0]!));
  const moveEn = ones.slice(2 * k, 3 * k).map((b) => b.b[0]!).sort((x, y) => x - y);
  const zhKeep = doc.src.map((_, i) => i).filter((i) => !dropZh.has(i));
  let enKeep = doc.tgt.map((_, j) => j).filter((j) => !dropEn.has(j) && !moveEn.includes(j));
  // A moved sentence goes half the document away.
  for (const j of moveEn) {
    const at = (enKeep.indexOf(enKeep.find((x) => x > j) ?? enKeep[enKeep.length - 1]!) + Math.floor(enKeep.length / 2)) % enKeep.length;
    enKeep = [...enKeep.slice(0, at), j, ...enKeep.slice(at)];
  }
  const zhPos = new Map(zhKeep.map((i, p) => [i, p]));
  const enPos = new Map(enKeep.map((j, p) => [j, p]));
  const omitted = new Set<number>();
  const added = new Set<number>();
  const natural = { zh: new Set<number>(), en: new Set<number>() };
  for (const bead of doc.gold) {
    if (bead.b.length === 0) for (const i of bead.a) natural.zh.add(zhPos.get(i)!);
    if (bead.a.length === 0) for (const j of bead.b) natural.en.add(enPos.get(j)!);
  }
  for (const i of dropZh) for (const bead of doc.gold) if (bead.a[0] === i) added.add(enPos.get(bead.b[0]!)!);
  for (const j of dropEn) for (const bead of doc.gold) if (bead.b[0] === j) omitted.add(zhPos.get(bead.a[0]!)!);
  const moved = new Set(moveEn.map((j) => enPos.get(j)!));
  // Each moved English sentence with its Chinese one, as positions.
  const movedFrom = new Map(moveEn.map((j) => [enPos.get(j)!, zhPos.get(doc.gold.find((b) => b.b[0] === j)!.a[0]!)!]));
  return { zh: zhKeep.map((i) => doc.src[i]!), en: enKeep.map((j) => doc.tgt[j]!), kept: { zh: zhKeep, en: enKeep }, omitted, added, moved, movedFrom, natural };
}

/** Omission, addition and move tallies of compare on every gold document edited with `seed`. */
export function measureEdits(docs: readonly GoldDocument[], edits: number, seed: number, options: CompareOptions) {
  const t = { omission: tally(), addition: tally(), moved: tally() };
  const natural = { omission: tally(), addition: tally() };
  const lines: string[] = [];
  for (const [index, doc] of docs.entries()) {
    const e = edit(doc, edits, seed * 1000 + index);
    const versions = [version(e.zh, `${doc.id}.zh`), version(e.en, `${doc.id}.en`)];
    const pair = compareVersionPair(versions, 0, 1, options);
    // Report items relative to zh (omissions) and en (additions, moves), whichever side is the source.
    const zhIsSource = pair.source === 0;
    const onZh = new Set<number>();
    const onEn = new Set<number>();
    const moved = new Set<number>();
    for (const item of pair.items) {
      if (item.type === 'omission') for (const k of item.source) (zhIsSource ? onZh : onEn).add(k);
      if (item.type === 'addition') for (const k of item.target) (zhIsSource ? onEn : onZh).add(k);
      if (item.type === 'moved') for (const k of zhIsSource ? item.target : item.source) moved.add(k);
    }
    add(t.omission, e.omitted, onZh, e.natural.zh);
    add(t.addition, e.added, onEn, e.natural.en);
    add(natural.omission, e.natural.zh, new Set([...onZh].filter((k) => e.natural.zh.has(k))));
    add(natural.addition, e.natural.en, new Set([...onEn].filter((k) => e.natural.en.has(k))));
    add(t.moved, e.moved, moved);
    lines.push(`${doc.id}: ${pair.verdict} lift ${pair.evidence.lift} supported ${pair.evidence.supported} order ${pair.evidence.order}`);
  }
  return { ...t, natural, lines };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { gold: { type: 'string' }, edits: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, 'merge-rounds': { type: 'string', default: '4' }, 'merges-only': { type: 'boolean', default: false }, 'numbers-only': { type: 'boolean', default: false }, 'names-only': { type: 'boolean', default: false }, fit: { type: 'boolean', default: false }, seeds: { type: 'string', default: '8' }, scale: { type: 'boolean', default: false }, sizes: { type: 'string' }, runs: { type: 'string', default: '1' }, check: { type: 'boolean', default: false }, 'as-files': { type: 'boolean', default: false }, unrelated: { type: 'boolean', default: false } },
  });
  const dir = values.gold ?? macDevDir();
  if (!hasGoldSet(dir)) {
    process.stdout.write(`compare: no gold set at ${dir}; skipped\n`);
    return;
  }
  if (values.unrelated) {
    const sizes = values.sizes ? values.sizes.split(',').map(Number) : [1000, 5000];
    if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive whole numbers separated by commas, got ${values.sizes}`);
    await runUnrelatedScale(readGoldSet(dir), sizes, (text) => process.stdout.write(text));
    return;
  }
  if (values.scale) {
    const sizes = values.sizes ? values.sizes.split(',').map(Number) : COMPARE_SCALE_SIZES;
    if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive whole numbers separated by commas, got ${values.sizes}`);
    await runCompareScale(readGoldSet(dir), sizes, Number(values.runs), values.check, (text) => process.stdout.write(text));
    return;
  }
  const dictionary = await loadDictionary();
  const docs = readGoldSet(dir);
  if (values['names-only'] || values['numbers-only']) {
    const [label, measureSplit] = values['names-only'] ? ['changed names', measureNameSplit] : ['changed numbers and dates', measureNumberSplit];
    runSplitSeeds(label, Number(values.seeds), (ids, seed, log) => measureSplit(docs, ids, seed, dictionary, log), (text) => process.stdout.write(text));
    return;
  }
  if (values['as-files']) {
    for (const [name, ids] of [['tuned on', TUNE], ['held out', HELD_OUT]] as const) {
      const r = measureAsFiles(docs, ids, Number(values.edits), Number(values.seed), { dictionary });
      process.stdout.write(`read as files (no --lines), ${name} ${ids.join(' ')}: ${r.headings} of ${r.lines} lines read as headings\n`);
      for (const kind of ['omission', 'addition', 'moved'] as const) process.stdout.write(`  ${kind.padEnd(9)} all ${prf(r.all[kind])}   shown ${prf(r.shown[kind])}\n`);
    }
    return;
  }
  if (values.fit) {
    const seeds = Array.from({ length: Number(values.seeds) }, (_, k) => k + 1);
    for (const [name, set] of [['across (zh–en)', docs], ['within (zh against its Traditional conversion)', docs.map(againstTraditional)]] as const) {
      const tuned = collectFindings(set, TUNE, seeds, Number(values.edits), { dictionary });
      const model = fitModel(tuned);
      const threshold = chooseThreshold(tuned, model);
      process.stdout.write(`${name}: fitted on ${TUNE.join(' ')}, seeds 1–${seeds.length} (${tuned.findings.length} findings):\n${JSON.stringify(model)}\nlowest threshold at which omissions and additions are more often real than not: ${threshold}\n`);
      const held = collectFindings(set, HELD_OUT, seeds, Number(values.edits), { dictionary });
      const p = (f: Labelled): number => score(model[f.type], f.features);
      for (const line of [...formatConfidence(`tuned ${TUNE.join(' ')}`, tuned, p, threshold), ...formatConfidence(`held out ${HELD_OUT.join(' ')}`, held, p, threshold)]) process.stdout.write(`${line}\n`);
      process.stdout.write(`${formatCurve('tuned', tuned, p)}\n${formatCurve('held out', held, p)}\n`);
    }
    // Changed numbers and dates: one probability, the precision on the tuned documents' number edits (add-one smoothed).
    const numbers = (ids: readonly string[]) => seeds.map((seed) => measureNumberSplit(docs, ids, seed, dictionary)).reduce((x, y) => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn }), { tp: 0, fp: 0, fn: 0 });
    const [tunedNumbers, heldNumbers] = [numbers(TUNE), numbers(HELD_OUT)];
    process.stdout.write(`changed numbers and dates: confidence ${((tunedNumbers.tp + 1) / (tunedNumbers.tp + tunedNumbers.fp + 2)).toFixed(2)} from the tuned documents (${prf(tunedNumbers)}); held out ${prf(heldNumbers)}\n`);
    return;
  }
  for (const [name, ids] of [['tuned on', TUNE], ['held out', HELD_OUT]] as const) {
    const merges = measureMerges(docs, ids, Number(values.seed), Number(values['merge-rounds']), { dictionary });
    process.stdout.write(`${formatMerges(`${name} ${ids.join(' ')}`, merges)}\n`);
  }
  if (values['merges-only']) return;
  for (const [name, ids] of [['tuned on', TUNE], ['held out', HELD_OUT]] as const) {
    const collected = collectFindings(docs, ids, [Number(values.seed)], Number(values.edits), { dictionary });
    for (const line of formatConfidence(`confidence, ${name} ${ids.join(' ')}:`, collected, (f) => f.confidence, PARALLEL_MIN_CONFIDENCE)) process.stdout.write(`${line}\n`);
  }
  const { omission, addition, moved, natural, lines } = measureEdits(docs, Number(values.edits), Number(values.seed), { dictionary });
  const t = { omission, addition, moved };
  for (const line of lines) process.stdout.write(`${line}\n`);
  // Changed numbers: the first digit string of English sentences in 1-1 gold beads made 7 larger; found when a different-number fact lands on that sentence.
  const numbers = tally();
  for (const doc of docs) {
    const en = [...doc.tgt];
    const changed = new Set<number>();
    for (const bead of doc.gold) {
      if (bead.a.length !== 1 || bead.b.length !== 1 || !/\d/.test(en[bead.b[0]!]!)) continue;
      en[bead.b[0]!] = en[bead.b[0]!]!.replace(/\d+/, (digits) => String(Number(digits) + 7));
      changed.add(bead.b[0]!);
    }
    if (changed.size === 0) continue;
    const pair = compareVersionPair([version(doc.src, `${doc.id}.zh`), version(en, `${doc.id}.en`)], 0, 1, { dictionary });
    const found = new Set<number>();
    for (const fact of pair.facts) if (fact.kind === 'different-number') found.add(pair.source === 1 ? fact.source.sentence : fact.target.sentence);
    add(numbers, changed, found);
  }
  process.stdout.write(`omissions (zh sentences with no English)  ${prf(t.omission)}\n`);
  process.stdout.write(`additions (en sentences with no Chinese)  ${prf(t.addition)}\n`);
  process.stdout.write(`moved (en sentences moved far)             ${prf(t.moved)}\n`);
  process.stdout.write(`gold 1-0 beads found (not scored above)     ${natural.omission.tp} of ${natural.omission.tp + natural.omission.fn}\n`);
  process.stdout.write(`gold 0-1 beads found (not scored above)     ${natural.addition.tp} of ${natural.addition.tp + natural.addition.fn}\n`);
  process.stdout.write(`changed numbers (en digits edited)         ${prf(numbers)}\n`);
  for (const [name, ids] of [['tuned on', TUNE], ['held out', HELD_OUT]] as const) {
    const n = measureNumberSplit(docs, ids, Number(values.seed), dictionary);
    const planted = { tp: n.tp, fp: n.fp - n.natural, fn: n.fn };
    process.stdout.write(`changed numbers and dates, ${name} ${ids.join(' ')}: ${prf(n)}; Chinese numerals found ${n.hanFound} of ${n.hanEdits}, dates ${n.datesFound} of ${n.dates}\n`);
    process.stdout.write(`  ... leaving out the ${n.natural} false reports also made on the unedited text: ${prf(planted)}\n`);
  }
  // The ceiling: how well the sentence evidence separates a translation from other sentences at all.
  const separation = measureSeparation(docs, version, dictionary);
  let [right, wrong] = [0, 0];
  const inPlace: [number, boolean][] = [];
  for (const [index, doc] of docs.entries()) {
    const e = edit(doc, Number(values.edits), Number(values.seed) * 1000 + index);
    const evidence = buildPairEvidence(version(e.zh, `${doc.id}.zh`), version(e.en, `${doc.id}.en`), dictionary);
    const [r, w] = pairTrueCandidates(evidence, e);
    right += r;
    wrong += w;
    inPlace.push(...scoreInPlace(evidence, doc, e));
  }
  const moves = docs.length * Number(values.edits);
  process.stdout.write(`evidence: own translation above its neighbour's  AUC ${separation.auc.toFixed(3)} (${separation.pairs} gold 1-1 beads)\n`);
  process.stdout.write(`evidence: own translation above every sentence > 3 away  ${separation.firstFar.toFixed(3)}\n`);
  process.stdout.write(`evidence: untranslated zh sentences told by coverage alone, gold alignment given  P ${precisionAtRecall(inPlace, 0.5).toFixed(3)} at R 0.5, P ${precisionAtRecall(inPlace, 0.9).toFixed(3)} at R 0.9 (${inPlace.length} zh sentences)\n`);
  process.stdout.write(`ceiling: moves paired among the true candidates  P ${(right / Math.max(1, right + wrong)).toFixed(3)}  R ${(right / Math.max(1, moves)).toFixed(3)}\n`);
}
