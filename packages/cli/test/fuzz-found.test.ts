/**
 * What fuzzing the command found (issue 14): an output folder that cannot be made,
 * UTF-16 without a BOM, and files with no letters. Each is one line and a non-zero exit.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneLineError, runCli, runProcess } from './run-cli.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-fuzz-'));
});

describe('an output folder that cannot be made', () => {
  // Node 20's mkdirSync(…, { recursive: true }) spins forever under /proc; the timeout only turns such a hang
  // into a failure (the command itself answers at once), it is not a speed limit.
  it.skipIf(!existsSync('/proc/self'))('-o under /proc fails with one line instead of spinning', () => {
    const input = file('a.txt', 'One sentence. Another one.\n');
    const result = runProcess(['segment', input, '--format', 'json', '-o', '/proc/nope/x.json'], { hangAfter: 500_000 });
    expect(result.signal).toBeNull();
    expectOneLineError(
      result,
      /^duizhao: \/proc\/nope\/x\.json: cannot write \(cannot create the folder \/proc\/nope: ENOENT\)$/,
    );
  });

  it('-o below a file names the file that is not a folder, and writes nothing', async () => {
    const input = file('b.txt', 'One sentence. Another one.\n');
    expectOneLineError(await runCli(['segment', input, '-o', join(input, 'deeper', 'x.txt')]), new RegExp(`^duizhao: ${input}/deeper/x\\.txt: cannot write \\(${input} is not a folder\\)$`));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('UTF-16 without a BOM', () => {
  it('is named, with the --encoding that reads it', async () => {
    const path = file('utf16.txt', iconv.encode('他發明了PPO演算法。這是目前大型語言模型訓練的核心技術。\n', 'utf-16le'));
    expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}: binary file: NUL byte at byte offset \\d+; it looks like UTF-16LE without a BOM: try --encoding utf-16le$`));
    expect((await runCli(['convert', path, '--encoding', 'utf-16le'])).stdout).toBe('他发明了PPO算法。这是目前大型语言模型训练的核心技术。\n');
  });
});

describe('a file with no letters', () => {
  it('of punctuation or zero-width spaces only says so, not that it is markup', async () => {
    for (const [name, content] of [['dots.txt', '。'.repeat(100_000)], ['bracket.txt', ']'], ['zero-width.txt', '\u200B'.repeat(30)]] as const) {
      const path = file(name, content);
      expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}: the document has no text: no letters or characters to align \\(only punctuation, symbols or invisible characters\\)$`));
    }
  });
});
