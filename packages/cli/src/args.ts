/** Argument parsing with node:util parseArgs: unknown options are errors, not ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--frobnicate'"; keep it to one line and name the command.
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${command}: ${message} (see duizhao ${command} --help)`);
  }
}
