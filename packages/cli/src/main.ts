/**
 * The duizhao command: argv → read files → core → write. Errors are one line
 * on standard error and a non-zero exit; `--debug` adds the stack trace.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, UsageError } from './errors.js';
import { processIo, stopWhenOutputCloses, type CliIo } from './io.js';
import { tuneV8 } from './v8-tuning.js';

export { stopWhenOutputCloses };

// Each command's module is imported when that command runs, so a command loads only what it uses.
const COMMANDS: Record<string, { run: (argv: string[], io: CliIo) => number | Promise<number>; summary: string }> = {
  convert: { run: async (argv, io) => (await import('./commands/convert.js')).runConvert(argv, io), summary: 'print Traditional Chinese text converted to Simplified' },
  segment: { run: async (argv, io) => (await import('./commands/segment.js')).runSegment(argv, io), summary: 'split a document into sentences with original offsets' },
  align: {
    run: async (argv, io) => (await import('./commands/align.js')).runAlign(argv, io),
    summary: 'align the sentences of two versions, or a batch of pairs (tables, JSON, TMX, Moses, ladder)',
  },
  compare: { run: async (argv, io) => (await import('./commands/compare.js')).runCompare(argv, io), summary: 'compare versions: verdict, coverage, omissions, additions, moves, changed facts' },
  render: { run: async (argv, io) => (await import('./commands/render.js')).runRender(argv, io), summary: 'render a saved JSON alignment report in another format' },
  score: { run: async (argv, io) => (await import('./commands/score.js')).runScore(argv, io), summary: 'score an alignment against a gold one (strict, lax, exact P/R/F1)' },
  view: { run: async (argv, io) => (await import('./commands/view.js')).runView(argv, io), summary: 'write a self-contained HTML page that shows versions side by side' },
  run: { run: async (argv, io) => (await import('./commands/run.js')).runRun(argv, io), summary: 'process the bundled corpus (or a manifest) into out/' },
  completion: {
    run: async (argv, io) =>
      (await import('./commands/completion.js')).runCompletion(
        argv,
        Object.entries(COMMANDS).map(([name, c]) => ({ name, summary: c.summary })),
        io,
      ),
    summary: 'print a shell completion script for bash or zsh',
  },
};

const HELP = `duizhao (对照): align and compare versions of a text in Simplified Chinese, Traditional Chinese and English.

Usage: duizhao COMMAND [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`)
  .join('\n')}

Options:
  -h, --help     show help (also: duizhao COMMAND --help)
  --version      print the version
  --debug        print stack traces of unexpected errors

Examples:
  duizhao segment corpus/schulman-2025/summary-article.zh-Hant.txt
  duizhao convert corpus/schulman-2025/summary-outline.zh-Hant.txt
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format md
  duizhao view corpus/schulman-2025/transcript.zh-Hans.txt corpus/schulman-2025/summary-outline.zh-Hant.txt -o /tmp/outline.html
  duizhao run -o /tmp/duizhao-out`;

function version(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs one command line; `io` is the real process unless a caller (a test) gives its own. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    const entry = COMMANDS[command];
    if (!entry) throw new UsageError(`unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`duizhao: ${error.message}\n`);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`duizhao: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 70;
  }
}

// Run when executed directly (tsx packages/cli/src/main.ts …), not when imported by bin/ or tests.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `pnpm duizhao …` runs this script in the repository root; pnpm names the folder it was called from in INIT_CWD, where relative paths belong.
  if (process.env.npm_lifecycle_event === 'duizhao' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // The commands' modules load on demand, after this: they get V8's budget for long-running work, as from bin/.
  tuneV8();
  stopWhenOutputCloses();
  process.exitCode = await main(process.argv.slice(2));
}
