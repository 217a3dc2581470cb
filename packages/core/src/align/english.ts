/**
 * English words for lexical matching: lowercased, function words dropped,
 * and reduced to a stem by a light suffix stripper, so `walked`, `walking`
 * and `walks` meet the dictionary's `walk`. A full Porter (1980) stemmer is
 * not needed: both sides of every comparison go through the same function,
 * so a stem only has to be consistent, not a real word.
 */

/** Function words that carry no translation evidence (they match almost anything). */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for with from into onto ' +
    'upon about as is are was were be been being am do does did done have has had having i me my mine we us our ours you your ' +
    'yours he him his she her hers it its they them their theirs what which who whom whose when where why how all any both each ' +
    'few more most other some such no not only own same too very s t can will just should would could may might must shall ' +
    'ones also again further once oh ah eh o let lets'
  ).split(' '),
);

/** Irregular forms whose stems the suffix rules cannot reach. */
const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', people: 'person',
  saw: 'see', seen: 'see', took: 'take', taken: 'take', gave: 'give', given: 'give', knew: 'know', known: 'know',
  thought: 'think', brought: 'bring', bought: 'buy', caught: 'catch', taught: 'teach', fought: 'fight', sought: 'seek',
  felt: 'feel', left: 'leave', kept: 'keep', slept: 'sleep', met: 'meet', ran: 'run', sat: 'sit', stood: 'stand',
  spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', ate: 'eat', eaten: 'eat', drank: 'drink',
  began: 'begin', begun: 'begin', became: 'become', found: 'find', held: 'hold', heard: 'hear', lost: 'lose',
  made: 'make', meant: 'mean', paid: 'pay', sent: 'send', spent: 'spend', struck: 'strike', threw: 'throw',
  thrown: 'throw', wore: 'wear', worn: 'wear', won: 'win', fell: 'fall', fallen: 'fall', flew: 'fly', grew: 'grow',
  drew: 'draw', drawn: 'draw', rode: 'ride', rose: 'rise', risen: 'rise', shook: 'shake', sang: 'sing', stole: 'steal',
  led: 'lead', fled: 'flee', hid: 'hide', hidden: 'hide', killed: 'kill', died: 'die', dead: 'die', death: 'die',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', lay: 'lie', laid: 'lay', dug: 'dig', bit: 'bite',
};

/**
 * Suffixes `stemEnglish` strips, the first that ends a word, in this order. Constant lists read by index:
 * each distinct word of a book is stemmed once, mostly before the optimizing compiler has run,
 * where a for-of over an array literal builds the array and calls an iterator per suffix.
 */
const INFLECTIONS = ['ingly', 'edly', 'ing', 'ed'];
const DERIVATIONS = ['fulness', 'ousness', 'iveness', 'ness', 'ment', 'ful', 'less', 'ly', 'ation', 'tion', 'ity', 'ous', 'ive', 'er', 'est', 'al'];

/** The stem of a lowercased word: irregular forms, then common inflectional and derivational suffixes. */
export function stemEnglish(word: string): string {
  // Own properties only: `constructor` and `toString` are words too, not Object's.
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) return irregular;
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (let k = 0; k < INFLECTIONS.length; k++) {
    const suffix = INFLECTIONS[k]!;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // Undo consonant doubling (stopped → stopp → stop) and restore a dropped e approximately by dropping it everywhere.
      if (/([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  for (let k = 0; k < DERIVATIONS.length; k++) {
    const suffix = DERIVATIONS[k]!;
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = w.slice(0, -1) + 'i';
  return w;
}

/** Stems already computed: dictionary building stems the same few thousand words again and again. */
const STEMS = new Map<string, string>();

function stemCached(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemEnglish(word);
    if (STEMS.size < 200_000) STEMS.set(word, stem);
  }
  return stem;
}

const WORD = /\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{Nd}]+(?:['’.-][\p{L}\p{Nd}]+)*/gu;
/** `WORD` for lowercased ASCII text (`isAscii`), where it matches the same: without the u flag it runs 3–4 times faster (most English text is ASCII). */
const ASCII_WORD = /\d+(?:[.,]\d+)*|[a-z\d]+(?:['’.-][a-z\d]+)*/g;

/**
 * Whether `text` reads as ASCII: all ASCII, or with only dashes and
 * quotation marks beside it (– — ‘ ’ “ ”), which NFKC keeps, no case folds,
 * and no pattern here takes for a letter or a digit (’ joins words as '
 * does, in the ASCII patterns too). Then NFKC leaves the text as it is, and
 * the ASCII forms of the patterns (without the u flag, several times faster,
 * and never compiled in a worker that meets no other text) match the same.
 * Most English text does: curly quotes and dashes are most of the rest.
 */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

const NON_ASCII = /[^\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]/;

/** Whether a lowercased word is an English function word. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * The content-word stems of one word as `WORD` matches it (lowercased):
 * a number as it is without commas, else the stems of its hyphenated parts,
 * contractions and function words dropped.
 */
function stemsOfWord(match: string): readonly string[] {
  // Each pattern only where its character is (most words have none): a word is stemmed once, but cold.
  let word = match.includes('’') ? match.replace(/’/g, "'") : match;
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return [word.replace(/,/g, '')];
  if (word.includes("'")) word = word.replace(/'(?:s|d|ll|re|ve|m|t)$/, '').replace(/n't$/, '');
  if (word.length < 2 || STOPWORDS.has(word)) return [];
  if (!word.includes('-')) return [stemCached(word)];
  const out: string[] = [];
  for (const part of word.split('-')) {
    if (part.length >= 2 && !STOPWORDS.has(part)) out.push(stemCached(part));
  }
  return out;
}

/**
 * `stemsOfWord` of words already seen. A book repeats a few thousand words,
 * so each is cleaned, split and stemmed once: this was most of the English
 * side's CPU time in aligning, and its garbage (issue 13).
 */
const WORD_STEMS = new Map<string, readonly string[]>();

/**
 * The content-word stems of an English text, in order. Numbers are kept as
 * they are (commas dropped) so they can anchor against digits in Chinese.
 */
export function tokenizeEnglish(text: string): string[] {
  const out: string[] = [];
  // NFKC only when needed: it is the slowest step and most text is already ASCII.
  const ascii = isAscii(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase();
  // match() gives the words alone, without an object per match as matchAll() would. Indexed loops, not for-of:
  // a worker tokenizes a book once, mostly before the optimizing compiler has run, and an unoptimized for-of calls an iterator per item.
  const words = lower.match(ascii ? ASCII_WORD : WORD) ?? [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let stems = WORD_STEMS.get(word);
    if (stems === undefined) {
      stems = stemsOfWord(word);
      if (WORD_STEMS.size < 200_000) WORD_STEMS.set(word, stems);
    }
    for (let s = 0; s < stems.length; s++) out.push(stems[s]!);
  }
  return out;
}
