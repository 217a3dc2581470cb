import { alignPair, buildAlignmentReport, formatLadder, loadDictionary, renderTsv, type Version } from '@duizhao/core';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import { INPUT_HELP, INPUT_OPTIONS, loadVersions } from '../input.js';
import { emit } from '../output.js';

const FORMATS = ['tsv', 'ladder', 'json'] as const;
type AlignFormat = (typeof FORMATS)[number];

export const ALIGN_HELP = `Usage: duizhao align A [B] [--format tsv|ladder|json] [--lines] [-o OUT]

Aligns the sentences of two versions: which sentences of A translate or correspond
to which of B (beads of 1-1, 1-2, 2-1, 1-0, ...). Chinese↔English uses CC-CEDICT and
word translations learned from the pair (IBM Model 1); Traditional↔Simplified uses
character n-grams after OpenCC conversion. Given one file that holds two languages
(English, then its translation), aligns its two versions. FILE#N picks the N-th
version of a file.

Formats:
  tsv     ids of A, ids of B, score, text of A, text of B (default)
  ladder  vecalign/Bertalign bead lines [i,j]:[k]:score, 0-based sentence ids
  json    both versions' sentences with original offsets, and every bead's scores

Examples:
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt
  duizhao align zh.txt en.txt --lines --format ladder > test.align

${INPUT_HELP}
  --format FORMAT    tsv, ladder or json (default: tsv)
  --max-bead N       largest bead side, 1-6 (default: 4)
  -o, --output FILE  write to FILE (atomically) instead of standard output`;

function resolveFormat(value: string): AlignFormat {
  if ((FORMATS as readonly string[]).includes(value)) return value as AlignFormat;
  throw new UsageError(`align: unknown format "${value}" (expected ${FORMATS.join(', ')})`);
}

function needsDictionary(a: Version, b: Version): boolean {
  const zh = (v: Version) => v.lang === 'zh-Hans' || v.lang === 'zh-Hant';
  return zh(a) !== zh(b);
}

export async function runAlign(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand('align', argv, {
    ...INPUT_OPTIONS,
    format: { type: 'string', default: 'tsv' },
    'max-bead': { type: 'string', default: '4' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    process.stdout.write(`${ALIGN_HELP}\n`);
    return 0;
  }
  const format = resolveFormat(values.format);
  const maxBead = Number(values['max-bead']);
  if (!Number.isInteger(maxBead) || maxBead < 1 || maxBead > 6) throw new UsageError(`align: --max-bead must be a whole number from 1 to 6, got "${values['max-bead']}"`);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError('align: expected A and B, or one FILE that holds two versions (see duizhao align --help)');
  const versions = loadVersions(positionals, values);
  if (versions.length !== 2) {
    const what = positionals.length === 1 ? `${positionals[0]} holds ${versions.length} version(s)` : `A and B hold ${versions.length} versions`;
    throw new UsageError(`align: ${what}; align needs exactly two (pick one with FILE#N)`);
  }
  const [a, b] = versions as [Version, Version];
  const dictionary = needsDictionary(a, b) ? await loadDictionary() : undefined;
  const alignment = alignPair(a, b, dictionary ? { dictionary, maxBead } : { maxBead });
  const report = buildAlignmentReport(a, b, alignment);
  const out = format === 'ladder' ? formatLadder(alignment.beads) : format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderTsv(report);
  emit(out, values.output);
  return 0;
}
