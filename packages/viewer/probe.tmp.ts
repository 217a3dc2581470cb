import { readFileSync } from 'node:fs';
import { ViewerData } from './src/data.js';
import { buildView } from './src/model.js';
import { buildSummaryModel } from './src/summary/model.js';
const h = readFileSync(process.argv[2]!, 'utf8');
const d = ViewerData.parse(JSON.parse(/<script type="application\/json" id="duizhao-data">(.*?)<\/script>/s.exec(h)![1]!));
const r = d.report;
if (r.kind === 'compare') r.pairs.forEach((p, i) => {
  if (p.verdict !== 'summary') return;
  const v = buildView(r, i);
  const m = buildSummaryModel(r, i);
  const marked = m.sections.filter((s) => s.markedOmitted).length;
  const kinds: Record<string, string> = {};
  for (const f of m.findings) kinds[f.kind] = `${m.findings.filter((g) => g.kind === f.kind && g.shown).length}/${m.findings.filter((g) => g.kind === f.kind).length}`;
  const st: Record<string, number> = {};
  for (const s of m.sections) st[s.status] = (st[s.status] ?? 0) + 1;
  console.log(`${r.versions[p.source]!.id} ↔ ${r.versions[p.target]!.id}: origin ${m.supportOrigin} min ${p.minConfidence}; table ${v.rows.filter((x) => x.problem).length}/${v.rows.length} flagged; view ${m.findings.filter((f) => f.shown).length}/${m.findings.length} shown ${JSON.stringify(kinds)}; marked omitted ${marked}/${m.sections.length} ${JSON.stringify(st)}; linked ${m.summary.filter((s) => s.links.length).length}/${m.summary.length}; noDetail ${!!m.noDetail}`);
});
