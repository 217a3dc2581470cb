/**
 * The "ladder" text format of sentence alignments used by Vecalign
 * (Thompson & Koehn 2019) and Bertalign (Liu & Zhu 2022): one bead per line,
 * `[src ids]:[tgt ids]` with 0-based sentence indices, optionally followed by
 * `:score`. `[0,1]:[0]:0.83` is a 2-1 bead, `[7]:[]` a source sentence with no
 * counterpart. Gold files (MAC, Vecalign's test sets) carry no score.
 */

/** A bead as the ladder format stores it: source ids, target ids and an optional score. */
export interface LadderBead {
  a: number[];
  b: number[];
  score?: number;
}

/**
 * Formats beads as ladder lines, one per bead, newline-terminated:
 * `[0,1]:[0]:0.83`. Lists have no spaces (as in the MAC gold files), an
 * empty side is `[]`, and a score is written with 2–4 decimals (trailing zeros
 * beyond the second dropped) and omitted when the bead has none.
 */
export function formatLadder(beads: readonly LadderBead[]): string {
  let out = '';
  for (const bead of beads) {
    out += `[${bead.a.join(',')}]:[${bead.b.join(',')}]`;
    if (bead.score !== undefined) out += `:${formatScore(bead.score)}`;
    out += '\n';
  }
  return out;
}

function formatScore(score: number): string {
  if (!Number.isFinite(score)) throw new RangeError(`formatLadder: score ${score} is not finite`);
  // Four decimals, then trailing zeros trimmed down to two: 0.83, 0.8312, 1.00.
  let fixed = score.toFixed(4);
  while (fixed.endsWith('0') && fixed.length - fixed.indexOf('.') > 3) fixed = fixed.slice(0, -1);
  return fixed;
}

// A list is `[]` or ids separated by commas; Python's list repr (which
// Vecalign and Bertalign print, `[0, 1]`) puts a space after each comma.
const IDS = String.raw`\[(?:\d+(?:, ?\d+)*)?\]`;
const SCORE = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const LINE = new RegExp(`^(${IDS}):(${IDS})(?::(${SCORE}))?$`);

/**
 * Parses ladder text (gold `[i,j]:[k]` or system output `[i,j]:[k]:score`)
 * into beads. Strict: every line must be a bead; only trailing blank lines
 * (and a `\r` before each newline) are allowed. A malformed line throws
 * `line 12: expected "[i,j]:[k]", got "…"` with its 1-based number.
 */
export function parseLadder(text: string): LadderBead[] {
  const lines = text.split('\n');
  let last = lines.length;
  while (last > 0 && lines[last - 1]!.replace(/\r$/, '').trim() === '') last--;
  const beads: LadderBead[] = [];
  for (let i = 0; i < last; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const match = LINE.exec(line);
    if (!match) {
      const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
      throw new Error(`line ${i + 1}: expected "[i,j]:[k]", got ${JSON.stringify(shown)}`);
    }
    const bead: LadderBead = { a: parseIds(match[1]!), b: parseIds(match[2]!) };
    if (match[3] !== undefined) bead.score = Number(match[3]);
    beads.push(bead);
  }
  return beads;
}

function parseIds(list: string): number[] {
  const inner = list.slice(1, -1);
  return inner === '' ? [] : inner.split(',').map((id) => Number(id.trim()));
}
