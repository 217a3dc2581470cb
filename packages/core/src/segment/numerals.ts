/**
 * Numerals to values: Chinese numerals, positional (三千, 一万二千, 十万八千)
 * or read digit by digit (一九九八), with the loose ranges Chinese writes by
 * naming two neighbouring digits (五六个 = 5–6, 十七八 = 17–18, 一二十 =
 * 10–20); and English number words (twenty-five, three hundred and ten,
 * a million). The readers take one run of numeral characters or words and
 * say what value it has, or that it is not a numeral (一五一十, 七零八落 are
 * idioms, not numbers); finding runs in a sentence is `quantities.ts`.
 */

/** A value, or a loose range of values (五六 = 5–6). */
export interface NumeralValue {
  low: number;
  high: number;
}

/** Chinese digits, Simplified, Traditional and financial forms. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

/** Chinese place values inside a section (十, 百, 千) and section multipliers (万, 亿). */
export const CHINESE_PLACES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
export const CHINESE_SECTIONS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * The value of a run of Chinese numeral characters, or undefined when the run
 * is not one well-formed numeral. Positional numerals are summed section by
 * section (一百四十亿 = 140 × 10⁸); a run of digits alone is read digit by
 * digit (一九九八 = 1998); two neighbouring digits make a range.
 */
export function readChineseNumeral(run: string): NumeralValue | undefined {
  const chars = [...run];
  if (chars.every((c) => c in CHINESE_DIGITS && c !== '两' && c !== '兩')) {
    const digits = chars.map((c) => CHINESE_DIGITS[c]!);
    if (digits.length === 1) return { low: digits[0]!, high: digits[0]! };
    // 五六 = five or six: two digits, the second one more.
    if (digits.length === 2 && digits[1] === digits[0]! + 1 && digits[0] !== 0) return { low: digits[0]!, high: digits[1]! };
    if (digits.length < 3) return undefined;
    const value = Number(digits.join(''));
    return { low: value, high: value };
  }
  let total = [0, 0];
  let section = [0, 0];
  let digit: [number, number] | undefined;
  let afterZero = false;
  let lastPlace = Infinity;
  let lastMultiplier = Infinity;
  for (const c of chars) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      if (digit && !afterZero) {
        // A second digit names a range (十七八, 一二十) only when it is the next one up.
        if (digit[0] !== digit[1] || d !== digit[0] + 1) return undefined;
        digit = [digit[0], d];
      } else digit = [d, d];
      afterZero = d === 0;
      continue;
    }
    const place = CHINESE_PLACES[c];
    if (place !== undefined) {
      if (place >= lastPlace) return undefined;
      const [lo, hi] = digit ?? (section[0] === 0 && total[0] === 0 ? [1, 1] : [undefined, undefined]);
      if (lo === undefined || hi === undefined) return undefined;
      section = [section[0]! + lo * place, section[1]! + hi * place];
      lastPlace = place;
      digit = undefined;
      afterZero = false;
      continue;
    }
    const multiplier = CHINESE_SECTIONS[c];
    if (multiplier === undefined) return undefined;
    const [lo, hi] = digit ?? [0, 0];
    if (section[0] === 0 && lo === 0 && total[0] === 0) return undefined;
    // 一亿二千万: a smaller multiplier scales only its own section; a larger one (十万万) scales all before it.
    total =
      multiplier < lastMultiplier
        ? [total[0]! + (section[0]! + lo) * multiplier, total[1]! + (section[1]! + hi) * multiplier]
        : [(total[0]! + section[0]! + lo) * multiplier, (total[1]! + section[1]! + hi) * multiplier];
    lastMultiplier = multiplier;
    section = [0, 0];
    digit = undefined;
    afterZero = false;
    lastPlace = Infinity;
  }
  const [lo, hi] = digit ?? [0, 0];
  const low = total[0]! + section[0]! + lo;
  const high = total[1]! + section[1]! + hi;
  return low > 0 || run.includes('零') || run.includes('〇') ? { low, high } : undefined;
}

/** English number words and their values. */
export const ENGLISH_ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const ENGLISH_SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 };

/**
 * The value of a run of English number words (`twenty-five`, `three hundred
 * and ten`, `a thousand`), lowercased, separated by spaces or hyphens; or
 * undefined when the words do not make one number.
 */
export function readEnglishNumber(run: string): number | undefined {
  const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  let lastOnes = Infinity;
  for (const [k, word] of words.entries()) {
    if ((word === 'a' || word === 'an') && k === 0) {
      current = 1;
      continue;
    }
    const ones = ENGLISH_ONES[word];
    if (ones !== undefined) {
      // twenty-five adds up; five twenty does not.
      if (current % 100 !== 0 && (lastOnes < 20 || ones >= lastOnes || ones >= 20)) return undefined;
      current += ones;
      lastOnes = ones;
      seen = true;
      continue;
    }
    const scale = ENGLISH_SCALES[word];
    if (scale === undefined) return undefined;
    if (scale === 100 || scale === 12) current = (current || 1) * scale;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    lastOnes = Infinity;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** Month names and their usual abbreviations (Sept.), lowercased, to their number. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((name, k) => [
    [name, k + 1],
    [name.slice(0, 3), k + 1],
    ...(name === 'september' ? [['sept', 9] as const] : []),
  ]),
);
