import { beforeAll, describe, expect, it } from 'vitest';
import { alignPair, compareVersionPair, loadDictionary, readDocument, type Dictionary, type PairReport, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

// One long Chinese sentence (the sixth) that the translator renders as five English sentences; the rest are 1-1.
const ZH = [
  '我们的村子在一座大山的下面。',
  '村子东边有一条很宽的河。',
  '夏天的时候，孩子们常常在河里游泳。',
  '我的父亲是村里的老师。',
  '他每天都要走很远的路去学校。',
  '那天早上，父亲很早就起床了，他先到河边打了两桶水，然后把院子里的落叶扫干净，又给母亲煮了一锅小米粥，最后才背着书包送我去学校。',
  '学校里只有一间教室和二十个学生。',
  '冬天的教室非常冷。',
  '父亲总是先生好火炉，再开始上课。',
  '学生们都很喜欢他。',
  '后来我也成了一名老师。',
];
const EN = [
  'Our village lies at the foot of a big mountain.',
  'To the east of the village there is a wide river.',
  'In summer the children often swim in the river.',
  'My father is the teacher of the village.',
  'Every day he has to walk a long way to the school.',
  'That morning my father got up very early.',
  'He first went to the river and fetched two buckets of water.',
  'Then he swept the fallen leaves in the yard clean.',
  'He also cooked a pot of millet porridge for my mother.',
  'Only then did he carry my schoolbag and take me to school.',
  'The school has only one classroom and twenty students.',
  'In winter the classroom is very cold.',
  'Father always lights the stove first and then begins the lesson.',
  'The students all like him very much.',
  'Later I too became a teacher.',
];
const LONG = 5;
const MANY = [5, 6, 7, 8, 9];

/** English sentences that some omission or addition of `pair` names (English is the first version). */
function unpairedEnglish(pair: PairReport): number[] {
  const found: number[] = [];
  for (const item of pair.items) {
    if (item.type === 'omission' && pair.source === 0) found.push(...item.source);
    if (item.type === 'addition' && pair.target === 0) found.push(...item.target);
  }
  return found.sort((x, y) => x - y);
}

describe('one sentence translated by many', () => {
  let dictionary: Dictionary;
  beforeAll(async () => {
    dictionary = await loadDictionary();
  });

  it('aligns one long Chinese sentence with its five English sentences as one bead', () => {
    const alignment = alignPair(version(ZH, 'zh'), version(EN, 'en'), { dictionary });
    const bead = alignment.beads.find((b) => b.a.includes(LONG))!;
    expect(bead.b).toEqual(MANY);
  });

  it('reports no omission or addition for them in compare, and the five are one match with the long sentence', () => {
    const pair = compareVersionPair([version(EN, 'en'), version(ZH, 'zh')], 0, 1, { dictionary });
    expect(pair.verdict).toBe('parallel');
    expect(pair.items.filter((i) => i.type === 'omission' || i.type === 'addition')).toEqual([]);
    const match = pair.items.find((i) => i.type === 'match' && (pair.source === 1 ? i.source : i.target).includes(LONG))!;
    expect(match.type === 'match' && (pair.source === 0 ? match.source : match.target)).toEqual(MANY);
  });

  it('still reports a truly untranslated English sentence between two 1-1 beads', () => {
    // "The old roof leaked whenever it rained." has no Chinese: it sits between the cold classroom and the stove.
    const en = [...EN.slice(0, 12), 'The old roof leaked whenever it rained.', ...EN.slice(12)];
    const pair = compareVersionPair([version(en, 'en'), version(ZH, 'zh')], 0, 1, { dictionary });
    expect(unpairedEnglish(pair)).toEqual([12]);
  });
});
