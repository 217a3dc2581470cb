/**
 * A seeded pseudo-random generator, so shuffled baselines and benchmark
 * edits are the same on every run and platform: Mulberry32 (Tommy Ettinger),
 * 32 bits of state, uniform in [0, 1).
 */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
