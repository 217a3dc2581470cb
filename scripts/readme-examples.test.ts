import { describe, expect, it } from 'vitest';
import { findMissing, listExamples } from './readme-examples.js';

describe('the README example check', () => {
  const readme = ['Text.', '```', '$ pnpm duizhao convert -', 'line one', '...', 'line three', '$ pnpm start', 'done in 3.34 s', '```', '$ not in a block'].join('\n');

  it('reads each $ line of a code block with the lines it shows', () => {
    expect(listExamples(readme)).toEqual([
      { line: 3, command: 'pnpm duizhao convert -', shown: ['line one', '...', 'line three'] },
      { line: 7, command: 'pnpm start', shown: ['done in 3.34 s'] },
    ]);
  });

  it('finds the shown lines in order, ... as a gap and a run time as any, and names the first one missing', () => {
    expect(findMissing(['line one', '...', 'line three'], 'line one\nline two\nline three\n')).toBeUndefined();
    expect(findMissing(['done in 3.34 s'], 'done in 4.1 s\n')).toBeUndefined();
    expect(findMissing(['line three', 'line one'], 'line one\nline two\nline three\n')).toBe('line one');
    expect(findMissing(['[1]:[0]:0.741'], '[1]:[0]:0.727\n')).toBe('[1]:[0]:0.741');
  });
});
