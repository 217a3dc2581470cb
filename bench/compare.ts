/**
 * `pnpm bench compare`: precision and recall of compare's omission, addition
 * and moved reports on MAC-Dev (zh ↔ en), with known edits made to the English
 * side: whole sentences deleted (the Chinese ones become omissions), Chinese
 * sentences deleted (their English become additions), and sentences moved far.
 * Gold 1-0 and 0-1 beads count as omissions and additions too: they are real.
 * Changed numbers: digits of English sentences edited, found by the facts report.
 * The texts are read at run time from outside the repository; absent, it skips.
 *
 *   pnpm bench compare [--gold DIR] [--edits N]
 */
import { parseArgs } from 'node:util';
import { compareVersionPair, loadDictionary, readDocument, type Version } from '@duizhao/core';
import { hasGoldSet, macDevDir, readGoldSet, type GoldDocument } from './gold.js';

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
function add(t: Tally, truth: Set<number>, found: Set<number>): void {
  for (const x of found) if (truth.has(x)) t.tp++; else t.fp++;
  for (const x of truth) if (!found.has(x)) t.fn++;
}
const prf = (t: Tally) => `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)}  R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

/** Edits one document: deletes `k` English and `k` Chinese sentences of 1-1 beads, and moves `k` English ones. */
export function edit(doc: GoldDocument, k: number) {
  const ones = doc.gold.filter((b) => b.a.length === 1 && b.b.length === 1);
  const pick = (offset: number) => Array.from({ length: k }, (_, x) => ones[Math.floor(((x + offset / 3) * ones.length) / k)]!).filter(Boolean);
  const dropEn = new Set(pick(0.5).map((b) => b.b[0]!));
  const dropZh = new Set(pick(1.5).map((b) => b.a[0]!).filter((a) => !pick(0.5).some((b) => b.a[0] === a)));
  const moveEn = pick(2.5).map((b) => b.b[0]!).filter((j) => !dropEn.has(j));
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
  for (const bead of doc.gold) {
    const zh = bead.a.filter((i) => zhPos.has(i));
    const en = bead.b.filter((j) => enPos.has(j));
    if (en.length === 0) for (const i of zh) omitted.add(zhPos.get(i)!);
    if (zh.length === 0) for (const j of en) added.add(enPos.get(j)!);
  }
  const moved = new Set(moveEn.map((j) => enPos.get(j)!));
  return { zh: zhKeep.map((i) => doc.src[i]!), en: enKeep.map((j) => doc.tgt[j]!), omitted, added, moved };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { gold: { type: 'string' }, edits: { type: 'string', default: '5' } } });
  const dir = values.gold ?? macDevDir();
  if (!hasGoldSet(dir)) {
    process.stdout.write(`compare: no gold set at ${dir}; skipped\n`);
    return;
  }
  const dictionary = await loadDictionary();
  const t = { omission: tally(), addition: tally(), moved: tally() };
  for (const doc of readGoldSet(dir)) {
    const e = edit(doc, Number(values.edits));
    const versions = [version(e.zh, `${doc.id}.zh`), version(e.en, `${doc.id}.en`)];
    const pair = compareVersionPair(versions, 0, 1, { dictionary });
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
    add(t.omission, e.omitted, onZh);
    add(t.addition, e.added, onEn);
    add(t.moved, e.moved, moved);
    process.stdout.write(`${doc.id}: ${pair.verdict} lift ${pair.evidence.lift} supported ${pair.evidence.supported} order ${pair.evidence.order}\n`);
  }
  // Changed numbers: the first digit string of English sentences in 1-1 gold beads made 7 larger; found when a different-number fact lands on that sentence.
  const numbers = tally();
  for (const doc of readGoldSet(dir)) {
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
  process.stdout.write(`changed numbers (en digits edited)         ${prf(numbers)}\n`);
}
