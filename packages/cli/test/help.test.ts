import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** The commands the main help lists. */
function listCommands(): string[] {
  const help = runCli(['--help']).stdout;
  const section = help.split('Commands:\n')[1]!.split('\n\n')[0]!;
  return section.split('\n').map((line) => line.trim().split(/\s+/)[0]!);
}

/** The lines of a help text's Examples section, without the leading indentation. */
function listExamples(help: string): string[] {
  const section = help.split('Examples:\n')[1];
  if (section === undefined) return [];
  return section.split('\n\n')[0]!.split('\n').map((line) => line.trim()).filter(Boolean);
}

// `duizhao` in an example runs the workspace's unbuilt CLI, as `pnpm duizhao` does.
const PRELUDE = `set -eo pipefail; duizhao() { "${process.execPath}" --conditions=source --import tsx packages/cli/src/main.ts "$@"; }`;

describe('help texts', () => {
  it('--help and --version work, and every command has its own --help', () => {
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const commands = listCommands();
    expect(commands).toEqual(expect.arrayContaining(['convert', 'segment', 'align', 'render', 'score', 'run']));
    for (const command of commands) {
      const result = runCli([command, '--help']);
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Usage: duizhao ${command}`));
    }
  });

  it.each([['(main)'], ...listCommands().map((c) => [c])])('every example of %s runs from the repo root and exits 0', (command) => {
    const help = runCli(command === '(main)' ? ['--help'] : [command, '--help']).stdout;
    const examples = listExamples(help);
    expect(examples.length, `${command} --help has examples`).toBeGreaterThan(0);
    for (const example of examples) {
      const result = spawnSync('bash', ['-c', `${PRELUDE}; ${example}`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status, `${example}\n${result.stderr}`).toBe(0);
    }
  }, 180_000);
});
