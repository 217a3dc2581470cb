import { basename } from 'node:path';
import { CompareReport, MultiAlignmentReport } from '@duizhao/core';
import { ViewerReport, loadViewerScript, renderViewerHtml } from '@duizhao/viewer';
import { parseCommand } from '../args.js';
import { CliError, UsageError, atFile } from '../errors.js';
import { loadVersions, readText } from '../input.js';
import { COMMAND_OPTIONS, optionsHelp } from '../options.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';
import { alignManyVersions } from './align.js';
import { compareAll } from '../pipeline.js';
import { readReport } from '../report.js';

export const VIEW_HELP = `Usage: duizhao view A B [C...] [-o report.html]
       duizhao view REPORT.json [-o report.html]

Writes one self-contained HTML page (styles, script and data inline; opens from
file://, needs no server or network) that shows versions side by side: a column
per version, a row per aligned unit, Traditional/Simplified character differences
marked inside the row, badges for omissions, additions, moved content and changed
facts, a shade per row for alignment confidence, and an overview strip of the
source. Keys: n / p next and previous problem, / search.

Given two versions, compares them (as duizhao compare does; a file that holds two
languages gives both versions). Given three or more, aligns them all in one table
through a pivot (as duizhao align A B C does): a column per version, rows where
two versions' direct alignment disagrees with the pivot marked "inconsistent".
Given a JSON report written by duizhao align or duizhao compare (--format json),
shows that report.

Examples:
  duizhao view corpus/schulman-2025/transcript.zh-Hans.txt corpus/schulman-2025/summary-outline.zh-Hant.txt -o /tmp/outline.html
  duizhao view corpus/schulman-2025/summary.en+translation.zh-Hans.txt -o /tmp/summary.html
  duizhao view corpus/schulman-2025/summary.en+translation.zh-Hans.txt corpus/schulman-2025/summary-outline.zh-Hant.txt -o /tmp/three.html
  duizhao align corpus/schulman-2025/summary.en+translation.zh-Hans.txt --format json -o /tmp/a.json && duizhao view /tmp/a.json -o /tmp/a.html

${optionsHelp(COMMAND_OPTIONS.view)}`;

/** A saved report, told apart from a document by its content: a JSON object with a `kind`. */
function readSavedReport(file: string, io: CliIo): ViewerReport | undefined {
  if (file === '-') return undefined;
  const text = readText(file, { lines: false, markdown: false, plain: false, encoding: 'auto', from: 'twp' }, io);
  if (!/^\uFEFF?\s*\{/.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind === 'alignment') return readReport(file, io);
  const schema = kind === 'compare' ? CompareReport : kind === 'multi' ? MultiAlignmentReport : undefined;
  if (schema) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CliError(atFile(file, `not a ${kind} report: ${issue.path.join('.') || '(root)'}: ${issue.message}`));
    }
    return parsed.data;
  }
  throw new CliError(atFile(file, `a JSON file, but not a duizhao report (its "kind" is ${JSON.stringify(kind ?? null)}; expected "alignment", "compare" or "multi")`));
}

/**
 * The page for a report, with the page script bundled (unbuilt) or read from the build.
 * The report is checked as the page will read it (after JSON, where Infinity becomes
 * null), so a report the page cannot show fails here rather than in the browser.
 */
export async function renderViewPage(report: ViewerReport, title: string): Promise<string> {
  const checked = ViewerReport.safeParse(JSON.parse(JSON.stringify(report)));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`view: the ${report.kind} report does not match its schema once written as JSON: ${issue.path.join('.')}: ${issue.message}`);
  }
  return renderViewerHtml({ title, report }, await loadViewerScript());
}

export async function runView(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('view', argv, COMMAND_OPTIONS.view);
  if (values.help) {
    io.stdout.write(`${VIEW_HELP}\n`);
    return 0;
  }
  if (positionals.length < 1) throw new UsageError('view: expected two or more versions, or one JSON report (see duizhao view --help)');
  const saved = positionals.length === 1 ? readSavedReport(positionals[0]!, io) : undefined;
  let report: ViewerReport;
  if (saved) report = saved;
  else {
    const versions = loadVersions(positionals, values, io);
    if (versions.length < 2) throw new UsageError(`view: ${positionals.join(' ')} hold(s) ${versions.length} version; view needs two or more, or a JSON report`);
    // Two versions: compare them (verdict, omissions, facts, diffs); three or more: one table of all through a pivot.
    report = versions.length === 2 ? await compareAll(versions) : await alignManyVersions(versions);
  }
  const title = positionals.map((p) => basename(p)).join(' · ');
  emit(await renderViewPage(report, title), values.output, io);
  return 0;
}
