import { describe, expect, it } from 'vitest';
import { findQuantityAnchors } from '../src/align/quantity-anchors.js';

describe('findQuantityAnchors', () => {
  it('gives a date the same token in either script and form', () => {
    expect(findQuantityAnchors('2014年6月6日，北京')).toEqual(['@2014-6-6']);
    expect(findQuantityAnchors('Beijing, June 6, 2014')).toEqual(['@2014-6-6']);
    expect(findQuantityAnchors('6月6日')).toEqual(findQuantityAnchors('on 6 June'));
  });

  it('writes out the value of Chinese numerals and English number words, so 三千 meets 3,000 and three thousand meets 3000', () => {
    expect(findQuantityAnchors('三千名工人')).toEqual(['3000']);
    expect(findQuantityAnchors('three thousand workers')).toEqual(['3000']);
    expect(findQuantityAnchors('一九九八年')).toEqual(['@1998-?-?', '1998']);
  });

  it('adds nothing for plain digits, which are tokens already, or for a sentence without numbers', () => {
    expect(findQuantityAnchors('3,000 workers in 1998')).toEqual(['@1998-?-?']);
    expect(findQuantityAnchors('他们一样高兴。')).toEqual([]);
  });
});
