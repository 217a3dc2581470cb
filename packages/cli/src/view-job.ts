/**
 * The main job's viewer pages: the translation pair's alignment (from the
 * align job's report) and the transcript compared with every summary, each as
 * one self-contained HTML file in out/view/.
 */
import { join } from 'node:path';
import { selectVersions } from '@duizhao/core/pipeline';
import { renderViewPage } from './commands/view.js';
import { compareAll } from './pipeline.js';
import type { RunJob } from './run-jobs.js';

export const viewJob: RunJob = {
  name: 'view',
  async run(context) {
    const entries = [...context.versions.values()];
    const pages: string[] = [];
    for (const { entry } of entries) {
      if (entry.translationOf === undefined) continue;
      const name = `${entry.translationOf}--${entry.id}`;
      const report = context.reports.get(name);
      if (!report) continue;
      const path = join(context.outDir, 'view', `${name}.html`);
      context.write([{ path, content: await renderViewPage(report, `${entry.translationOf} ↔ ${entry.id}`) }]);
      pages.push(path);
    }
    const sources = entries.filter((e) => e.entry.kind === 'transcript');
    const summaries = entries.filter((e) => e.entry.kind === 'summary' || e.entry.kind === 'translation');
    for (const source of sources) {
      if (summaries.length === 0) continue;
      const chosen = [source, ...summaries];
      // The compare job compared every version already; its report holds these pairs.
      const report = context.compare
        ? selectVersions(context.compare, chosen.map((e) => entries.indexOf(e)))
        : await compareAll(chosen.map((e) => e.version));
      const path = join(context.outDir, 'view', `${source.entry.id}--summaries.html`);
      context.write([{ path, content: await renderViewPage(report, `${source.entry.id} and its summaries`) }]);
      pages.push(path);
    }
    context.log(`viewer pages (open in a browser): ${pages.join(', ')}`);
  },
};
