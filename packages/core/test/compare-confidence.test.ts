import { beforeAll, describe, expect, it } from 'vitest';
import { EN, LONG, MANY, ZH } from './village.js';
import { compareVersionPair, loadDictionary, PARALLEL_MIN_CONFIDENCE, readDocument, renderCompareText, toReportVersion, type CompareReport, type Dictionary, type PairReport, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

// The village story without its long sentence, whose five English sentences go too: ten sentences a side, 1-1.
const zh = ZH.filter((_, k) => k !== LONG);
const en = EN.filter((_, k) => !MANY.includes(k));
// The translation leaves out the stove (7), adds a sentence about the roof, and moves the river (1) to the end.
const translated = [en[0]!, 'The old roof of the school leaked whenever it rained, and the children put buckets under it.', ...en.slice(2, 7), ...en.slice(8), en[1]!];

const kinds = ['omission', 'addition', 'moved'] as const;
const count = (pair: PairReport, type: (typeof kinds)[number]) => pair.items.filter((i) => i.type === type).length;
const heading = { omission: 'Omitted', addition: 'Added', moved: 'Moved' } as const;

/** Per kind, the count in the report's heading, and the confidences listed under it in order. */
function readReport(text: string) {
  const hidden = Number(/(\d+) less sure findings? /.exec(text)?.[1] ?? 0);
  const listed = Object.fromEntries(
    kinds.map((type) => {
      const at = text.indexOf(`${heading[type]} (`);
      const n = Number(/\((\d+)\)/.exec(text.slice(at))![1]);
      const block = text.slice(at).split(/\n\n/)[0]!;
      return [type, { n, confidences: [...block.matchAll(/confidence (\d\.\d+)/g)].map((m) => Number(m[1])) }];
    }),
  );
  return { hidden, listed };
}

describe('a confidence on every finding of a translation', () => {
  let dictionary: Dictionary;
  const versions = [version(zh, 'zh'), version(translated, 'en')];
  const reportOf = (pair: PairReport): CompareReport => ({ kind: 'compare', versions: versions.map(toReportVersion), pairs: [pair] });
  beforeAll(async () => {
    dictionary = await loadDictionary();
  });

  it('rates each omission, addition and move between 0 and 1, and the report keeps the default minimum', () => {
    const pair = compareVersionPair(versions, 0, 1, { dictionary });
    expect(pair.verdict).toBe('parallel');
    expect(pair.minConfidence).toBe(PARALLEL_MIN_CONFIDENCE);
    const confidences = pair.items.flatMap((i) => (i.type === 'match' ? [] : [i.confidence]));
    expect(confidences.length).toBeGreaterThan(0);
    for (const c of confidences) expect(c).toSatisfy((x: unknown) => typeof x === 'number' && x >= 0 && x <= 1);
    // The stove sentence has no English at all: sure enough to be listed.
    const stove = pair.items.find((i) => (i.type === 'addition' && pair.target === 0 && i.target.includes(7)) || (i.type === 'omission' && pair.source === 0 && i.source.includes(7)));
    expect(stove && stove.type !== 'match' ? stove.confidence : 0).toBeGreaterThanOrEqual(PARALLEL_MIN_CONFIDENCE);
  });

  for (const [name, min] of [['the default minimum', undefined], ['no minimum', 0], ['a minimum of 1', 1]] as const) {
    it(`lists in text and Markdown, at ${name}, every finding of the JSON or counts it as less sure, surest first`, () => {
      const pair = compareVersionPair(versions, 0, 1, { dictionary, ...(min === undefined ? {} : { parallel: { minParallelConfidence: min } }) });
      for (const markdown of [false, true]) {
        const { hidden, listed } = readReport(renderCompareText(reportOf(pair), { markdown }));
        expect(kinds.reduce((n, type) => n + listed[type]!.n, 0) + hidden).toBe(kinds.reduce((n, type) => n + count(pair, type), 0));
        for (const type of kinds) {
          expect(listed[type]!.confidences).toHaveLength(listed[type]!.n);
          expect(listed[type]!.confidences).toEqual([...listed[type]!.confidences].sort((x, y) => y - x));
          expect(listed[type]!.confidences.every((c) => c >= (min ?? PARALLEL_MIN_CONFIDENCE))).toBe(true);
        }
        if (min === 0) expect(hidden).toBe(0);
        if (min === 1) expect(hidden).toBe(kinds.reduce((n, type) => n + count(pair, type), 0));
      }
    });
  }

  it('is sure of what a Simplified text leaves out of its own Traditional version', () => {
    // Same script after conversion: the evidence is exact, and the model fitted for it says so.
    const hant = version(['我們的村子在一座大山的下面。', '村子東邊有一條很寬的河。', '我的父親是村裡的老師。', '他每天都要走很遠的路去學校。'], 'hant');
    const hans = version(['我们的村子在一座大山的下面。', '村子东边有一条很宽的河。', '夏天的时候，孩子们常常在河里游泳。', '我的父亲是村里的老师。', '他每天都要走很远的路去学校。'], 'hans');
    const pair = compareVersionPair([hans, hant], 0, 1);
    const omissions = pair.items.filter((i) => i.type === 'omission');
    expect(omissions.map((i) => i.type === 'omission' && [i.source, i.confidence! >= 0.9])).toEqual([[[2], true]]);
  });
});
