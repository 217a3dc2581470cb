import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mapSpan, type OffsetMap } from '../src/normalize/offset-map.js';
import { toSimplified, toTraditional, type TraditionalStandard } from '../src/normalize/script.js';

const CORPUS = join(import.meta.dirname, '../../../corpus/schulman-2025');
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(join(CORPUS, f), 'utf8') }));
const STANDARDS: TraditionalStandard[] = ['twp', 'tw', 'hk', 't'];

/** The source text of every piece, with its output: `程式碼→代码`. */
function units(source: string, out: string, map: OffsetMap): string[] {
  return map.map(([s, e, ss, se]) => (e - s === se - ss ? out.slice(s, e) : `${source.slice(ss, se)}→${out.slice(s, e)}`));
}

/** The map is a tiling of the output whose sources tile the input, in order. */
function expectTiling(input: string, out: string, map: OffsetMap): void {
  let pos = 0;
  let src = 0;
  for (const [s, e, ss, se] of map) {
    expect([s, ss]).toEqual([pos, src]);
    expect(e).toBeGreaterThan(s);
    expect(se).toBeGreaterThan(ss);
    pos = e;
    src = se;
  }
  expect([pos, src]).toEqual([out.length, input.length]);
  expect(mapSpan(map, 0, out.length)).toEqual({ start: 0, end: input.length });
}

const isLow = (s: string, i: number): boolean => i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00;

describe('toSimplified', () => {
  it('converts Taiwan phrases by default, characters only with from tw/hk/t', () => {
    expect(toSimplified('軟體、滑鼠與程式碼').text).toBe('软件、鼠标与代码');
    expect(toSimplified('軟體、滑鼠與程式碼', { from: 'twp' }).text).toBe('软件、鼠标与代码');
    expect(toSimplified('軟體、滑鼠與程式碼', { from: 'tw' }).text).toBe('软体、滑鼠与程式码');
    expect(toSimplified('裏面的衞生', { from: 'hk' }).text).toBe('里面的卫生');
    expect(toSimplified('頭髮乾燥', { from: 't' }).text).toBe('头发干燥');
    expect(() => toSimplified('x', { from: 'jp' as TraditionalStandard })).toThrow(/unknown Traditional standard "jp"/);
  });

  it('converts each phrase segment on its own, as OpenCC does', () => {
    // 不瞭解 is a segmentation phrase, so 解析度→分辨率 cannot match across its end.
    expect(toSimplified('不瞭解析度').text).toBe('不了解析度');
    expect(toSimplified('解析度').text).toBe('分辨率');
    expect(OpenCC.Converter({ from: 'twp', to: 'cn' })('不瞭解析度')).toBe('不了解析度');
  });

  it('maps a shrinking phrase back to the whole source phrase', () => {
    const input = '寫程式碼吧';
    const { text, map } = toSimplified(input);
    expect(text).toBe('写代码吧');
    expect(units(input, text, map)).toEqual(['写', '程式碼→代码', '吧']);
    expect(mapSpan(map, 1, 2)).toEqual({ start: 1, end: 4 }); // 代 alone still points at 程式碼
    expect(mapSpan(map, 3, 4)).toEqual({ start: 4, end: 5 });
  });

  it('maps a growing phrase back to the whole source phrase', () => {
    const input = '卡達與厄瓜多的使用者';
    const { text, map } = toSimplified(input);
    expect(text).toBe('卡塔尔与厄瓜多尔的用户');
    expect(units(input, text, map)).toEqual(['卡達→卡塔尔', '与', '厄瓜多→厄瓜多尔', '的', '使用者→用户']);
    expect(mapSpan(map, 4, 8)).toEqual({ start: 3, end: 6 });
  });

  it('keeps astral characters whole: astral→BMP, BMP→astral, astral→astral', () => {
    // U+2F800 丽 is a CJK compatibility ideograph normalized to U+4E3D 丽; 㗲 simplifies to 𠵾; 𠁞 to 𠀾.
    const input = '\u{2F800}國㗲😀𠁞體';
    const { text, map } = toSimplified(input, { from: 't' });
    expect(text).toBe('\u4E3D国𠵾😀𠀾体');
    expect(units(input, text, map)).toEqual(['\u{2F800}→\u4E3D', '国', '㗲→𠵾', '😀𠀾体']);
    expectTiling(input, text, map);
  });

  // OpenCC's own test tables (test/testcases: tw2sp, tw2s, hk2s), lines and the phrases in them, read by hand.
  const published: Record<'twp' | 'tw' | 'hk', [string, string][]> = {
    twp: [
      ['滑鼠裡面的矽二極體壞了，導致游標解析度降低。', '鼠标里面的硅二极管坏了，导致光标分辨率降低。'],
      ['我們在寮國的伺服器的硬碟需要使用網際網路演算法軟體解決非同步的問題。', '我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。'],
      ['為什麼你在床裡面睡著？', '为什么你在床里面睡着？'],
      ['香菸（英語：Cigarette），為菸草製品的一種。滑鼠是一種很常見及常用的電腦輸入裝置。', '香烟（英语：Cigarette），为烟草制品的一种。鼠标是一种很常见及常用的电脑输入设备。'],
      ['海內存知己，天涯若比鄰。', '海内存知己，天涯若比邻。'],
      ['軟體', '软件'],
      ['程式碼', '代码'],
      ['使用者', '用户'],
      ['主機板', '主板'],
      ['位元組', '字节'],
      ['光碟機', '光驱'],
      ['資料庫', '数据库'],
      ['印表機', '打印机'],
      ['寮國', '老挝'],
      ['伺服器', '服务器'],
      ['硬碟', '硬盘'],
      ['非同步', '异步'],
      ['演算法', '算法'],
      ['游標', '光标'],
      ['解析度', '分辨率'],
      ['二極體', '二极管'],
      ['記憶體', '内存'],
      ['螢幕', '屏幕'],
      ['部落格', '博客'],
      ['簡訊', '短信'],
    ],
    tw: [
      ['虛偽歎息', '虚伪叹息'],
      ['潮溼竈臺', '潮湿灶台'],
      ['讚歎沙河涌洶湧的波浪', '赞叹沙河涌汹涌的波浪'],
      ['為什麼你在床裡面睡著？', '为什么你在床里面睡着？'],
      ['滑鼠裡面的矽二極體壞了', '滑鼠里面的矽二极体坏了'],
      ['香菸（英語：Cigarette），為菸草製品的一種。', '香烟（英语：Cigarette），为烟草制品的一种。'],
      ['軟體', '软体'],
      ['網際網路', '网际网路'],
      ['伺服器', '伺服器'],
      ['著名', '著名'],
      ['乾燥', '干燥'],
      ['乾隆', '乾隆'],
      ['頭髮', '头发'],
      ['發展', '发展'],
      ['後面', '后面'],
      ['皇后', '皇后'],
      ['麵條', '面条'],
      ['瞭解', '了解'],
      ['一目瞭然', '一目了然'],
      ['程式碼', '程式码'],
    ],
    hk: [
      ['虛偽嘆息', '虚伪叹息'],
      ['潮濕灶台', '潮湿灶台'],
      ['讚歎沙河涌洶湧的波浪', '赞叹沙河涌汹涌的波浪'],
      ['香煙（英語：Cigarette），為煙草製品的一種。', '香烟（英语：Cigarette），为烟草制品的一种。'],
      ['滑鼠是一種很常見及常用的電腦輸入設備', '滑鼠是一种很常见及常用的电脑输入设备'],
      ['裏面', '里面'],
      ['衞生', '卫生'],
      ['綫', '线'],
      ['僞', '伪'],
      ['麪', '面'],
      ['啓', '启'],
      ['爲', '为'],
      ['峯', '峰'],
      ['戶口', '户口'],
      ['悅', '悦'],
      ['溫', '温'],
      ['說', '说'],
      ['脫', '脱'],
      ['着', '着'],
      ['喫', '吃'],
    ],
  };
  for (const [from, cases] of Object.entries(published) as ['twp' | 'tw' | 'hk', [string, string][]][]) {
    const config = { twp: 'tw2sp', tw: 'tw2s', hk: 'hk2s' }[from];
    it(`matches OpenCC's ${config} test cases (${cases.length})`, () => {
      expect(cases.map(([input]) => [input, toSimplified(input, { from }).text])).toEqual(cases);
    });
  }

  for (const from of STANDARDS) {
    it(`equals opencc-js Converter({from: '${from}', to: 'cn'}) on every corpus file`, () => {
      const convert = OpenCC.Converter({ from, to: 'cn' });
      for (const { file, text } of corpus) {
        const result = toSimplified(text, { from });
        expect(result.text, file).toBe(convert(text));
        expectTiling(text, result.text, result.map);
      }
    });
  }

  it('equals opencc-js on random strings of any code points and lone surrogates', () => {
    const converters = STANDARDS.map((from) => [from, OpenCC.Converter({ from, to: 'cn' })] as const);
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        for (const [from, convert] of converters) expect(toSimplified(s, { from }).text).toBe(convert(s));
      }),
      { numRuns: 300 },
    );
  });

  // Fragments that exercise phrases (which shrink and grow), Traditional characters, CJK
  // compatibility ideographs, astral characters and ideographic description sequences.
  const fragment = fc.constantFrom(
    '軟體', '滑鼠', '程式碼', '使用者', '卡達', '厄瓜多', 'SQL隱碼攻擊', '乙太網路', '乾隆', '乾燥', '一目瞭然',
    '體', '裡', '為', '著', '們', '麼', '髮', '後', '裏', '衞', '國', '說',
    '\u{2F800}', '\uF900', '㗲', '𠁞', '𠀀', '😀', '⿰訁吾', '⿱',
    'a', 'Z', '7', ' ', ',', '，', '。', '\n', '文', '字',
  );
  const mixed = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

  it('equals opencc-js on random mixed strings', () => {
    const converters = STANDARDS.map((from) => [from, OpenCC.Converter({ from, to: 'cn' })] as const);
    fc.assert(
      fc.property(mixed, (s) => {
        for (const [from, convert] of converters) expect(toSimplified(s, { from }).text).toBe(convert(s));
      }),
      { numRuns: 500 },
    );
  });

  it('maps: tiles the output, covers the input, never splits a surrogate pair', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...STANDARDS), (s, from) => {
        const { text, map } = toSimplified(s, { from });
        expectTiling(s, text, map);
        for (const [start, end, srcStart, srcEnd] of map) {
          for (const at of [start, end]) expect(isLow(text, at)).toBe(false);
          for (const at of [srcStart, srcEnd]) expect(isLow(s, at)).toBe(false);
        }
        for (let i = 0; i <= text.length; i++) {
          if (isLow(text, i)) continue;
          const span = mapSpan(map, i, text.length);
          expect(isLow(s, span.start)).toBe(false);
          expect(isLow(s, mapSpan(map, 0, i).end)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps: every replaced unit converts alone to its output', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...STANDARDS), (s, from) => {
        const { text, map } = toSimplified(s, { from });
        for (const [start, end, srcStart, srcEnd] of map) {
          if (end - start === srcEnd - srcStart) continue;
          expect(toSimplified(s.slice(srcStart, srcEnd), { from }).text).toBe(text.slice(start, end));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('toTraditional', () => {
  it('converts Simplified to Taiwan Traditional by default, and to each standard', () => {
    expect(toTraditional('软件里的头发').text).toBe('軟件裡的頭髮');
    expect(toTraditional('鼠标和软件', { to: 'twp' }).text).toBe('滑鼠和軟體');
    expect(toTraditional('里面的卫生', { to: 'hk' }).text).toBe('裏面的衞生');
  });

  it('maps a growing phrase back to its source', () => {
    const input = '写代码吧';
    const { text, map } = toTraditional(input, { to: 'twp' });
    expect(text).toBe('寫程式碼吧');
    expect(units(input, text, map)).toEqual(['寫', '代码→程式碼', '吧']);
  });

  for (const to of STANDARDS) {
    it(`equals opencc-js Converter({from: 'cn', to: '${to}'}) on every corpus file`, () => {
      const convert = OpenCC.Converter({ from: 'cn', to });
      for (const { file, text } of corpus) {
        const result = toTraditional(text, { to });
        expect(result.text, file).toBe(convert(text));
        expectTiling(text, result.text, result.map);
      }
    });
  }
});
