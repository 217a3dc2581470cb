import { parseCommand } from '../args.js';
import { bashCompletion, zshCompletion, type CompletionCommand } from '../completion.js';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { COMMAND_OPTIONS, type OptionTable } from '../options.js';

export const COMPLETION_HELP = `Usage: duizhao completion bash|zsh

Prints a completion script for bash or zsh: the commands, each command's options,
and the values of --format, --encoding and --from (file names elsewhere). It is
made from the same option tables as --help, so the two always agree.

Examples:
  duizhao completion bash > /tmp/duizhao.bash
  duizhao completion zsh > /tmp/_duizhao

To load it in every new shell:
  bash: echo 'source <(duizhao completion bash)' >> ~/.bashrc
  zsh:  duizhao completion zsh > "\${fpath[1]}/_duizhao"   (then start a new shell)

Options:
  -h, --help         show help`;

/** The commands the main help lists, with their option tables. */
export function completionCommands(commands: ReadonlyArray<{ name: string; summary: string }>): CompletionCommand[] {
  const tables: Readonly<Record<string, OptionTable>> = COMMAND_OPTIONS;
  return commands.map(({ name, summary }) => ({ name, summary, options: tables[name] ?? {} }));
}

export function runCompletion(argv: string[], commands: ReadonlyArray<{ name: string; summary: string }>, io: CliIo): number {
  const { values, positionals } = parseCommand('completion', argv, COMMAND_OPTIONS.completion);
  if (values.help) {
    io.stdout.write(`${COMPLETION_HELP}\n`);
    return 0;
  }
  const [shell, ...rest] = positionals;
  if (rest.length > 0 || (shell !== 'bash' && shell !== 'zsh')) throw new UsageError(`completion: expected bash or zsh, got ${shell === undefined ? 'nothing' : `"${positionals.join(' ')}"`}`);
  const list = completionCommands(commands);
  io.stdout.write(shell === 'bash' ? bashCompletion(list) : zshCompletion(list));
  return 0;
}
