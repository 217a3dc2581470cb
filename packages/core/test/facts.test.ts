import { describe, expect, it } from 'vitest';
import { compareFacts, compareVersionPair, readDocument, renderCompareText, toReportVersion, type CompareItem, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;
const zh = version(['一九一二年的春天很冷。', '1912年，他第一次来到北京，住了3个月。'], 'zh');
const items: CompareItem[] = [{ type: 'match', source: [1], target: [1], score: 1 }];
const render = (en: Version) => compareFacts(zh, en, items).map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`);

describe('changed numbers across languages', () => {
  it('finds a year changed in the English, comparing values, not units', () => {
    const en = version(['The spring was cold.', 'In 1919 he came to Beijing for the first time and stayed 3 months.'], 'en');
    expect(render(en)).toEqual(['different-number: 1912年 → 1919']);
  });

  it('finds nothing when the numbers agree (1912 / 1912年, 3 / 3个)', () => {
    const en = version(['The spring was cold.', 'In 1912 he came to Beijing for the first time and stayed 3 months.'], 'en');
    expect(render(en)).toEqual([]);
  });
});

describe('changed numbers between two Chinese versions', () => {
  it('reports a changed year followed by 来到 and a changed amount (1998年 → 1999年, 三千元 → 五千元)', () => {
    const a = version(['第一句话。', '他在1998年来到北京，带了三千元。'], 'a');
    const b = version(['第一句话。', '他在1999年来到北京，带了五千元。'], 'b');
    expect(compareVersionPair([a, b], 0, 1).facts.map((f) => `${f.source.text} → ${f.target.text}`)).toEqual(['1998年 → 1999年', '三千元 → 五千元']);
  });
});

describe('changed numbers paired one for one within a unit', () => {
  const unit = (zhLines: string[], enLines: string[]) =>
    compareFacts(version(enLines, 'en'), version(zhLines, 'zh'), [{ type: 'match', source: enLines.map((_, k) => k), target: zhLines.map((_, k) => k), score: 1 }]).map(
      (f) => `${f.source.text} → ${f.target.text}`,
    );

  it('sets the changed value against the source value nearest it, and a measurement only against a measurement', () => {
    // The published Three-Body Problem: 七个数量级 / five orders of magnitude; 7cm / seven-centimeter agree; 3K has no counterpart.
    const zhText = ['他们用发现3K背景辐射的天线做成眼镜，将波长压缩七个数量级，将7cm波转换成红光。'];
    const enText = ['The glasses compress the radiation by five orders of magnitude so that seven-centimeter waves are turned into red light.'];
    expect(unit(zhText, enText)).toEqual(['five → 七个']);
  });

  it('takes a rounded decimal for the same measurement (2.7255 K / 2.726K), not a different one', () => {
    expect(unit(['数值是2.726K。'], ['The value is 2.7255 K.'])).toEqual([]);
    expect(unit(['数值是2.726K。'], ['The value is 2.725 K.'])).toEqual(['2.725 → 2.726']);
  });

  it('finds a value stated once more than the source states it, when another of the same counter is gone', () => {
    expect(unit(['他们来了三千人。', '后来又来了三千人。'], ['Three thousand people came.', 'Later five thousand more came.'])).toEqual(['five thousand → 三千人']);
  });
});

describe('changed numbers written as Chinese numerals, words and dates', () => {
  const zhFacts = version(['二〇一四年六月六日，北京。', '一九九八年，这家工厂有三千名工人。'], 'zh');
  const factsOf = (en: Version) => compareFacts(zhFacts, en, [0, 1].map((k) => ({ type: 'match', source: [k], target: [k], score: 1 }) as CompareItem)).map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`);

  it('finds 1998 → 1999 across languages, leaving the same number in other forms alone (三千, 3,000)', () => {
    const en = version(['Beijing, June 6, 2014.', 'In 1999 the factory had 3,000 workers.'], 'en');
    expect(factsOf(en)).toEqual(['different-number: 一九九八年 → 1999']);
  });

  it('reports nothing when every quantity agrees in another form (three thousand, 6 June 2014)', () => {
    const en = version(['Beijing, 6 June 2014.', 'In 1998 the factory had three thousand workers.'], 'en');
    expect(factsOf(en)).toEqual([]);
  });

  it('reports a changed date and a changed number in words', () => {
    const en = version(['Beijing, June 9, 2014.', 'In 1998 the factory had five thousand workers.'], 'en');
    expect(factsOf(en)).toEqual(['different-number: 二〇一四年六月六日 → June 9, 2014', 'different-number: 三千名 → five thousand']);
  });
});

describe('compare on a short Chinese text without headings and its summary', () => {
  // The summary drops two sentences and changes 1998 → 1989 and 三千 → 五千 (issue 10).
  const text = ['这家工厂建于1998年，位于城市的东边。', '当时工厂只有三千名工人，大多来自附近的村庄。', '厂长姓王，是一个很严格的人。', '每天早上七点，工人们准时上班。', '工厂主要生产自行车和缝纫机。', '后来，工厂的产品卖到了全国各地。'];
  const summary = ['这家工厂建于1989年，位于城市的东边。', '当时工厂只有五千名工人，大多来自附近的村庄。', '每天早上七点，工人们准时上班。', '后来，工厂的产品卖到了全国各地。'];

  it('reports both changed numbers, the Chinese numerals too', () => {
    const pair = compareVersionPair([version(text, 'zh.txt'), version(summary, 'zh-summary.txt')], 0, 1);
    expect(pair.facts.map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`)).toEqual(['different-number: 1998年 → 1989年', 'different-number: 三千名 → 五千名']);
    expect(pair.items.filter((i) => i.type === 'omission').map((i) => i.source)).toEqual([[2], [4]]);
    // The whole text is one region, and the text report lists both omissions, as sure ones, with the facts.
    expect(pair.regions).toHaveLength(1);
    const versions = [version(text, 'zh.txt'), version(summary, 'zh-summary.txt')].map(toReportVersion);
    const report = renderCompareText({ kind: 'compare', versions, pairs: [pair] });
    expect(report).toContain('Omitted (2)\n  zh.txt #2: 厂长姓王，是一个很严格的人。 (confidence 0.99)\n  zh.txt #4: 工厂主要生产自行车和缝纫机。 (confidence 0.99)');
    expect(report).toContain('Changed facts (2)');
    expect(report).not.toContain('less sure');
  });
});

describe('a factor against a count', () => {
  const source = version(['工程师总是低估时间。', '一个最接近的类比案例，可能是自动驾驶。'], 'zh');
  const factsOf = (summary: string) => compareFacts(source, version([summary], 'zh-summary'), [{ type: 'match', source: [1], target: [0], score: 1 }]).map((f) => `${f.kind}: ${f.source.text} → ${f.target.text}`);

  it('is no rival: 延长2-3倍 is not a changed 一个 (a factor, not a count)', () => {
    expect(factsOf('需将预测时间延长2-3倍（如自动驾驶的案例）。')).toEqual([]);
  });

  it('still sets a count against a count (两个 against 一个)', () => {
    expect(factsOf('两个最接近的类比案例是自动驾驶。')).toEqual(['different-number: 一个 → 两个']);
  });
});
