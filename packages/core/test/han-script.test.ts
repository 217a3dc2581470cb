import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY, classifyHan } from '../src/ingest/han-script.js';

/** Every code point from CJK Radicals Supplement to CJK Extension H, surrogates aside. */
function hanBlockCodePoints(): number[] {
  const codes: number[] = [];
  for (let c = 0x2e80; c <= 0x323af; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
  return codes;
}

describe('classifyHan', () => {
  it('flags what the full OpenCC converters change, on every code point of the Han blocks', () => {
    const codes = hanBlockCodePoints();
    // One conversion per direction: a line break ends every phrase, so each character is converted as if alone.
    const text = codes.map((c) => String.fromCodePoint(c)).join('\n');
    const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' })(text).split('\n');
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(text).split('\n');
    expect(simplified).toHaveLength(codes.length);
    expect(traditional).toHaveLength(codes.length);
    const mismatches: string[] = [];
    codes.forEach((code, i) => {
      const char = String.fromCodePoint(code);
      const expected = (simplified[i] !== char ? TRADITIONAL_ONLY : 0) | (traditional[i] !== char ? SIMPLIFIED_ONLY : 0);
      if (classifyHan(code) !== expected) mismatches.push(`${char} U+${code.toString(16)}: ${classifyHan(code)} ≠ ${expected}`);
    });
    expect(mismatches).toEqual([]);
  });

  it('tells the two scripts apart on common characters', () => {
    expect(['這', '說', '們'].map((c) => classifyHan(c.codePointAt(0)!))).toEqual([TRADITIONAL_ONLY, TRADITIONAL_ONLY, TRADITIONAL_ONLY]);
    expect(['这', '说', '们'].map((c) => classifyHan(c.codePointAt(0)!))).toEqual([SIMPLIFIED_ONLY, SIMPLIFIED_ONLY, SIMPLIFIED_ONLY]);
    expect(['算', '法', '人'].map((c) => classifyHan(c.codePointAt(0)!))).toEqual([0, 0, 0]);
  });
});
