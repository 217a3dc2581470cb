/**
 * One long pair through the whole `duizhao align --lines` path, timed per
 * stage: the bytes are decoded and ingested as the CLI does (`decodeText`,
 * `readDocument` with `format: 'lines'`), CC-CEDICT is loaded, `alignPair`
 * reports its own stages through `onStage`, and the report is rendered as
 * the CLI's default TSV. Each stage gets its wall time and the process's CPU
 * time (user + system, all threads), which a loaded machine inflates less.
 */
import {
  alignPair,
  buildAlignmentReport,
  decodeText,
  loadDictionary,
  readDocument,
  renderTsv,
  type AlignComponent,
  type AlignStage,
  type LadderBead,
  type Version,
} from '@duizhao/core';
import type { GoldDocument } from './gold.js';

/** The stages `pnpm bench align --scale` prints, in pipeline order. */
export type ProfileStage = 'decode and ingest' | 'dictionary load' | AlignStage | 'render';

export interface StageTime {
  stage: ProfileStage;
  seconds: number;
  cpuSeconds: number;
}

export interface PairProfile {
  stages: StageTime[];
  beads: LadderBead[];
  /** Characters of TSV rendered: proof the render ran, and its size. */
  renderedChars: number;
}

/** Wall and CPU clocks, read at each stage's end; a stage reported several times (block by block) is summed. */
class StageClock {
  readonly stages: StageTime[] = [];
  private wall = performance.now();
  private cpu = process.cpuUsage();
  end(stage: ProfileStage): void {
    const wall = performance.now();
    const cpu = process.cpuUsage(this.cpu);
    let entry = this.stages.find((s) => s.stage === stage);
    if (!entry) this.stages.push((entry = { stage, seconds: 0, cpuSeconds: 0 }));
    entry.seconds += (wall - this.wall) / 1000;
    entry.cpuSeconds += (cpu.user + cpu.system) / 1e6;
    this.wall = wall;
    this.cpu = process.cpuUsage();
  }
}

const encoder = new TextEncoder();

/** Aligns `doc` (source zh-Hans, target en) as the CLI would from two files of lines, timing each stage. */
export async function profilePair(doc: GoldDocument, disable: readonly AlignComponent[]): Promise<PairProfile> {
  // The bytes of the two files, as readFileSync would return them: outside the clock.
  const files = [doc.src, doc.tgt].map((lines, k) => ({ name: k === 0 ? 'src.zh-Hans.txt' : 'tgt.en.txt', bytes: encoder.encode(`${lines.join('\n')}\n`) }));
  const clock = new StageClock();
  const [a, b] = files.map(({ name, bytes }) => readDocument(decodeText(bytes), { source: name, format: 'lines' }).versions[0]) as [Version, Version];
  clock.end('decode and ingest');
  const dictionary = disable.includes('dictionary') || disable.includes('lexical') ? undefined : await loadDictionary();
  clock.end('dictionary load');
  const alignment = alignPair(a, b, { ...(dictionary ? { dictionary } : {}), disable, onStage: (stage) => clock.end(stage) });
  const tsv = renderTsv(buildAlignmentReport(a, b, alignment));
  clock.end('render');
  return { stages: clock.stages, beads: alignment.beads.map((bead) => ({ a: bead.a, b: bead.b, score: bead.score })), renderedChars: tsv.length };
}
