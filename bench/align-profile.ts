/**
 * One long pair through the whole `duizhao align --lines` path, timed per
 * stage: the bytes are decoded and ingested as the CLI does (`decodeText`,
 * `readDocument` with `format: 'lines'`), CC-CEDICT is loaded, the pair is
 * aligned as the CLI aligns it (`alignAndCheck`: a long pair is cut where
 * the alignment is certain and its two parts aligned at once, the second on
 * a worker thread), the report is rendered as the CLI's default TSV while
 * the worker checks that the pair looks related, and that check is awaited.
 * Stages before and after the parts get their wall time and the process's
 * CPU time (user + system, all threads); the stages of each part get that
 * part's own wall time, on its own thread.
 */
import {
  DEFAULT_MAX_BEAD,
  decodeText,
  loadDictionary,
  readDocument,
  renderTsv,
  type AlignComponent,
  type AlignStage,
  type LadderBead,
  type Version,
} from '@duizhao/core';
import { PartWorker } from '../packages/cli/src/part-worker.js';
import { alignAndCheck } from '../packages/cli/src/pipeline.js';
import type { GoldDocument } from './gold.js';

/** The stages `pnpm bench align --scale` prints, in pipeline order. */
export type ProfileStage = 'decode and ingest' | 'dictionary load' | 'cut' | AlignStage | 'wait' | 'join' | 'render' | 'relatedness check';

export interface StageTime {
  stage: ProfileStage;
  /** Wall seconds; for the stages of the parts, each part's on its own thread. */
  seconds: number[];
  /** CPU seconds of the process, all threads (stages outside the parts only). */
  cpuSeconds?: number;
}

export interface PairProfile {
  stages: StageTime[];
  wallSeconds: number;
  cpuSeconds: number;
  beads: LadderBead[];
  /** Characters of TSV rendered: proof the render ran, and its size. */
  renderedChars: number;
}

const encoder = new TextEncoder();
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** Aligns `doc` (source zh-Hans, target en) as the CLI would from two files of lines, timing each stage. */
export async function profilePair(doc: GoldDocument, disable: readonly AlignComponent[], threads = true): Promise<PairProfile> {
  // The bytes of the two files, as readFileSync would return them: outside the clock.
  const files = [doc.src, doc.tgt].map((lines, k) => ({ name: k === 0 ? 'src.zh-Hans.txt' : 'tgt.en.txt', bytes: encoder.encode(`${lines.join('\n')}\n`) }));
  const stages: StageTime[] = [];
  const start = { wall: performance.now(), cpu: cpuNow() };
  let last = { ...start };
  /** Ends a stage of the main thread: its wall and CPU time since the previous one. */
  const end = (stage: ProfileStage) => {
    const now = { wall: performance.now(), cpu: cpuNow() };
    stages.push({ stage, seconds: [(now.wall - last.wall) / 1000], cpuSeconds: now.cpu - last.cpu });
    last = now;
  };
  // As `duizhao align` does for inputs of 0.5 MB or more: the worker thread starts before the files are read.
  const worker = new PartWorker();
  if (threads) worker.start();
  const [a, b] = files.map(({ name, bytes }) => readDocument(decodeText(bytes), { source: name, format: 'lines' }).versions[0]) as [Version, Version];
  end('decode and ingest');
  const dictionary = disable.includes('dictionary') || disable.includes('lexical') ? undefined : await loadDictionary();
  end('dictionary load');
  const parts = new Map<ProfileStage, number[]>();
  // As `duizhao align` does: the check that the pair looks related runs on the worker while the report is rendered.
  const { report, relatedness } = await alignAndCheck(a, b, DEFAULT_MAX_BEAD, {
    worker,
    dictionary,
    disable,
    threads,
    onStage: (part, stage, seconds) => {
      const list = parts.get(stage) ?? [];
      list[part] = (list[part] ?? 0) + seconds;
      parts.set(stage, list);
      if (stage === 'join' || (stage === 'pass 2' && part === 0)) last = { wall: performance.now(), cpu: cpuNow() };
    },
  });
  for (const [stage, seconds] of parts) stages.push({ stage, seconds: Array.from(seconds, (x) => x ?? 0) });
  const tsv = renderTsv(report);
  end('render');
  await relatedness;
  end('relatedness check');
  worker.stop();
  const wallSeconds = (performance.now() - start.wall) / 1000;
  return { stages, wallSeconds, cpuSeconds: cpuNow() - start.cpu, beads: report.alignment.beads.map((bead) => ({ a: bead.a, b: bead.b, score: bead.score })), renderedChars: tsv.length };
}
