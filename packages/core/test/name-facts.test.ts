import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../src/align/dictionary.js';
import { compareNames } from '../src/compare/name-facts.js';
import { readDocument, type CompareItem, type Version } from '../src/index.js';

const dictionary = await loadDictionary();
const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;
/** Names changed between line-by-line versions, each line its own unit. */
const changed = (zh: string[], en: string[]): string[] => {
  const items: CompareItem[] = zh.map((_, k) => ({ type: 'match', source: [k], target: [k], score: 1 }));
  return compareNames(version(zh, 'zh'), version(en, 'en'), items, dictionary).map((f) => `${f.source.text} → ${f.target.text}`);
};

describe('names changed across languages', () => {
  const zh = ['刘老老笑着说话。', '韦小宝走进了北京城。', '刘老老也来了。'];

  it('reports a name the translation changed (刘老老 / Granny Wang, where the rest says Granny Liu)', () => {
    expect(changed(zh, ['Granny Wang laughed as she spoke.', 'Wei Xiaobao walked into Peking.', 'Granny Liu came too.'])).toEqual(['刘 → Wang']);
  });

  it('reports another given name with the same surname (叶文洁 / Ye Zhou, where the rest says Ye Wenjie)', () => {
    expect(changed(['叶文洁笑了。', '叶文洁走了。'], ['Then Ye Zhou laughed.', 'Ye Wenjie left.'])).toEqual(['叶文洁 → Ye Zhou']);
  });

  it('leaves alone a name kept, shortened to its surname, or given for a pronoun', () => {
    expect(changed(zh, ['Granny Liu laughed as she spoke.', 'Wei Xiaobao walked into Peking.', 'Granny Liu came too.'])).toEqual([]);
    expect(changed(['汪淼笑了。', '汪淼走了。'], ['Then Wang laughed.', 'Wang Miao left.'])).toEqual([]);
    expect(changed(['沙瑞山摇摇头。', '沙瑞山笑了。'], ['Then Sha shook his head.', 'Sha Ruishan laughed.'])).toEqual([]);
    expect(changed(['凤姐道：“周姐姐好生坐着。”', '周姐姐笑了。'], ["'Zhou, dear,' said Xi-feng, 'do sit down.'", 'Then Zhou laughed.'])).toEqual([]);
    expect(changed(['他走进了北京城。', '韦小宝笑了。'], ['Wei Xiaobao walked into Peking.', 'Wei Xiaobao laughed.'])).toEqual([]);
  });

  it('does not take a word for the name it happens to spell (背景 "background" / Beijing)', () => {
    expect(changed(['背景很暗。', '他去了北京。'], ['Then Ye looked at the dark background.', 'He went to Beijing.'])).toEqual([]);
  });
});
