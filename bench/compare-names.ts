/**
 * Changed names across languages for `pnpm bench compare --names-only`, on
 * MAC-Dev split by document as the number edits are (tuned on 001–003, held
 * out 004–006). In seeded 1-1 gold beads whose English names a person the
 * Chinese spells (Granny Liu / 刘老老, Wang Miao / 汪淼), the name's last word
 * is replaced by a surname the document never uses (Granny Liu → Granny
 * Zhou); compare must report a changed name on that bead. A changed-name
 * report elsewhere is false; those compare also makes on the unedited
 * document are counted apart.
 */
import { compareVersionPair, createRandom, findChineseNames, locateEnglishNames, namePrefixes, readDocument, segmentWords, type Dictionary, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';
import type { EditTally } from './compare-numbers.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

/** Surnames put in place of a name's last word, the first the document does not use. */
const REPLACEMENTS = ['Zhou', 'Zheng', 'Qian', 'Sun', 'Zhao', 'Feng', 'Jiang', 'Shen', 'Yang', 'Cao'];

/** Whether the Chinese sentence spells `key` (a name key, `~liu`). */
function spells(text: string, key: string, dictionary: Dictionary): boolean {
  const readings = dictionary.readings!;
  const keys = findChineseNames(text, segmentWords(text, { lang: 'zh-Hans' }), readings, (w) => dictionary.get(w) !== undefined, {}, namePrefixes([key]));
  return keys.some((list) => list?.includes(key) ?? false);
}

const changedNames = (pair: ReturnType<typeof compareVersionPair>) => pair.facts.filter((f) => f.kind === 'different-term' && f.category === 'name');

/** Edits up to `perDocument` names of one document and counts compare's changed-name facts against them. */
export function measureNameEdits(doc: GoldDocument, seed: number, dictionary: Dictionary, log: (line: string) => void = () => {}, perDocument = 8): EditTally {
  const random = createRandom(seed);
  const syllables = dictionary.readings!.syllables;
  const en = [...doc.tgt];
  const words = new Set(en.join(' ').toLowerCase().split(/[^a-z]+/u));
  const ones = doc.gold.filter((b) => b.a.length === 1 && b.b.length === 1).map((b) => [b.a[0]!, b.b[0]!] as const);
  for (let x = ones.length - 1; x > 0; x--) {
    const r = Math.floor(random() * (x + 1));
    [ones[x], ones[r]] = [ones[r]!, ones[x]!];
  }
  const edited: { i: number; j: number }[] = [];
  for (const [i, j] of ones) {
    if (edited.length >= perDocument) break;
    const name = locateEnglishNames(en[j]!, syllables).find((n) => spells(doc.src[i]!, n.key, dictionary));
    if (!name) continue;
    const text = en[j]!.slice(name.start, name.end);
    // The last word of the name (Zhou Rui's → Rui, Ban-er → Ban-er), its possessive kept.
    const last = /[A-Z][a-z]*(?:-[a-z]+)*(?=(?:['’]s)?$)/u.exec(text);
    const replacement = REPLACEMENTS.find((r) => !words.has(r.toLowerCase()) && !spells(doc.src[i]!, `~${r.toLowerCase()}`, dictionary));
    if (!last || !replacement) continue;
    en[j] = en[j]!.slice(0, name.start + last.index) + replacement + en[j]!.slice(name.start + last.index + last[0].length);
    edited.push({ i, j });
  }
  const pair = compareVersionPair([version(doc.src, `${doc.id}.zh`), version(en, `${doc.id}.en`)], 0, 1, { dictionary });
  const plain = compareVersionPair([version(doc.src, `${doc.id}.zh`), version(doc.tgt, `${doc.id}.en`)], 0, 1, { dictionary });
  const zhOf = (p: typeof pair, f: (typeof pair.facts)[number]): number => (p.source === 0 ? f.source.sentence : f.target.sentence);
  const naturalOnZh = new Set(changedNames(plain).map((f) => zhOf(plain, f)));
  const hit = new Set<number>();
  let [fp, natural] = [0, 0];
  for (const fact of changedNames(pair)) {
    const onZh = zhOf(pair, fact);
    const onEn = pair.source === 0 ? fact.target.sentence : fact.source.sentence;
    const k = edited.findIndex((e) => e.i === onZh || e.j === onEn);
    if (k >= 0) {
      hit.add(k);
      continue;
    }
    fp++;
    if (naturalOnZh.has(onZh)) natural++;
    log(`${doc.id} false${naturalOnZh.has(onZh) ? ' (also unedited)' : ''}: ${fact.source.text} → ${fact.target.text} | ${doc.src[onZh]} | ${en[onEn]}`);
  }
  edited.forEach((e, k) => {
    if (!hit.has(k)) log(`${doc.id} missed: ${doc.src[e.i]} | ${en[e.j]}`);
  });
  return { tp: hit.size, fp, fn: edited.length - hit.size, natural };
}

/** The name edits of every document of `ids`, summed. */
export function measureNameSplit(docs: readonly GoldDocument[], ids: readonly string[], seed: number, dictionary: Dictionary, log: (line: string) => void = () => {}): EditTally {
  const sum: EditTally = { tp: 0, fp: 0, fn: 0, natural: 0 };
  for (const [index, doc] of docs.entries()) {
    if (!ids.includes(doc.id)) continue;
    const t = measureNameEdits(doc, seed * 1000 + index, dictionary, log);
    for (const key of Object.keys(sum) as (keyof EditTally)[]) sum[key] += t[key];
  }
  return sum;
}
