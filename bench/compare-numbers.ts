/**
 * Changed numbers and dates for `pnpm bench compare`, on MAC-Dev split by
 * document: tuned on 001–003 (The Golden Age, The Deer and the Cauldron, The
 * Story of the Stone), held out 004–006 (Red Sorghum, The Song of Everlasting
 * Sorrow, The Three-Body Problem), so the held-out line shows what a new text gets.
 *
 * Two kinds of edit, seeded, on 1-1 gold beads:
 * - numbers: every bead whose Chinese and English state one quantity (三 /
 *   three, 二十两 / twenty taels, 1108 / 1108) gets it changed on one side,
 *   alternately: the Chinese in its own form (Chinese numerals stay Chinese
 *   numerals: 三 → 四, 二十 → 三十), the English in its own (digits or words);
 * - dates: `datesPerDocument` beads get a dateline (2014年6月6日 or
 *   二〇一四年六月六日 / June 6, 2014 or 6 June 2014) on both sides; half of
 *   them have its day or year changed on one side, the other half are the same
 *   date written differently and must not be reported.
 * A different-number fact is a hit when it lands on an edited bead's Chinese
 * or English sentence, else a false report; false reports compare also makes
 * on the unedited document (the translation itself states another number:
 * 2.726K against 2.7255 K) are counted apart as well, as the gold's own 1-0
 * beads are for omissions.
 */
import { compareVersionPair, createRandom, findQuantities, isSameQuantity, readDocument, type CompareItem, type Dictionary, type Quantity, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';
import { prf } from './compare.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

export const TUNE = ['001', '002', '003'];
export const HELD_OUT = ['004', '005', '006'];

const DIGITS = '零一二三四五六七八九';

/** A positive integer in Chinese numerals (四千, 二十五, 一万零五百). */
export function writeChinese(n: number): string {
  if (n >= 1e4) {
    const rest = n % 1e4;
    return `${writeChinese(Math.floor(n / 1e4))}万${rest === 0 ? '' : `${rest < 1000 ? '零' : ''}${writeChinese(rest)}`}`;
  }
  let out = '';
  let zero = false;
  for (const [place, name] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    out += `${zero ? '零' : ''}${place === 10 && d === 1 && out === '' ? '' : DIGITS[d]}${name}`;
    zero = false;
  }
  return out;
}

const ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A positive integer in English words (four thousand, twenty-five). */
export function writeEnglish(n: number): string {
  if (n >= 1000) return `${writeEnglish(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${writeEnglish(n % 1000)}` : ''}`;
  if (n >= 100) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${writeEnglish(n % 100)}` : ''}`;
  if (n >= 20) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
  return ONES[n]!;
}

/** The edited value: a year one later, a number one step of its leading digit larger (三千 → 四千, 25 → 35). */
const changed = (q: Quantity): number => (q.kind === 'year' ? q.low + 1 : q.low + 10 ** Math.floor(Math.log10(Math.max(1, q.low))));

/** The quantity `q` of `text` rewritten with `value`, in the form it was written. */
function rewrite(text: string, q: Quantity, value: number): string {
  let out: string;
  if (/^[\d,.]+$/u.test(q.text)) out = String(value);
  else if (/\p{Script=Han}/u.test(q.text)) out = q.kind === 'year' ? `${[...String(value)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年` : writeChinese(value);
  else out = /^[A-Z]/.test(q.text) ? writeEnglish(value).replace(/^./, (c) => c.toUpperCase()) : writeEnglish(value);
  return text.slice(0, q.start) + out + text.slice(q.end);
}

/** A quantity compare treats as a fact: exact, and not one in words (一条, one of: as often an article as a count; compare/facts.ts leaves those out across languages). */
const usable = (q: Quantity): boolean =>
  (q.kind === 'number' || q.kind === 'year') && !q.approx && Number.isInteger(q.low) && q.low === q.high && (q.low > 1 || (q.low === 1 && /\d/.test(q.text)));

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function dateline(year: number, month: number, day: number, form: number): [zh: string, en: string] {
  const zh = form % 2 === 0 ? `${year}年${month}月${day}日，` : `${[...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年${writeChinese(month)}月${writeChinese(day)}日，`;
  const en = form < 2 ? `On ${MONTHS[month - 1]} ${day}, ${year}, ` : `On ${day} ${MONTHS[month - 1]} ${year}, `;
  return [zh, en];
}

/** `natural`: false reports compare also makes on the unedited document (a number the translation itself states differently), counted in `fp` too. */
export interface NumberTally { tp: number; fp: number; fn: number; natural: number; hanEdits: number; hanFound: number; dates: number; datesFound: number }

/** What went wrong, one line each: a false report with its two spans, or an edit not reported. */
export type NumberLog = (line: string) => void;

/** Edits one document as described above and counts compare's different-number facts against the edits. */
export function measureNumberEdits(doc: GoldDocument, seed: number, dictionary: Dictionary, log: NumberLog = () => {}, datesPerDocument = 4): NumberTally {
  const random = createRandom(seed);
  const zh = [...doc.src];
  const en = [...doc.tgt];
  const edited: { i: number; j: number; han: boolean; date: boolean }[] = [];
  const ones = doc.gold.filter((b) => b.a.length === 1 && b.b.length === 1).map((b) => [b.a[0]!, b.b[0]!] as const);
  let side = Math.floor(random() * 2);
  const used = new Set<number>();
  for (const [i, j] of ones) {
    const qz = findQuantities(zh[i]!).filter(usable);
    const qe = findQuantities(en[j]!).filter(usable);
    // A value stated once on each side, so the edit leaves no copy of it behind.
    const once = (q: Quantity): boolean => qz.filter((a) => isSameQuantity(a, q)).length === 1 && qe.filter((b) => isSameQuantity(b, q)).length === 1;
    const pair = qz.flatMap((a) => qe.filter((b) => isSameQuantity(a, b) && once(a)).map((b) => [a, b] as const))[0];
    if (!pair) continue;
    const value = changed(pair[0]);
    if (side++ % 2 === 0) zh[i] = rewrite(zh[i]!, pair[0], value);
    else en[j] = rewrite(en[j]!, pair[1], value);
    edited.push({ i, j, han: /\p{Script=Han}/u.test(pair[0].text), date: false });
    used.add(i);
  }
  const free = ones.filter(([i]) => !used.has(i) && findQuantities(zh[i]!).length === 0);
  for (let k = 0; k < datesPerDocument && free.length > 0; k++) {
    const [i, j] = free.splice(Math.floor(random() * free.length), 1)[0]!;
    const [year, month, day] = [1950 + Math.floor(random() * 70), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)];
    const form = Math.floor(random() * 4);
    const change = k % 2 === 0;
    const [z] = dateline(year, month, day, form);
    const [, e] = dateline(change && random() < 0.5 ? year + 1 : year, month, change ? (day % 28) + 1 : day, form);
    zh[i] = z + zh[i]!;
    en[j] = e + en[j]!;
    if (change) edited.push({ i, j, han: form % 2 === 1, date: true });
  }
  const pair = compareVersionPair([version(zh, `${doc.id}.zh`), version(en, `${doc.id}.en`)], 0, 1, { dictionary });
  // Edits keep every sentence in its place, so the unedited document's reports name the same sentences.
  const plain = compareVersionPair([version(doc.src, `${doc.id}.zh`), version(doc.tgt, `${doc.id}.en`)], 0, 1, { dictionary });
  const naturalOnZh = new Set(plain.facts.filter((f) => f.kind === 'different-number').map((f) => (plain.source === 0 ? f.source.sentence : f.target.sentence)));
  const hit = new Set<number>();
  let fp = 0;
  let natural = 0;
  const falseSeen = new Set<string>();
  for (const fact of pair.facts) {
    if (fact.kind !== 'different-number') continue;
    const [onZh, onEn] = pair.source === 0 ? [fact.source.sentence, fact.target.sentence] : [fact.target.sentence, fact.source.sentence];
    const k = edited.findIndex((e) => e.i === onZh || e.j === onEn);
    if (k >= 0) hit.add(k);
    else if (!falseSeen.has(`${onZh}|${onEn}`)) {
      falseSeen.add(`${onZh}|${onEn}`);
      fp++;
      if (naturalOnZh.has(onZh)) natural++;
      log(`${doc.id} false${naturalOnZh.has(onZh) ? ' (also unedited)' : ''}: ${fact.source.text} → ${fact.target.text} | ${zh[onZh]} | ${en[onEn]}`);
    }
  }
  edited.forEach((e, k) => {
    if (hit.has(k)) return;
    const sides = (x: CompareItem): [number[], number[]] => ['source' in x ? x.source : [], 'target' in x ? x.target : []];
    const [s, t] = pair.source === 0 ? [e.i, e.j] : [e.j, e.i];
    const items = pair.items.filter((x) => sides(x)[0].includes(s) || sides(x)[1].includes(t));
    log(`${doc.id} missed: ${zh[e.i]} | ${en[e.j]} | ${items.map((x) => `${x.type} ${sides(x).map((l) => l.join(',')).join(':')}`).join('; ')}`);
  });
  const han = edited.filter((e) => e.han);
  return {
    tp: hit.size,
    fp,
    fn: edited.length - hit.size,
    natural,
    hanEdits: han.length,
    hanFound: [...hit].filter((k) => edited[k]!.han).length,
    dates: edited.filter((e) => e.date).length,
    datesFound: [...hit].filter((k) => edited[k]!.date).length,
  };
}

/** The number and date edits of every document of `ids`, summed. */
export function measureNumberSplit(docs: readonly GoldDocument[], ids: readonly string[], seed: number, dictionary: Dictionary, log: NumberLog = () => {}): NumberTally {
  const sum: NumberTally = { tp: 0, fp: 0, fn: 0, natural: 0, hanEdits: 0, hanFound: 0, dates: 0, datesFound: 0 };
  for (const [index, doc] of docs.entries()) {
    if (!ids.includes(doc.id)) continue;
    const t = measureNumberEdits(doc, seed * 1000 + index, dictionary, log);
    for (const key of Object.keys(sum) as (keyof NumberTally)[]) sum[key] += t[key];
  }
  return sum;
}

/** A split's tally of planted edits: found, false, missed, and the false ones also made on the unedited text. */
export interface EditTally { tp: number; fp: number; fn: number; natural: number }

/**
 * `pnpm bench compare --numbers-only` and `--names-only`: `measureSplit` over
 * seeds 1–`seeds`, tuned and held-out documents apart, each false report and
 * miss on its own line (the unedited text's own differences marked), then
 * each split's P/R with and without those.
 */
export function runSplitSeeds(label: string, seeds: number, measureSplit: (ids: readonly string[], seed: number, log: NumberLog) => EditTally, write: (text: string) => void): void {
  for (const [name, ids] of [['tuned on', TUNE], ['held out', HELD_OUT]] as const) {
    const sum: EditTally = { tp: 0, fp: 0, fn: 0, natural: 0 };
    for (let seed = 1; seed <= seeds; seed++) {
      const t = measureSplit(ids, seed, (line) => write(`  seed ${seed} ${line}\n`));
      for (const key of Object.keys(sum) as (keyof EditTally)[]) sum[key] += t[key];
    }
    write(`${label}, ${name} ${ids.join(' ')}, seeds 1–${seeds}: ${prf(sum)}; leaving out the ${sum.natural} false reports also made on the unedited text: ${prf({ ...sum, fp: sum.fp - sum.natural })}\n`);
  }
}
