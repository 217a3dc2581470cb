/**
 * Every command's options, one table each: what `parseArgs` reads (type, short,
 * default), what `--help` prints (argument name, description) and what shell
 * completion offers (values, or files). Help and completion are both rendered
 * from these tables, so an option cannot be in one and missing from the other.
 */
import { DEFAULT_MAX_BEAD, ENCODINGS } from '@duizhao/core/pipeline';
import { FORMATS } from './formats.js';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  default?: string | boolean;
  /** The value's name in help (`--format FORMAT`); string options only. */
  arg?: string;
  /** Values completion offers; without them a string option completes file names when `files` is set, else nothing. */
  values?: readonly string[];
  files?: boolean;
  /** Help text; each further line is indented under the first. */
  help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** Options every command that reads documents takes (printed under "Input options:"). */
export const INPUT_OPTIONS = {
  lines: { type: 'boolean', default: false, help: 'one sentence per line (pre-segmented), never re-split' },
  markdown: { type: 'boolean', default: false, help: 'read as Markdown (default: decided from the content)' },
  plain: { type: 'boolean', default: false, help: 'read as plain text, a block per non-empty line (per paragraph when hard-wrapped)' },
  encoding: { type: 'string', default: 'auto', arg: 'ENC', values: ['auto', ...ENCODINGS], help: 'utf-8, utf-16le, utf-16be, gb18030, gbk or big5 (default: auto = UTF-8, or UTF-16 with BOM)' },
  from: { type: 'string', default: 'twp', arg: 'VARIANT', values: ['twp', 'tw', 'hk', 't'], help: 'Traditional variant for conversion: twp, tw, hk or t (default: twp)' },
} as const satisfies OptionTable;

const output = { type: 'string', short: 'o', arg: 'FILE', files: true, help: 'write to FILE (atomically) instead of standard output' } as const satisfies OptionSpec;
const quiet = { type: 'boolean', short: 'q', default: false, help: 'no progress bar' } as const satisfies OptionSpec;
const keepEmpty = { type: 'boolean', default: false, help: 'moses: keep one-sided beads as an empty line opposite their text' } as const satisfies OptionSpec;
const alignFormat = { type: 'string', default: 'tsv', arg: 'FORMAT', values: FORMATS, help: 'tsv, csv, md, json, jsonl, ladder, moses or tmx (default: tsv)' } as const satisfies OptionSpec;
const textOrJson = { type: 'string', default: 'text', arg: 'FORMAT', values: ['text', 'json'], help: 'text or json (default: text)' } as const satisfies OptionSpec;

/** Each command's options in help order; `-h, --help` is added to every one. */
export const COMMAND_OPTIONS = {
  convert: { ...INPUT_OPTIONS, output },
  segment: { ...INPUT_OPTIONS, format: textOrJson, output },
  align: {
    ...INPUT_OPTIONS,
    format: alignFormat,
    'keep-empty': keepEmpty,
    'max-bead': { type: 'string', default: String(DEFAULT_MAX_BEAD), arg: 'N', help: `largest bead side, 1-10 (default: ${DEFAULT_MAX_BEAD})` },
    pivot: {
      type: 'string',
      arg: 'V',
      help: 'three or more versions: the version all others are aligned to,\nby position (0, 1, ...) or id (default: the longest); the table\nhas a row per unit and a column per version (formats tsv, json)',
    },
    batch: { type: 'string', arg: 'PAIRS', files: true, help: 'align every pair listed in PAIRS into the folder -o OUTDIR' },
    jobs: { type: 'string', arg: 'N', help: 'batch worker threads (default: the number of cores)' },
    quiet,
    output,
  },
  compare: {
    ...INPUT_OPTIONS,
    format: { type: 'string', default: 'text', arg: 'FORMAT', values: ['text', 'md', 'json'], help: 'text, md or json (default: text)' },
    'min-confidence': {
      type: 'string',
      arg: 'X',
      help: 'list findings at or above confidence X, 0-1 (default: 0.25 between\ntranslations, 0.5 for a summary); the JSON keeps every finding',
    },
    output,
  },
  render: { format: alignFormat, 'keep-empty': keepEmpty, output },
  score: { format: textOrJson, output },
  view: { ...INPUT_OPTIONS, output },
  run: { quiet, output: { type: 'string', short: 'o', default: 'out', arg: 'DIR', files: true, help: 'the output folder (default: out)' } },
  completion: {},
} as const satisfies Record<string, OptionTable>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

/** `-o, --output FILE` or `--lines`: how an option is written in help. */
export function optionLabel(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.arg ? ` ${spec.arg}` : ''}`;
}

function optionLines(table: OptionTable): string[] {
  // Descriptions start in one column: 17 characters of label, more when a label is longer.
  const column = Math.max(17, ...Object.entries(table).map(([name, spec]) => optionLabel(name, spec).length));
  return Object.entries(table).map(([name, spec]) => {
    const [first, ...rest] = spec.help.split('\n');
    return [`  ${optionLabel(name, spec).padEnd(column)}  ${first}`, ...rest.map((line) => `${' '.repeat(column + 4)}${line}`)].join('\n');
  });
}

/** The options part of a command's help: "Input options:" when it reads documents (its own options follow), else "Options:". */
export function optionsHelp(table: OptionTable): string {
  const input = Object.keys(INPUT_OPTIONS).every((name) => name in table);
  return `${input ? 'Input options' : 'Options'}:\n${optionLines(table).join('\n')}`;
}
