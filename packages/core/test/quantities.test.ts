import { describe, expect, it } from 'vitest';
import { findQuantities, isComparable, isSameQuantity, readChineseNumeral, readEnglishNumber, type Quantity } from '../src/index.js';

/** Each quantity as `kind text=value`, the way a reader checks them. */
const show = (text: string): string[] =>
  findQuantities(text).map((q) => {
    const value = q.date ? `${q.date.year ?? '?'}-${q.date.month ?? '?'}-${q.date.day ?? '?'}` : q.low === q.high ? `${q.low}` : `${q.low}..${q.high}`;
    return `${q.kind} ${q.text}=${value}${q.approx ? '~' : ''}${q.kind === 'money' ? ` ${q.unit}` : ''}`;
  });
const one = (text: string): Quantity => {
  const [q] = findQuantities(text);
  if (!q) throw new Error(`no quantity in ${text}`);
  return q;
};

describe('findQuantities', () => {
  it('reads digits, full-width digits and thousands separators', () => {
    expect(show('共有3,000人，其中１２３人。')).toEqual(['number 3,000=3000', 'number １２３=123']);
    expect(show('It rose to 1,234.5 tons.')).toEqual(['number 1,234.5=1234.5']);
  });

  it('reads Chinese numerals, positional and with digits (三千, 一万二千, 3千, 1.5万)', () => {
    expect(show('三千人')).toEqual(['number 三千=3000']);
    expect(show('一万二千名')).toEqual(['number 一万二千=12000']);
    expect(show('3千人和1.5万人')).toEqual(['number 3千=3000', 'number 1.5万=15000']);
    expect(show('一百四十亿')).toEqual(['number 一百四十亿=14000000000']);
  });

  it('marks loose Chinese numbers (两百多, 五六个, 十七八岁) as approximate', () => {
    expect(show('两百多人')).toEqual(['number 两百=200~']);
    expect(show('五六个人')).toEqual(['number 五六=5..6~']);
    expect(show('十七八岁')).toEqual(['number 十七八=17..18~']);
  });

  it('reads a lone numeral character only before a counter, and no ordinals or idioms', () => {
    expect(show('他买了三本书')).toEqual(['number 三=3']);
    expect(show('一样的东西，万一他来了，第三章，十分好，三心二意')).toEqual([]);
    // 二十两 is twenty taels: 两 is the counter.
    expect(show('二十两银子')).toEqual(['number 二十=20']);
  });

  it('reads English number words (three thousand, twenty-five, a million) but not one as a pronoun', () => {
    expect(show('three thousand people, twenty-five days and a million stars')).toEqual(['number three thousand=3000', 'number twenty-five=25', 'number a million=1000000']);
    expect(show('No one came; one man stayed.')).toEqual(['number one=1']);
    expect(show('two or three men')).toEqual(['number two or three=2..3~']);
  });

  it('reads a number before a unit in a hyphenated word (three-inch) but not an ordinal (twenty-first), and decades as years', () => {
    expect(show('two three-inch lotuses on her twenty-first birthday')).toEqual(['number two=2', 'number three=3']);
    expect(show('Four decades the story spans')).toEqual(['number Four=40']);
  });

  it('marks words that make a number loose (a few hundred, 十几, about)', () => {
    expect(show('a few hundred steps, about 200 people, 十几两银子')).toEqual(['number hundred=100~', 'number 200=200~', 'number 十=10~']);
  });

  it('keeps a year exact before 来 (1998年来到, 1998年来), loose only before 左右', () => {
    expect(show('他在1998年来到北京。1998年来')).toEqual(['year 1998年=1998', 'year 1998年=1998']);
    expect(show('2014年6月左右')).toEqual(['date 2014年6月=2014-6-?~']);
  });

  it('reads years in digits and in Chinese digits (一九九八年)', () => {
    expect(show('In 1998 he left.')).toEqual(['year 1998=1998']);
    expect(show('一九九八年他走了。')).toEqual(['year 一九九八年=1998']);
  });

  it('reads dates in their usual forms, leaving missing parts open', () => {
    for (const text of ['2014年6月6日', 'June 6, 2014', '6 June 2014', '2014-06-06', '二〇一四年六月六日']) expect(show(text)).toEqual([`date ${text}=2014-6-6`]);
    expect(show('6月6日')).toEqual(['date 6月6日=?-6-6']);
  });

  it('reads percentages (5%, 百分之五, five per cent) and money with its currency', () => {
    expect(show('5%，百分之五，five per cent')).toEqual(['percent 5%=5', 'percent 百分之五=5', 'percent five per cent=5']);
    expect(show('¥30，三千元，$5 million，5 dollars')).toEqual(['money ¥30=30 CNY', 'money 三千元=3000 CNY', 'money $5 million=5000000 USD', 'money 5 dollars=5 USD']);
  });

  it('gives offsets into the original text', () => {
    const text = '他说：“２０１４年６月６日，三千人来了。”';
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('isSameQuantity', () => {
  it('holds for one value written differently (三千, 3,000, three thousand)', () => {
    expect(isSameQuantity(one('三千'), one('3,000'))).toBe(true);
    expect(isSameQuantity(one('三千'), one('three thousand'))).toBe(true);
    expect(isSameQuantity(one('三千'), one('五千'))).toBe(false);
  });

  it('holds for dates that agree on every part both give', () => {
    expect(isSameQuantity(one('2014年6月6日'), one('June 6, 2014'))).toBe(true);
    expect(isSameQuantity(one('6月6日'), one('June 6, 2014'))).toBe(true);
    expect(isSameQuantity(one('一九九八年'), one('1999'))).toBe(false);
  });

  it('does not compare a measurement with another unit or a bare number: it may be a conversion (二十英尺 / six metres)', () => {
    expect(isComparable(one('二十英尺'), one('six-meter'))).toBe(false);
    expect(isComparable(one('six-meter'), one('3个'))).toBe(false);
    expect(isComparable(one('二十两'), one('thirty taels'))).toBe(true);
  });

  it('holds for a decimal and the same decimal rounded (2.7255 K / 2.726K), not for another value or an integer', () => {
    expect(isSameQuantity(one('2.7255 K'), one('2.726K'))).toBe(true);
    expect(isSameQuantity(one('3.1'), one('3.14'))).toBe(true);
    expect(isSameQuantity(one('2.725'), one('2.726'))).toBe(false);
    expect(isSameQuantity(one('2.7244'), one('2.726'))).toBe(false);
    expect(isSameQuantity(one('2.7'), one('3'))).toBe(false);
    expect(isSameQuantity(one('1.5万'), one('1.52万'))).toBe(false);
  });

  it('lets loose numbers meet any value of their range, but not exact ranges', () => {
    expect(isSameQuantity(one('五六个'), one('five'))).toBe(true);
    expect(isSameQuantity(one('2到3倍'), one('3倍'))).toBe(false);
  });
});

describe('numerals', () => {
  it('reads Chinese numerals and rejects runs that are not one numeral', () => {
    expect(readChineseNumeral('十万八千')).toEqual({ low: 108000, high: 108000 });
    expect(readChineseNumeral('一亿二千万')).toEqual({ low: 120000000, high: 120000000 });
    expect(readChineseNumeral('一千零五')).toEqual({ low: 1005, high: 1005 });
    expect(readChineseNumeral('一五一十')).toBeUndefined();
  });

  it('reads English number words and rejects words that are not one number', () => {
    expect(readEnglishNumber('three hundred and ten')).toBe(310);
    expect(readEnglishNumber('two million five hundred thousand')).toBe(2500000);
    expect(readEnglishNumber('five twenty')).toBeUndefined();
  });
});
