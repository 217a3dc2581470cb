import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as evaluate from '../src/align/evaluate.js';
import { scoreAlignments, scoreExact, scoreStrictLax, type AlignmentPair } from '../src/align/evaluate.js';
import { parseLadder } from '../src/render/ladder.js';

// MAC-Dev is read at run time, never copied into the repository.
const DATA = process.env.DUIZHAO_DATA ?? join(import.meta.dirname, '../../../../shared/data');
const BERTALIGN_2021 = join(DATA, 'mac-dev/bertalign-2021');

/** Beads from compact ladder lines: `beads('[0,1]:[0] [2]:[]')`. */
const beads = (lines: string) => parseLadder(lines.split(' ').join('\n'));
const round = (x: number) => Math.round(x * 1000) / 1000;
const prf = (s: { precision: number; recall: number; f1: number }) => [s.precision, s.recall, s.f1].map(round);

describe('evaluate', () => {
  it('exports scoreStrictLax, scoreExact and scoreAlignments', () => {
    expect(Object.keys(evaluate).sort()).toEqual(['scoreAlignments', 'scoreExact', 'scoreStrictLax']);
  });

  it('gives 1 everywhere for a perfect alignment, insertions and deletions included', () => {
    const gold = beads('[0,1]:[0] [2]:[1,2] [3]:[] []:[3] [4]:[4]');
    const report = scoreAlignments([{ gold, test: gold }]);
    for (const score of [report.strict, report.lax, report.exact, report.documents[0]!.exact]) expect(prf(score)).toEqual([1, 1, 1]);
    expect(report.exact.counts).toEqual({ testBeads: 5, testCorrect: 5, goldBeads: 5, goldFound: 5 });
    // Strict recall leaves out gold beads with an empty side (score.py).
    expect(report.strict.counts).toEqual({ testBeads: 5, testCorrect: 5, goldBeads: 3, goldFound: 3 });
  });

  it('counts a merged bead against two 1-1 beads as strict errors but lax hits', () => {
    const gold = beads('[0]:[0] [1]:[1] [2]:[2]');
    const test = beads('[0,1]:[0,1] [2]:[2]');
    const { strict, lax } = scoreStrictLax([{ gold, test }]);
    expect(strict.counts).toEqual({ testBeads: 2, testCorrect: 1, goldBeads: 3, goldFound: 1 });
    expect(lax.counts).toEqual({ testBeads: 2, testCorrect: 2, goldBeads: 3, goldFound: 3 });
    expect(prf(strict)).toEqual([0.5, 0.333, 0.4]);
    expect(prf(lax)).toEqual([1, 1, 1]);
  });

  it('a bead that shares no link with gold is wrong even under lax', () => {
    const gold = beads('[0]:[0] [1]:[1]');
    const test = beads('[0]:[1] [1]:[0]');
    const { strict, lax } = scoreStrictLax([{ gold, test }]);
    expect(prf(strict)).toEqual([0, 0, 0]);
    expect(prf(lax)).toEqual([0, 0, 0]);
  });

  it('counts null beads in precision but not in strict recall; exact counts them in both', () => {
    // Gold: sentence 1 is untranslated. Test: glued it to its neighbour instead.
    const gold = beads('[0]:[0] [1]:[] [2]:[1]');
    const missed: AlignmentPair = { gold, test: beads('[0,1]:[0] [2]:[1]') };
    const { strict, lax } = scoreStrictLax([missed]);
    expect(strict.counts).toEqual({ testBeads: 2, testCorrect: 1, goldBeads: 2, goldFound: 1 });
    expect(lax.counts).toEqual({ testBeads: 2, testCorrect: 2, goldBeads: 2, goldFound: 2 });
    expect(scoreExact([missed]).counts).toEqual({ testBeads: 2, testCorrect: 1, goldBeads: 3, goldFound: 1 });

    // Test: a spurious deletion. A null test bead never earns a lax hit.
    const spurious: AlignmentPair = { gold: beads('[0]:[0] [1]:[1]'), test: beads('[0]:[0] [1]:[] []:[1]') };
    const s = scoreAlignments([spurious]);
    expect(s.strict.counts).toEqual({ testBeads: 3, testCorrect: 1, goldBeads: 2, goldFound: 1 });
    expect(s.lax.counts).toEqual({ testBeads: 3, testCorrect: 1, goldBeads: 2, goldFound: 1 });
    expect(s.exact.counts).toEqual({ testBeads: 3, testCorrect: 1, goldBeads: 2, goldFound: 1 });

    // [] : [] aligns nothing and is ignored by every metric.
    const withEmpty = scoreAlignments([{ gold, test: [...gold, { a: [], b: [] }] }]);
    expect(prf(withEmpty.strict)).toEqual([1, 1, 1]);
    expect(prf(withEmpty.exact)).toEqual([1, 1, 1]);
  });

  it('sums counts over documents (micro average) and reports each document', () => {
    const perfect = { gold: beads('[0]:[0] [1]:[1] [2]:[2]'), test: beads('[0]:[0] [1]:[1] [2]:[2]') };
    const wrong = { gold: beads('[0]:[0]'), test: beads('[0]:[]') };
    const report = scoreAlignments([perfect, wrong]);
    expect(report.documents.map((d) => round(d.exact.f1))).toEqual([1, 0]);
    expect(report.exact.counts).toEqual({ testBeads: 4, testCorrect: 3, goldBeads: 4, goldFound: 3 });
    expect(prf(report.exact)).toEqual([0.75, 0.75, 0.75]);
    // Nothing to count: 0, as score.py's value_for_div_by_0.
    expect(prf(scoreAlignments([]).strict)).toEqual([0, 0, 0]);
  });

  it.skipIf(!existsSync(BERTALIGN_2021))('reproduces the published Bertalign MAC-Dev row (bertalign README, 2021)', () => {
    const files = readdirSync(join(BERTALIGN_2021, 'gold')).filter((f) => f.endsWith('.align')).sort();
    expect(files).toHaveLength(6);
    const pairs = files.map((f) => ({
      gold: parseLadder(readFileSync(join(BERTALIGN_2021, 'gold', f), 'utf8')),
      test: parseLadder(readFileSync(join(BERTALIGN_2021, 'auto', f), 'utf8')),
    }));
    const { strict, lax } = scoreStrictLax(pairs);
    expect(prf(strict)).toEqual([0.909, 0.914, 0.911]);
    expect(prf(lax)).toEqual([0.996, 1, 0.998]);
  });
});
