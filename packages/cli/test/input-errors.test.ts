import { existsSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { canRunAsNobody, expectOneLineError, runCli, runProcess } from './run-cli.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-input-'));
});

describe('bad input gets one clear line and a non-zero exit', () => {
  it('empty file', async () => {
    const path = file('empty.txt', '');
    expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}: empty file$`));
  });

  it('whitespace only', async () => {
    const path = file('blank.txt', ' \n\t\r\n　\n');
    expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}: .*no text`));
  });

  it('binary file', async () => {
    const path = file('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}: binary file: NUL byte at byte offset 4$`));
  });

  it('invalid UTF-8 names line, column and byte', async () => {
    const path = file('bad.txt', new Uint8Array([...Buffer.from('第一句。\n第二'), 0xff, ...Buffer.from('句。')]));
    expectOneLineError(await runCli(['segment', path]), new RegExp(`^duizhao: ${path}:2:3: invalid UTF-8 byte 0xFF at byte offset 19`));
  });

  it('GB18030 and Big5: says which encoding it looks like, and decodes with --encoding', async () => {
    const gb = file('gb.txt', iconv.encode('他发明了PPO算法。这是目前大型语言模型训练的核心技术。', 'gb18030'));
    expectOneLineError(await runCli(['segment', gb]), /looks like GB18030: try --encoding gb18030$/);
    const ok = await runCli(['segment', gb, '--encoding', 'gb18030']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('他发明了PPO算法。\n这是目前大型语言模型训练的核心技术。\n');
    const big5 = file('big5.txt', iconv.encode('他發明了PPO演算法。這是目前大型語言模型訓練的核心技術。', 'big5'));
    expectOneLineError(await runCli(['segment', big5]), /looks like BIG5: try --encoding big5$/);
    expect((await runCli(['convert', big5, '--encoding', 'big5'])).stdout).toBe('他发明了PPO算法。这是目前大型语言模型训练的核心技术。');
  });

  it('UTF-16 with BOM, and CRLF with a UTF-8 BOM, read correctly', async () => {
    const u16 = file('u16.txt', iconv.encode('\uFEFF第一句。第二句！\r\n', 'utf-16le'));
    expect((await runCli(['segment', u16])).stdout).toBe('第一句。\n第二句！\n');
    const crlf = file('crlf.txt', '\uFEFFFirst line here.\r\nSecond one.\r\n');
    const json = JSON.parse((await runCli(['segment', crlf, '--format', 'json'])).stdout) as {
      versions: { sentences: { text: string; start: number; end: number }[] }[];
    };
    expect(json.versions[0]!.sentences.map((s) => [s.text, s.start, s.end])).toEqual([
      ['First line here.', 1, 17],
      ['Second one.', 19, 30],
    ]);
  });

  it('a 5 MB paragraph with no punctuation neither crashes nor hangs', async () => {
    const path = file('long.txt', '算力并非唯一瓶颈而是方法'.repeat(150_000));
    const result = await runCli(['segment', path, '--format', 'json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { length: number; versions: { sentences: { start: number; end: number }[] }[] };
    const sentences = json.versions.flatMap((v) => v.sentences);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(json.length);
  });

  it('a directory and a missing file', async () => {
    expectOneLineError(await runCli(['segment', dir]), new RegExp(`^duizhao: ${dir}: is a directory, not a file$`));
    expectOneLineError(await runCli(['segment', join(dir, 'nope.txt')]), /nope\.txt: no such file$/);
  });

  // Skipped only as root in a checkout that user nobody cannot read (see canRunAsNobody).
  it.skipIf(!canRunAsNobody())('an unreadable file (a real process as user nobody)', () => {
    const path = file('secret.txt', '秘密。');
    chmodSync(dir, 0o755);
    chmodSync(path, 0o000);
    expectOneLineError(runProcess(['segment', path], { asNobody: true }), /secret\.txt: permission denied$/);
  });

  it('unknown options, formats and encodings are usage errors (exit 2)', async () => {
    const path = file('ok.txt', '好。');
    const unknown = await runCli(['segment', path, '--frobnicate']);
    expectOneLineError(unknown, /^duizhao: segment: Unknown option '--frobnicate'/);
    expect(unknown.status).toBe(2);
    expectOneLineError(await runCli(['segment', path, '--format', 'xml']), /unknown format "xml"/);
    expectOneLineError(await runCli(['segment', path, '--encoding', 'latin9']), /unknown encoding "latin9"/);
    expectOneLineError(await runCli(['convert', path, '--from', 'jp']), /unknown variant "jp"/);
    expectOneLineError(await runCli(['frobnicate']), /unknown command "frobnicate"/);
  });

  it('a failed run leaves no output file behind', async () => {
    const out = join(dir, 'out.txt');
    const result = await runCli(['segment', join(dir, 'missing.txt'), '-o', out]);
    expect(result.status).not.toBe(0);
    expect(existsSync(out)).toBe(false);
  });
});
