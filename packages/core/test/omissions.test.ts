import { describe, expect, it } from 'vitest';
import { compareVersionPair, readDocument, type Version } from '../src/index.js';

const SENTENCES = [
  '清晨的码头上停着三条渔船。',
  '老渔夫把破旧的网铺在石阶上晾晒。',
  '孩子们追着海鸥一路跑到灯塔下面。',
  '灯塔的看守人每天傍晚擦亮巨大的透镜。',
  '集市里卖咸鱼的妇人高声吆喝着价钱。',
  '一场暴风雨在午后突然从东边压了过来。',
  '渔民们慌忙收起晾晒的渔网和竹筐。',
  '雷声中村口那棵老榕树断了一根粗枝。',
  '邮递员骑着自行车冒雨送来一封电报。',
  '电报上说远洋货轮将推迟两个星期靠岸。',
  '夜里风停了，月亮照着湿漉漉的屋顶。',
  '第二天早上人们在沙滩上捡到许多贝壳。',
];
const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

describe('omissions, additions and moves of a parallel pair', () => {
  // Same sentences, sentence 4 left out and sentence 9 moved to the front: the source stays longer.
  const source = version([...SENTENCES, '渔村又恢复了往日的平静。'], 'source');
  const target = version([SENTENCES[9]!, ...SENTENCES.filter((_, k) => k !== 4 && k !== 9), '渔村又恢复了往日的平静。'], 'target');
  const pair = compareVersionPair([source, target], 0, 1);

  it('judges the pair parallel on a monotone alignment', () => {
    expect(pair.verdict).toBe('parallel');
    expect(pair.evidence.basis).toBe('alignment');
  });

  it('reports the left-out sentence as an omission, quoting its first words', () => {
    const omissions = pair.items.filter((i) => i.type === 'omission');
    expect(omissions.map((i) => i.source)).toEqual([[4]]);
    expect(omissions[0]!.type === 'omission' && omissions[0]!.firstWords).toBe('集市里卖咸鱼的妇人高声吆喝着价钱。');
  });

  it('reports the moved sentence as moved, not as an omission plus an addition', () => {
    const moved = pair.items.filter((i) => i.type === 'moved');
    expect(moved.map((i) => [i.source, i.target])).toEqual([[[9], [0]]]);
    expect(pair.items.some((i) => i.type === 'addition')).toBe(false);
  });
});
