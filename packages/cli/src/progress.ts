/**
 * A progress bar on standard error, for work that takes more than about a
 * second, only when standard error is a terminal and not `--quiet`; colour
 * unless NO_COLOR (no-color.org) is set.
 */
import type { CliIo } from './io.js';

export interface ProgressState {
  done: number;
  total: number;
  /** What is being worked on now. */
  label?: string;
  /** Time since the start, for the rate and the estimate. */
  elapsedMs: number;
}

export interface BarStyle {
  /** @default 24 */
  width?: number;
  /** @default false */
  color?: boolean;
  /** Longest label shown; longer ones are cut from the left. @default 40 */
  maxLabel?: number;
}

/** One line: `[████████░░░░░░░░]  8/15  53%  1.2 s  pairs/x--y`. Pure, for tests. */
export function renderProgressBar(state: ProgressState, style: BarStyle = {}): string {
  const width = style.width ?? 24;
  const total = Math.max(state.total, 0);
  const done = Math.min(Math.max(state.done, 0), total);
  const fraction = total === 0 ? 1 : done / total;
  const filled = Math.round(fraction * width);
  const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
  const painted = style.color ? `\x1b[32m${bar}\x1b[0m` : bar;
  const digits = String(total).length;
  const maxLabel = style.maxLabel ?? 40;
  let label = state.label ?? '';
  if (label.length > maxLabel) label = `…${label.slice(label.length - maxLabel + 1)}`;
  const counts = `${String(done).padStart(digits)}/${total}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `[${painted}] ${counts} ${percent} ${(state.elapsedMs / 1000).toFixed(1)} s${label ? `  ${label}` : ''}`;
}

/** Whether colour is allowed: NO_COLOR set to anything non-empty turns it off. */
export function colorAllowed(env: CliIo['env'] = process.env): boolean {
  return !env.NO_COLOR;
}

/** Draws the bar on a terminal's standard error after the first second; does nothing otherwise. */
export class Progress {
  private readonly began = performance.now();
  private readonly enabled: boolean;
  private drawn = false;
  private lastDraw = 0;

  private readonly io: CliIo;

  constructor(io: CliIo, options: { quiet?: boolean } = {}) {
    this.io = io;
    this.enabled = !options.quiet && io.isTTY;
  }

  update(done: number, total: number, label?: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    const elapsedMs = now - this.began;
    if (elapsedMs < 1000 || (now - this.lastDraw < 80 && done < total)) return;
    this.lastDraw = now;
    this.drawn = true;
    const line = renderProgressBar(label === undefined ? { done, total, elapsedMs } : { done, total, label, elapsedMs }, { color: colorAllowed(this.io.env) });
    this.io.stderr.write(`\r${line}\x1b[K`);
  }

  /** Clears the bar so what follows starts on a clean line. */
  end(): void {
    if (this.drawn) this.io.stderr.write('\r\x1b[K');
    this.drawn = false;
  }
}
