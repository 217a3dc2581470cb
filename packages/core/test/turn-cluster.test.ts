import { describe, expect, it } from 'vitest';
import { compareVersions, readDocument, type CompareOptions } from '../src/index.js';
import { findRegions } from '../src/compare/regions.js';
import { binomialTail, findPassages, findTurnClusters, topPositions, type CandidateDraws } from '../src/compare/turn-cluster.js';
import { createRandom } from '../src/random.js';

describe('the pieces of the turn test', () => {
  it('takes a row’s k best positive scores, best first, the earlier of equal ones', () => {
    expect([...topPositions([0.1, 0, 0.5, 0.3, 0.5, 0.2], 3)]).toEqual([2, 4, 3]);
    expect([...topPositions([0, 0.2, 0], 3)]).toEqual([1]);
  });

  it('gives the binomial tail P(X ≥ c)', () => {
    expect(binomialTail(4, 0.5, 4)).toBeCloseTo(1 / 16, 12);
    expect(binomialTail(4, 0.5, 0)).toBe(1);
    expect(binomialTail(3, 0.1, 2)).toBeCloseTo(3 * 0.01 * 0.9 + 0.001, 12);
  });

  it('joins a question’s turn with the answer after it when the unit is an exchange', () => {
    const text = ['主持人：', '你好吗？', '嘉宾：', '我很好。', '主持人：', '再说一点。', '嘉宾：', '好的。'].join('\n');
    const version = readDocument(text, { source: 'dialogue.txt', format: 'lines' }).versions[0]!;
    const regions = findRegions(version);
    expect(regions.map((r) => [r.from, r.to])).toEqual([[0, 2], [2, 4], [4, 6], [6, 8]]);
    // The first turn asks, so its answer joins it; the second host turn does not ask, so it stands alone.
    expect(findPassages(regions, version.sentences, 'exchange')).toEqual([{ from: 0, to: 4 }, { from: 4, to: 6 }, { from: 6, to: 8 }]);
    expect(findPassages(regions, version.sentences, 'turn')).toHaveLength(4);
  });

  it('finds the passage a line’s candidates gather in beyond chance, and none for candidates scattered as chance scatters them', () => {
    // Ten passages of ten sentences; chance candidates fall anywhere.
    const passages = Array.from({ length: 10 }, (_, p) => ({ from: p * 10, to: p * 10 + 10 }));
    const next = createRandom(5);
    const scattered = (): Int32Array => Int32Array.from({ length: 8 }, () => Math.floor(next() * 100));
    const draws: CandidateDraws = {
      real: [Int32Array.from([31, 34, 77, 38, 33, 12, 36, 58]), Int32Array.from([3, 14, 25, 36, 47, 58, 69, 80])],
      chance: Array.from({ length: 50 }, () => [scattered(), scattered()]),
    };
    const [gathered, spread] = findTurnClusters(draws, passages, Array.from({ length: 100 }, () => true), { k: 8, alpha: 0.01 });
    expect(gathered!.passage).toBe(3);
    expect(gathered!.p).toBeLessThanOrEqual(0.01);
    expect(spread!.passage).toBe(-1);
  });
});

/**
 * A dialogue of twelve exchanges, each on a topic of its own words, and a summary whose lines restate exchanges in
 * order; one line condenses exchange 10 out of order, taking one word from each of its answer's sentences (none of
 * which alone shares enough with it), and one line takes one word each from five exchanges.
 */
const CHARS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海江湖风雨雷电云雾霜雪花草树林竹松梅兰菊桃李杏柳杨桑麻稻麦豆瓜果蔬鱼虾蟹贝龟蛇龙虎豹狼熊鹿马牛羊猪狗鸡鸭鹅鸟雀燕鹰鹤凤蝶蜂蚁蚕桥塔楼阁亭台殿堂门窗墙瓦砖石铜铁银锡铅玉珠宝镜灯烛笔墨纸砚琴棋书画诗词歌赋';
/** A topic's own words: its character, then one of the rest. */
const word = (topic: number, k: number): string => CHARS[topic]! + CHARS[12 + ((topic * 21 + k) % (CHARS.length - 12))]!;
const answer = (topic: number): string[] => Array.from({ length: 5 }, (_, s) => `我们觉得${word(topic, s)}和${word(topic, s + 5)}以及${word(topic, s + 10)}都很要紧。`);

function dialogue(): string {
  const out: string[] = [];
  for (let topic = 0; topic < 12; topic++) out.push('主持人：', `你怎么看${word(topic, 20)}的问题？`, '嘉宾：', ...answer(topic));
  return out.join('\n');
}

function summary(): string {
  const restate = (topic: number): string => answer(topic)[0]!;
  const condensed = `另外谈到${[0, 1, 2, 3, 4].map((s) => word(10, s)).join('、')}。`;
  const scattered = `还有${[1, 3, 5, 7, 8].map((topic) => word(topic, 12)).join('、')}。`;
  return [restate(0), restate(1), condensed, restate(2), restate(3), restate(4), scattered, restate(5), restate(6), restate(7), restate(8)].join('\n');
}

describe('a line whose candidates gather in one exchange (compare)', () => {
  const source = readDocument(dialogue(), { source: 'dialogue.txt', format: 'lines' }).versions[0]!;
  const target = readDocument(summary(), { source: 'summary.txt', format: 'lines' }).versions[0]!;
  const run = (alpha: number) => {
    const options: CompareOptions = { omissions: { summary: { turns: { alpha, k: 8 } } } };
    const pair = compareVersions([source, target], options).pairs[0]!;
    // Exchange 10: sentences 80-87 (host, question, guest, five answers).
    const region10 = pair.regions!.find((r) => r.from <= 85 && r.to > 85)!;
    const added = (t: number): boolean => pair.items.some((i) => i.type === 'addition' && i.target.includes(t));
    return { pair, region10, added };
  };

  it('covers the exchange the condensed line rests on, and leaves the scattered line an addition', () => {
    const off = run(0);
    expect(off.added(2)).toBe(true);
    expect(off.region10.status).toBe('omitted');
    const on = run(0.05);
    expect(on.added(2)).toBe(false);
    expect(on.region10.status).not.toBe('omitted');
    expect(on.pair.support!.find((s) => s.target === 2)!.sources.every((s) => s.sentence >= 80 && s.sentence < 88)).toBe(true);
    expect(on.added(6)).toBe(true);
  });
});
