/** Reading a saved JSON alignment report, checked against the core's schema. */
import { AlignmentReport } from '@duizhao/core';
import { CliError, atFile } from './errors.js';
import { readText } from './input.js';
import type { CliIo } from './io.js';

const RAW_INPUT = { lines: false, markdown: false, plain: false, encoding: 'utf-8', from: 'twp' };

/**
 * `line:column: ` of the first character where `text` stops being JSON. Node 20's
 * JSON.parse does not always say where; a prefix of valid JSON fails only for
 * running out of text, so the longest such prefix is found by bisection.
 */
function locate(text: string): string {
  const isPrefix = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (error) {
      // Running out of text is reported as "Unexpected end", or as an error at position n (the end).
      const message = (error as Error).message;
      const at = /at position (\d+)/.exec(message);
      return /Unexpected end of JSON input|Unterminated string/.test(message) || (at !== null && Number(at[1]) >= n);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (isPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  const before = text.slice(0, lo);
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}: `;
}

/** Parses and validates a report; errors name the file, and the line or the field. */
export function readReport(file: string, io: CliIo): AlignmentReport {
  const text = readText(file, RAW_INPUT, io);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/( in JSON at position \d+|, ".*" is not valid JSON).*$/, '');
    throw new CliError(atFile(file, `${locate(text)}not valid JSON (${message})`));
  }
  const parsed = AlignmentReport.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(atFile(file, `not an alignment report: ${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const report = parsed.data;
  report.alignment.beads.forEach((bead, i) => {
    for (const [side, ids] of [['a', bead.a], ['b', bead.b]] as const) {
      const sentences = report.versions[side === 'a' ? 0 : 1].sentences.length;
      const bad = ids.find((id) => id < 0 || id >= sentences);
      if (bad !== undefined) throw new CliError(atFile(file, `bead ${i} names sentence ${bad} of side ${side}, which has ${sentences}`));
    }
  });
  return report;
}
