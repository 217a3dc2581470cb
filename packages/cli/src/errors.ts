/** An error the user can act on: printed as one line, no stack trace, with an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Bad usage (unknown option, missing argument): exit code 2, as Unix tools do. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** Prefixes a message with the file it is about: `file:12:5: …` or `file: …`. */
export function atFile(file: string, message: string): string {
  return /^\d+:\d+:/.test(message) ? `${file}:${message}` : `${file}: ${message}`;
}
