/**
 * The confidence on compare's findings of parallel pairs (finding-model.ts),
 * fitted and checked on MAC-Dev with planted edits (`edit` in compare.ts):
 * each reported omission, addition and move, with its features, labelled
 * true when it is a planted edit. The gold's own 1-0 and 0-1 beads are left
 * out, as in the P/R counts. Fitted on the tuned documents, over several edit
 * seeds; checked on the held-out ones, which the weights never saw.
 * Reported per kind: average precision over the list ranked by confidence
 * (recall counted against every planted edit, found or not), and precision
 * and recall at the default `minParallelConfidence`.
 */
import { compareVersionPair, readDocument, toTraditional, type CompareOptions, type FindingModel, type ObservedFinding, type Version } from '@duizhao/core';
import type { GoldDocument } from './gold.js';
import { edit } from './compare.js';

type Kind = ObservedFinding['type'];
export const KINDS: readonly Kind[] = ['omission', 'addition', 'moved'];

/** One reported finding: its features, the confidence it was given, and whether it is a planted edit. */
export interface Labelled {
  type: Kind;
  features: number[];
  confidence: number;
  real: boolean;
}

/** Findings of every document in `ids`, edited with each of `seeds`, and the planted edits of each kind (found or not). */
export interface Collected {
  findings: Labelled[];
  planted: Record<Kind, number>;
}

/** A document against its own Traditional conversion, sentence for sentence: the same-script case (`FINDING_MODELS.within`). */
export function againstTraditional(doc: GoldDocument): GoldDocument {
  return { id: doc.id, src: doc.src, tgt: doc.src.map((line) => toTraditional(line).text), gold: doc.src.map((_, k) => ({ a: [k], b: [k] })) };
}

const version = (lines: readonly string[], id: string): Version => readDocument(lines.join('\n'), { source: id, format: 'lines' }).versions[0]!;

export function collectFindings(docs: readonly GoldDocument[], ids: readonly string[], seeds: readonly number[], edits: number, options: CompareOptions): Collected {
  const findings: Labelled[] = [];
  const planted: Record<Kind, number> = { omission: 0, addition: 0, moved: 0 };
  for (const seed of seeds) {
    for (const [index, doc] of docs.entries()) {
      if (!ids.includes(doc.id)) continue;
      const e = edit(doc, edits, seed * 1000 + index);
      const seen: ObservedFinding[] = [];
      const pair = compareVersionPair([version(e.zh, `${doc.id}.zh`), version(e.en, `${doc.id}.en`)], 0, 1, { ...options, parallel: { ...options.parallel, observe: (f) => seen.push(f) } });
      const zhIsSource = pair.source === 0;
      // Omissions are on the source side, additions on the target's; the edits are named from zh (omitted) and en (added).
      const truth = { omission: zhIsSource ? e.omitted : e.added, addition: zhIsSource ? e.added : e.omitted };
      const skip = { omission: zhIsSource ? e.natural.zh : e.natural.en, addition: zhIsSource ? e.natural.en : e.natural.zh };
      planted.omission += truth.omission.size;
      planted.addition += truth.addition.size;
      planted.moved += e.moved.size;
      const confidence = new Map<string, number>();
      for (const item of pair.items) {
        if (item.type === 'omission') for (const s of item.source) confidence.set(`omission ${s}`, item.confidence ?? 1);
        if (item.type === 'addition') for (const t of item.target) confidence.set(`addition ${t}`, item.confidence ?? 1);
        if (item.type === 'moved') confidence.set(`moved ${item.target[0]}`, item.confidence ?? 1);
      }
      for (const f of seen) {
        const c = confidence.get(`${f.type} ${f.sentence}`);
        if (c === undefined) continue;
        if (f.type === 'moved') {
          findings.push({ type: 'moved', features: f.features, confidence: c, real: e.moved.has(zhIsSource ? f.sentence : f.from!) });
          continue;
        }
        if (skip[f.type].has(f.sentence)) continue;
        findings.push({ type: f.type, features: f.features, confidence: c, real: truth[f.type].has(f.sentence) });
      }
    }
  }
  return { findings, planted };
}

/**
 * Logistic regression by Newton's method (IRLS), with an L2 penalty
 * `lambda` on every weight but the intercept (the first feature).
 */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], lambda = 1): number[] {
  const d = rows[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = w.map((x, k) => (k === 0 ? 0 : lambda * x));
    const hessian = Array.from({ length: d }, (_, r) => Array.from({ length: d }, (_, c) => (r === c && r > 0 ? lambda : 0)));
    rows.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-x.reduce((acc, v, k) => acc + v * w[k]!, 0)));
      const g = p - (labels[n] ? 1 : 0);
      for (let r = 0; r < d; r++) {
        gradient[r]! += g * x[r]!;
        for (let c = 0; c < d; c++) hessian[r]![c]! += p * (1 - p) * x[r]! * x[c]!;
      }
    });
    const step = solve(hessian, gradient);
    w = w.map((x, k) => x - step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Solves `a x = b` by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, r) => [...row, b[r]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (m[r]![n]! - m[r]!.slice(r + 1, n).reduce((acc, v, k) => acc + v * x[r + 1 + k]!, 0)) / m[r]![r]!;
  return x;
}

/** The probability under `weights`. */
export const score = (weights: readonly number[], features: readonly number[]): number => 1 / (1 + Math.exp(-features.reduce((acc, v, k) => acc + v * weights[k]!, 0)));

/** Average precision of `scored` ranked best first, against `planted` true items in all (found or not). */
export function averagePrecision(scored: readonly { p: number; real: boolean }[], planted: number): number {
  const ranked = [...scored].sort((x, y) => y.p - x.p);
  let hits = 0;
  let total = 0;
  ranked.forEach((x, k) => {
    if (!x.real) return;
    hits++;
    total += hits / (k + 1);
  });
  return planted > 0 ? total / planted : 0;
}

/** Precision and recall of the findings at or above `threshold`. */
export function measureAt(scored: readonly { p: number; real: boolean }[], planted: number, threshold: number): { p: number; r: number; f1: number; tp: number; fp: number } {
  const kept = scored.filter((x) => x.p >= threshold);
  const tp = kept.filter((x) => x.real).length;
  const fp = kept.length - tp;
  const p = kept.length > 0 ? tp / kept.length : 1;
  const r = planted > 0 ? tp / planted : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, fp };
}

/** Fits one weight vector per kind on `collected`. */
export function fitModel(collected: Collected, lambda = 1): FindingModel {
  const fit = (type: Kind): number[] => {
    const rows = collected.findings.filter((f) => f.type === type);
    return fitLogistic(rows.map((f) => f.features), rows.map((f) => f.real), lambda).map((w) => Math.round(w * 1000) / 1000);
  };
  return { omission: fit('omission'), addition: fit('addition'), moved: fit('moved') };
}

/**
 * The lowest threshold at which omissions and additions together are more
 * often real than not on `collected` (precision ≥ 0.5): a finding shown is a
 * better bet than a finding hidden. (Best F1 was tried first: its curve is so
 * flat that it moved from 0.3 to 0.1 between 8 and 12 edit seeds.)
 */
export function chooseThreshold(collected: Collected, model: FindingModel): number {
  const unpaired = collected.findings.filter((f) => f.type !== 'moved').map((f) => ({ p: score(model[f.type], f.features), real: f.real }));
  const planted = collected.planted.omission + collected.planted.addition;
  for (let k = 1; k < 20; k++) if (measureAt(unpaired, planted, k / 20).p >= 0.5) return k / 20;
  return 0.5;
}

/** Lines of AP and P/R at `threshold` per kind, with `p` as each finding's probability. */
export function formatConfidence(name: string, collected: Collected, p: (f: Labelled) => number, threshold: number): string[] {
  const lines: string[] = [];
  for (const type of KINDS) {
    const scored = collected.findings.filter((f) => f.type === type).map((f) => ({ p: p(f), real: f.real }));
    const all = measureAt(scored, collected.planted[type], 0);
    const at = measureAt(scored, collected.planted[type], threshold);
    lines.push(`${name} ${type.padEnd(8)} AP ${averagePrecision(scored, collected.planted[type]).toFixed(3)}; all reported P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} (tp ${all.tp}, fp ${all.fp}); at confidence ≥ ${threshold}: P ${at.p.toFixed(3)} R ${at.r.toFixed(3)} (tp ${at.tp}, fp ${at.fp}) of ${collected.planted[type]} planted`);
  }
  return lines;
}

/** Pooled omissions and additions: P/R at each threshold from 0.1 to 0.8, one line. */
export function formatCurve(name: string, collected: Collected, p: (f: Labelled) => number): string {
  const unpaired = collected.findings.filter((f) => f.type !== 'moved').map((f) => ({ p: p(f), real: f.real }));
  const planted = collected.planted.omission + collected.planted.addition;
  const points = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((t) => {
    const at = measureAt(unpaired, planted, t);
    return `${t}: ${at.p.toFixed(2)}/${at.r.toFixed(2)}`;
  });
  return `${name} unpaired P/R by threshold  ${points.join('  ')}`;
}
