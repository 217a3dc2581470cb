import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIGN_HELP } from '../src/commands/align.js';
import { COMPARE_HELP } from '../src/commands/compare.js';
import { COMPLETION_HELP, completionCommands } from '../src/commands/completion.js';
import { CONVERT_HELP } from '../src/commands/convert.js';
import { RENDER_HELP } from '../src/commands/render.js';
import { RUN_HELP } from '../src/commands/run.js';
import { SCORE_HELP } from '../src/commands/score.js';
import { SEGMENT_HELP } from '../src/commands/segment.js';
import { VIEW_HELP } from '../src/commands/view.js';
import { bashCompletion, zshCompletion } from '../src/completion.js';
import { COMMAND_OPTIONS, optionsHelp, type OptionTable } from '../src/options.js';
import { runCli, type CliResult } from './run-cli.js';

const HELPS: Record<string, string> = {
  convert: CONVERT_HELP,
  segment: SEGMENT_HELP,
  align: ALIGN_HELP,
  compare: COMPARE_HELP,
  render: RENDER_HELP,
  score: SCORE_HELP,
  view: VIEW_HELP,
  run: RUN_HELP,
  completion: COMPLETION_HELP,
};

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** What bash offers after `line` (a trailing space starts a new, empty word), with the script loaded as a user loads it. */
function complete(script: string, line: string): string[] {
  const words = line.split(' ');
  const program = `${script}\nCOMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}; _duizhao; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['--norc', '-c', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).sort();
}

/** The options a help text lists: `--name` of every line in its options sections. */
function helpOptions(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!).sort();
}

describe('duizhao completion', () => {
  let bash: CliResult;
  beforeAll(async () => {
    bash = await runCli(['completion', 'bash']);
  });
  const commands = Object.keys(HELPS);

  it('prints a bash script that completes every command, and every option its help lists', async () => {
    expect(bash.status).toBe(0);
    expect(bash.stderr).toBe('');
    const listed = (await runCli(['--help'])).stdout.split('Commands:\n')[1]!.split('\n\n')[0]!.split('\n').map((line) => line.trim().split(/\s+/)[0]!);
    expect(listed.sort()).toEqual([...commands].sort());
    expect(complete(bash.stdout, 'duizhao ')).toEqual([...commands, '--help', '--version'].sort());
    expect(complete(bash.stdout, 'duizhao co')).toEqual(['compare', 'completion', 'convert']);
    for (const command of commands) {
      const offered = complete(bash.stdout, `duizhao ${command} -`).filter((o) => o.startsWith('--'));
      // Every command takes --help; the others are exactly the options its help lists.
      expect(offered, command).toEqual([...new Set([...helpOptions(HELPS[command]!), '--help'])].sort());
    }
  });

  it('completes the values of --format, --encoding and --from as help names them', () => {
    expect(complete(bash.stdout, 'duizhao align --format ')).toEqual(['csv', 'json', 'jsonl', 'ladder', 'md', 'moses', 'tmx', 'tsv']);
    expect(ALIGN_HELP).toContain('tsv, csv, md, json, jsonl, ladder, moses or tmx');
    expect(complete(bash.stdout, 'duizhao compare --format ')).toEqual(['json', 'md', 'text']);
    expect(complete(bash.stdout, 'duizhao segment --format j')).toEqual(['json']);
    expect(complete(bash.stdout, 'duizhao convert --from ')).toEqual(['hk', 't', 'tw', 'twp']);
    expect(complete(bash.stdout, 'duizhao view --encoding gb')).toEqual(['gb18030', 'gbk']);
    // After an option that takes a file, and for positionals, bash falls back to file names (no words of ours).
    expect(complete(bash.stdout, 'duizhao align -o ')).toEqual([]);
  });

  it('prints a zsh script with every command and option', async () => {
    const zsh = await runCli(['completion', 'zsh']);
    expect(zsh.status).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef duizhao\n/);
    for (const command of commands) expect(zsh.stdout).toContain(`    ${command})`);
    expect(zsh.stdout).toContain(`'--format[tsv, csv, md, json, jsonl, ladder, moses or tmx (default\\: tsv)]:format:(tsv csv md json jsonl ladder moses tmx)'`);
    expect(zsh.stdout).toContain(`'(-o --output)'{-o,--output}'[write to FILE (atomically) instead of standard output]:file:_files'`);
    if (spawnSync('zsh', ['--version']).status === 0) expect(spawnSync('zsh', ['-n'], { input: zsh.stdout }).status).toBe(0);
  });

  it('refuses another shell with one line', async () => {
    const result = await runCli(['completion', 'fish']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('duizhao: completion: expected bash or zsh, got "fish"\n');
  });

  it('a new option in a table shows up in both help and completion', () => {
    const table: OptionTable = { ...COMMAND_OPTIONS.align, 'new-option': { type: 'string', arg: 'X', values: ['first', 'second'], help: 'a new option' } };
    expect(optionsHelp(table).split('\n')).toContain('  --new-option X     a new option');
    const [align] = completionCommands([{ name: 'align', summary: 'align' }]).map((c) => ({ ...c, options: table }));
    const script = bashCompletion([align!]);
    expect(complete(script, 'duizhao align --new')).toEqual(['--new-option']);
    expect(complete(script, 'duizhao align --new-option ')).toEqual(['first', 'second']);
    expect(zshCompletion([align!])).toContain(`'--new-option[a new option]:x:(first second)'`);
  });
});
