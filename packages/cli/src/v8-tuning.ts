/**
 * How long V8 lets a function run before it optimizes it. The default (an
 * interrupt budget of 67,584 bytecode units) suits web pages, whose functions
 * run briefly; duizhao's run long over many sentences, and at the default V8
 * optimizes them early, before their types settle, then throws the code away
 * and optimizes again (on the 20k pair: 1,099 optimizations, 108 of them
 * thrown away). Each optimization is CPU taken from the two threads that
 * align, on a 2-core machine. A budget about 15 times larger lets each hot
 * function reach the optimizer once, with its types known.
 *
 * Measured with the built CLI, interleaved, every other job paused (3 Dec,
 * the CPU loop at 127–147 ms), default against 1,000,000:
 * - `align --lines` on the 20k scale pair: 3.76–3.92 s wall, 6.0–6.3 s CPU → 3.44–3.57 s, 5.2–5.5 s;
 * - `run` (the bundled corpus, `pnpm start`'s job): 4.45–4.47 s, 6.1–6.2 s CPU → 3.70–3.94 s, 4.5–4.8 s;
 * - `align` on 10 + 10 sentences: 0.44–0.47 s wall, 0.50–0.53 s CPU → 0.43–0.47 s, 0.44–0.47 s.
 * 600,000 did about as well; 2,400,000 and more were slower again (hot loops
 * stay unoptimized too long). The output is the same byte for byte: the
 * budget decides when code is compiled, never what it computes.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode units a function runs between V8's checks of whether to optimize it. */
export const INTERRUPT_BUDGET = 1_000_000;

/**
 * Sets the budget for this process and every worker thread it starts. Call it
 * first, before the modules that do the work are imported: a function keeps
 * the budget it was created with.
 */
export function tuneV8(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
