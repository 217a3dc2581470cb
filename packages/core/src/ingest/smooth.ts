/**
 * Decisions taken block by block, completed from the neighbours: a block too
 * short to decide its language or script on its own takes that of the
 * nearest blocks that did (language.ts). Decisions are small codes in byte
 * arrays, {@link NONE} for a block that did not decide.
 */

/** No decision. */
export const NONE = 0;

/**
 * Fills the undecided ({@link NONE}) entries of `decided` from their nearest
 * decided neighbours: both sides agreeing win; on disagreement the side
 * matching the entry's own weak evidence (`weak`) wins, else the earlier side;
 * with one side only, that side; with none, its own weak evidence, else `fallback`.
 */
export function smooth(decided: Uint8Array, weak: Uint8Array, fallback: number): Uint8Array {
  const n = decided.length;
  const next = new Uint8Array(n);
  let after = NONE;
  for (let i = n - 1; i >= 0; i--) {
    next[i] = after;
    if (decided[i] !== NONE) after = decided[i]!;
  }
  const out = new Uint8Array(n);
  let before = NONE;
  for (let i = 0; i < n; i++) {
    const own = decided[i]!;
    if (own !== NONE) {
      out[i] = before = own;
      continue;
    }
    const b = before;
    const a = next[i]!;
    if (b !== NONE && a !== NONE) out[i] = b === a ? b : weak[i] === a ? a : b;
    else out[i] = b || a || weak[i] || fallback;
  }
  return out;
}
