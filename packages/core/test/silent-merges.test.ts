import { beforeAll, describe, expect, it } from 'vitest';
import { alignPair, compareVersionPair, loadDictionary, readDocument, type Dictionary, type Version } from '../src/index.js';

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

/** Issue 10's small case: four English lines against three Chinese ones; the third English line is not translated. */
const EN = ['The meeting starts at nine.', 'Please bring your laptop.', 'Lunch will be provided.', 'We will finish by five.'];
const ZH = ['会议九点开始。', '请带上你的笔记本电脑。', '我们五点前结束。'];

describe('an untranslated line in a close translation', () => {
  let dictionary: Dictionary;
  beforeAll(async () => {
    dictionary = await loadDictionary();
  });

  it('is left unpaired by align, not merged into its neighbour’s bead', () => {
    const alignment = alignPair(version(ZH, 'zh'), version(EN, 'en'), { dictionary });
    expect(alignment.beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`)).toEqual(['0:0', '1:1', ':2', '2:3']);
    // The dictionary accounts for most of this translation's words: that is what prices a merged line that matches nothing.
    expect(alignment.stats?.['matchedShare']).toBeGreaterThan(0.6);
  });

  it('is merged as before where the first pass does not find the dictionary reliable enough', () => {
    const alignment = alignPair(version(ZH, 'zh'), version(EN, 'en'), { dictionary, silentMerges: { minShare: 1.01 } });
    expect(alignment.beads.map((b) => `${b.a.join(',')}:${b.b.join(',')}`)).toEqual(['0:0', '1:1,2', '2:3']);
  });

  it('is reported by compare as a sentence without counterpart, at the default confidence', () => {
    const pair = compareVersionPair([version(ZH, 'zh'), version(EN, 'en')], 0, 1, { dictionary });
    expect(pair.verdict).toBe('parallel');
    const unpaired = pair.items.filter((i) => (i.type === 'omission' || i.type === 'addition') && (i.confidence ?? 1) >= (pair.minConfidence ?? 0));
    const english = unpaired.flatMap((i) => (i.type === 'omission' ? (pair.source === 1 ? i.source : []) : pair.target === 1 ? i.target : []));
    expect(english).toEqual([2]);
  });
});
