/**
 * Changed names across languages: a translation that names another person
 * than its source (刘老老 / "Granny Wang" where the rest of the book has
 * Granny Liu). Names are read as the aligner reads them (align/names.ts):
 * an English run of capitalised words that pinyin spells wholly (Wei
 * Xiaobao, Granny Liu → ~liu) and the Han spans whose CC-CEDICT readings
 * spell it. Only names the document pairs somewhere count on the Chinese
 * side (a span spells a key some English sentence has), so a unit is
 * reported only when its Chinese states a known name its English does not
 * spell, and its English states exactly one name its Chinese does not:
 * one for the other. A name the translation adds or leaves out (他 / Wei
 * Xiaobao) is wording, not a change.
 */

import type { Dictionary } from '../align/dictionary.js';
import { locateEnglishNames, type EnglishName } from '../align/english-names.js';
import { findChineseNames, NAME_PREFIX, namePrefixes } from '../align/names.js';
import { toComparable } from '../normalize/comparable.js';
import type { CompareItem, CompareSpan, Fact, Version } from '../schema.js';
import { segmentWords } from '../segment/words.js';
import { spanOf } from './fact-mentions.js';

/** A name mentioned in one sentence: its keys (a Han span may spell several) and where. */
interface NameMention {
  keys: readonly string[];
  span: CompareSpan;
}

/** The changed names of every cross-language unit of `items` (a source sentence set against a target one). */
export function compareNames(source: Version, target: Version, items: readonly CompareItem[], dictionary: Dictionary): Fact[] {
  const syllables = dictionary.readings?.syllables;
  const readings = dictionary.readings;
  if (!syllables || !readings) return [];
  const zhIsSource = source.lang !== 'en';
  const [zh, en] = zhIsSource ? [source, target] : [target, source];
  // A capitalised word the document also writes in lowercase is a common word (One, Long), not a name.
  const lowercase = new Set(en.sentences.flatMap((s) => s.text.match(/\b[a-z]+\b/gu) ?? []));
  const common = (m: NameMention): boolean => (m.span.text.match(/[A-Za-z]+/gu) ?? []).every((w) => lowercase.has(w.toLowerCase()));
  const english = en.sentences.map((s, k) => locateEnglishNames(s.text, syllables).flatMap((name) => englishMention(en, k, name)).filter((m) => !common(m)));
  // Whether the English names a Chinese name is read loosely: a one-syllable word that opens its sentence or a quotation
  // counts too ("'Zhou, dear,' said Xi-feng" for 周姐姐), read as if a word stood before it and no quotation mark opened.
  const loose = en.sentences.map((s) => locateEnglishNames(`x ${s.text.replace(/(^|\s)['‘"“]+/gu, '$1')}`, syllables).map((name) => name.key));
  const known = new Set(english.flatMap((names) => names.flatMap((n) => n.keys)));
  if (known.size === 0) return [];
  const prefixes = namePrefixes(known);
  const isWord = (word: string): boolean => dictionary.get(word) !== undefined;
  const chinese: (NameMention[] | undefined)[] = [];
  const chineseOf = (k: number): NameMention[] => (chinese[k] ??= chineseMentions(zh, k, readings, isWord, prefixes, known));
  const units = items.filter((item) => item.type === 'match' || item.type === 'moved').map((item): [number[], number[]] => (zhIsSource ? [item.source, item.target] : [item.target, item.source]));
  // A name meets the same key, or its part (Wang for 汪淼, Wang Miao for 汪): one's whole key begins the other's whole key,
  // so that Ye Zhou does not meet 叶文洁 by its surname's key.
  const meets = (key: string, others: readonly string[]): boolean => others.some((other) => other === key || other.startsWith(key) || key.startsWith(other));
  const met = (n: NameMention, enKeys: readonly string[]): boolean => n.keys.some((key) => enKeys.includes(key)) || meets(whole(n), enKeys);
  // The Chinese spans the document pairs with their English spelling in some unit (高密 with Gaomi).
  const paired = new Set<string>();
  for (const [zhIds, enIds] of units) {
    const enKeys = enIds.flatMap((k) => loose[k] ?? []);
    for (const n of zhIds.flatMap(chineseOf)) if (met(n, enKeys)) paired.add(n.span.text);
  }
  // A span the dictionary knows as a word of two or more characters is that word (背景 "background", which spells Beijing),
  // unless the dictionary translates it as the name it spells (王府井 Wangfujing) or the document pairs it with that name.
  const isName = (m: NameMention): boolean => {
    const stems = m.span.text.length < 2 || paired.has(m.span.text) ? undefined : dictionary.get(toComparable(m.span.text).text);
    return !stems || stems.some((stem) => stem.length >= 3 && m.keys.some((key) => key.slice(NAME_PREFIX.length).startsWith(stem)));
  };
  const facts: Fact[] = [];
  for (const [zhIds, enIds] of units) {
    const zhNames = zhIds.flatMap(chineseOf).filter(isName);
    const enNames = enIds.flatMap((k) => english[k] ?? []);
    const enKeys = enIds.flatMap((k) => loose[k] ?? []);
    const zhKeys = zhNames.flatMap((n) => n.keys);
    const lost = zhNames.filter((n) => !met(n, enKeys));
    const added = enNames.filter((n) => !n.keys.some((key) => zhKeys.includes(key)) && !meets(whole(n), zhNames.map(whole)));
    // One known name for one other: anything else (a name added, a pronoun made a name) is a translator's wording.
    if (new Set(lost.map((n) => n.keys.join())).size !== 1 || added.length !== 1) continue;
    const [from, to] = [lost[0]!.span, added[0]!.span];
    facts.push({ kind: 'different-term', category: 'name', source: zhIsSource ? from : to, target: zhIsSource ? to : from });
  }
  return facts;
}

/** A mention's key for the whole of it: its longest (a Han name's surname alone is a shorter key). */
const whole = (m: NameMention): string => m.keys.reduce((x, y) => (y.length > x.length ? y : x));

const isAscii = (text: string): boolean => !/[^\x00-\x7f]/u.test(text);

/** An English name as a mention, when its offsets are the text's own (NFKC, which they are taken after, kept its length). */
function englishMention(version: Version, sentence: number, name: EnglishName): NameMention[] {
  const text = version.sentences[sentence]!.text;
  if (!isAscii(text) && text.normalize('NFKC').length !== text.length) return [];
  return [{ keys: [name.key], span: spanOf(version, sentence, name.start, name.end) }];
}

/** The known names of a Chinese sentence: runs of words that spell keys of `known`, each run one mention. */
function chineseMentions(version: Version, sentence: number, readings: NonNullable<Dictionary['readings']>, isWord: (word: string) => boolean, prefixes: ReadonlySet<string>, known: ReadonlySet<string>): NameMention[] {
  const original = version.sentences[sentence]!.text;
  const text = toComparable(original).text;
  // Offsets carry over only when conversion kept the length (character for character, as it mostly does).
  if (text.length !== original.length) return [];
  const tokens = segmentWords(text, { lang: 'zh-Hans' });
  const keys = findChineseNames(text, tokens, readings, isWord, {}, prefixes);
  const out: NameMention[] = [];
  let run: { start: number; end: number; keys: Set<string> } | undefined;
  const close = (): void => {
    if (run && run.keys.size > 0) out.push({ keys: [...run.keys], span: spanOf(version, sentence, run.start, run.end) });
    run = undefined;
  };
  tokens.forEach((token, k) => {
    const mine = (keys[k] ?? []).filter((key) => known.has(key));
    if (mine.length === 0) return close();
    if (run && token.start === run.end) {
      run.end = token.end;
      for (const key of mine) run.keys.add(key);
    } else {
      close();
      run = { start: token.start, end: token.end, keys: new Set(mine) };
    }
  });
  close();
  return out;
}
