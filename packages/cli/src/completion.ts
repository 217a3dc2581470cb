/**
 * Shell completion scripts for bash and zsh, rendered from the option tables
 * help is rendered from (options.ts): commands, each command's options, and the
 * values an option takes (`--format`, `--encoding`, `--from`), else file names.
 */
import type { OptionSpec, OptionTable } from './options.js';

export interface CompletionCommand {
  name: string;
  summary: string;
  options: OptionTable;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'show help' };
const withHelp = (table: OptionTable): Array<[string, OptionSpec]> => [...Object.entries(table), ['help', HELP]];
const flags = (name: string, spec: OptionSpec) => [...(spec.short ? [`-${spec.short}`] : []), `--${name}`];

/** A bash function that completes commands, then the command's options, option values and files (`complete -o default`). */
export function bashCompletion(commands: readonly CompletionCommand[]): string {
  const cases = commands.map(({ name, options }) => {
    const entries = withHelp(options);
    const valued = entries
      .filter(([, spec]) => spec.type === 'string')
      .map(([option, spec]) => {
        // Without values: no reply, so bash falls back to file names (complete -o default).
        const reply = spec.values ? `COMPREPLY=($(compgen -W "${spec.values.join(' ')}" -- "$cur"))` : 'COMPREPLY=()';
        return `        ${flags(option, spec).join('|')}) ${reply}; return ;;`;
      });
    return [
      `    ${name})`,
      ...(valued.length ? ['      case "$prev" in', ...valued, '      esac'] : []),
      `      words="${entries.flatMap(([option, spec]) => flags(option, spec)).join(' ')}" ;;`,
    ].join('\n');
  });
  return `# bash completion for duizhao (duizhao completion bash); load with: source <(duizhao completion bash)
_duizhao() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" words
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
    *) return ;;
  esac
  # Options when the word starts with "-"; otherwise files (complete -o default).
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$words" -- "$cur")); else COMPREPLY=(); fi
}
complete -o default -F _duizhao duizhao
`;
}

/** Text inside a zsh single-quoted _arguments spec: brackets and colons escaped, quotes closed and reopened. */
const zshQuote = (text: string) => text.replace(/\\/g, '\\\\').replace(/([[\]:])/g, '\\$1').replace(/'/g, `'\\''`);

/** A zsh completion function (`#compdef duizhao`) built on _arguments. */
export function zshCompletion(commands: readonly CompletionCommand[]): string {
  const cases = commands.map(({ name, options }) => {
    const specs = withHelp(options).map(([option, spec]) => {
      const description = zshQuote(spec.help.split('\n')[0]!);
      const action = spec.type === 'boolean' ? '' : `:${(spec.arg ?? 'value').toLowerCase()}:${spec.values ? `(${spec.values.join(' ')})` : spec.files ? '_files' : ' '}`;
      const names = flags(option, spec);
      const exclusive = names.length > 1 ? `'(${names.join(' ')})'{${names.join(',')}}'` : `'${names[0]}`;
      return `        ${exclusive}[${description}]${action}'`;
    });
    return [`    ${name})`, '      _arguments -s \\', ...specs.map((s) => `${s} \\`), `        '*:file:_files' ;;`].join('\n');
  });
  return `#compdef duizhao
# zsh completion for duizhao (duizhao completion zsh); save as _duizhao in a folder of $fpath, or: source <(duizhao completion zsh)
_duizhao() {
  local -a commands
  commands=(
${commands.map((c) => `    '${c.name}:${c.summary.replace(/'/g, `'\\''`)}'`).join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'duizhao command' commands
    return
  fi
  local command=$words[2]
  shift words
  (( CURRENT-- ))
  case $command in
${cases.join('\n')}
  esac
}
# Autoloaded from $fpath this file is the body of _duizhao: run it; sourced, register it.
if [[ $funcstack[1] == _duizhao ]]; then _duizhao "$@"; else compdef _duizhao duizhao; fi
`;
}
