/** `pnpm duizhao` as a user in the workspace calls it (issue 14): paths from where they stand, and no script echo. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

describe('pnpm duizhao in the workspace', () => {
  it('takes relative paths from the folder it is called from, and prints only what the command prints', () => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
    // Called from a shell, not from this test's own pnpm script: pnpm keeps an INIT_CWD it inherits.
    delete env.INIT_CWD;
    const result = spawnSync('pnpm', ['duizhao', 'segment', 'summary-article.zh-Hant.txt'], { cwd: join(ROOT, 'corpus/schulman-2025'), encoding: 'utf8', env });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['AI 產業動態', 'OpenAI 共同創辦人 John Schulman 深度訪談:從 ChatGPT 的早產可能,到 RL 研究的未來']);
  });
});
