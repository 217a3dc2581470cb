/**
 * The order prior of a summary as a best path. A summary mostly follows its
 * source, so each line's source position is chosen jointly with its
 * neighbours': one candidate per line (or none), maximising the summed
 * candidate scores along a path that runs forward through the source and
 * steps back only at a cost. This is Viterbi decoding over source positions,
 * as Jing & McKeown (1999) decompose a summary into the source passages it
 * was cut from, with a sentence as the unit and a transition that only
 * distinguishes "onwards" from "back". Of two equally good matches (an
 * editor's preview restating an answer, and the answer), the one in order
 * wins; a weak match between its neighbours' sources counts, a weak match
 * elsewhere does not.
 */

export interface OrderPathOptions {
  /** Score shares (score / support threshold) above this count as much as this, so one very strong match does not outweigh several in order. @default 2 */
  cap?: number;
  /**
   * Cost of a step back in the source by more than `slack` sentences, in score shares. A summary may return to earlier
   * matter (a closing recap), but anchors after a step back open wide windows for weak matches: on the article summary,
   * costs of 2, 4 and 8 gave fewer additions found than none at all. @default Infinity
   */
  backCost?: number;
  /** Cost of a step back at a line that opens a section of the summary: a summary may order its sections otherwise than the source (tools before trends), while inside a section it follows it. @default 1 */
  sectionBackCost?: number;
  /** Sentences the path may step back for free (a line resting on the sentence before the previous line's). @default 2 */
  slack?: number;
  /**
   * Longest run of lines, after a step back, that the path drops again when the line after them returns past the point
   * it left (289, then 119, then 303): not a section the summary orders its own way but a line out of place (moved).
   * @default 1
   */
  maxDetour?: number;
}

/** A candidate source sentence `b` with its score as a share of the support threshold. */
export interface PathCandidate {
  b: number;
  share: number;
}

/**
 * Per target sentence, the candidate on the best path (its source sentence),
 * or -1 where the path passes the sentence by. `candidates[t]` are the
 * sentence's candidates, each with a positive share; `sourceLength` bounds
 * their `b`. Runs in O(C log n) for C candidates in all (a Fenwick tree of
 * prefix maxima over source positions, Fenwick 1994).
 */
export function findOrderPath(candidates: readonly (readonly PathCandidate[])[], sourceLength: number, options: OrderPathOptions = {}, opens: readonly boolean[] = []): number[] {
  const cap = options.cap ?? 2;
  const backCost = options.backCost ?? Infinity;
  const slack = options.slack ?? 2;
  // State s + 1 is "the last line on the path rests on source sentence s"; state 0 is "nothing yet".
  const size = sourceLength + 1;
  const best = new PrefixMax(size);
  best.raise(0, 0, -1);
  let top = { value: 0, state: 0 };
  const steps: { state: number; from: number }[][] = [];
  const sectionBackCost = options.sectionBackCost ?? 1;
  candidates.forEach((row, t) => {
    const back = opens[t] === true ? Math.min(backCost, sectionBackCost) : backCost;
    const updates: { state: number; value: number; from: number }[] = [];
    for (const c of row) {
      const state = c.b + 1;
      const onwards = best.query(Math.min(size - 1, state + slack));
      const [value, from] = onwards.value >= top.value - back ? [onwards.value, onwards.state] : [top.value - back, top.state];
      updates.push({ state, value: value + Math.min(cap, c.share), from });
    }
    const kept: { state: number; from: number }[] = [];
    for (const u of updates) {
      if (u.value <= best.valueAt(u.state)) continue;
      best.raise(u.state, u.value, u.state);
      kept.push({ state: u.state, from: u.from });
      if (u.value > top.value) top = { value: u.value, state: u.state };
    }
    steps.push(kept);
  });
  const path = candidates.map(() => -1);
  let state = top.state;
  for (let t = candidates.length - 1; t >= 0 && state > 0; t--) {
    // Going back, the first line that raised the state is the last raise before the line that stepped from it: the one the path used.
    const step = steps[t]!.find((s) => s.state === state);
    if (step === undefined) continue;
    path[t] = state - 1;
    state = step.from;
  }
  return dropDetours(path, slack, options.maxDetour ?? 1);
}

/**
 * A step back that the path takes for one line, or a few, and then leaves
 * for a source sentence at or past the one it stepped back from, is no
 * section in the summary's own order: the line is out of place, a moved
 * match, and between the lines around it the summary still follows its
 * source. Its anchor would otherwise leave those lines no "between" (their
 * neighbours' sources 289 and 119), so they would find no support at all.
 */
export function dropDetours(path: readonly number[], slack: number, maxDetour: number): number[] {
  const out = [...path];
  const anchors = path.flatMap((b, t) => (b >= 0 ? [t] : []));
  for (let k = 1; k < anchors.length; k++) {
    const left = path[anchors[k - 1]!]!;
    if (path[anchors[k]!]! >= left - slack) continue;
    // The run after the step back: its anchors up to the first that returns to where the path left.
    let end = k;
    while (end < anchors.length && path[anchors[end]!]! < left - slack) end++;
    if (end < anchors.length && end - k <= maxDetour) for (let r = k; r < end; r++) out[anchors[r]!] = -1;
  }
  return out;
}

/** Prefix maxima with their position, over values that only rise (a Fenwick tree). */
class PrefixMax {
  private readonly value: Float64Array;
  private readonly state: Int32Array;
  private readonly own: Float64Array;
  constructor(size: number) {
    this.value = new Float64Array(size + 1).fill(-Infinity);
    this.state = new Int32Array(size + 1).fill(-1);
    this.own = new Float64Array(size).fill(-Infinity);
  }
  valueAt(i: number): number {
    return this.own[i]!;
  }
  raise(i: number, value: number, state: number): void {
    this.own[i] = Math.max(this.own[i]!, value);
    for (let k = i + 1; k < this.value.length; k += k & -k) {
      if (value > this.value[k]!) {
        this.value[k] = value;
        this.state[k] = state;
      }
    }
  }
  /** Largest value at positions 0..i, and where. */
  query(i: number): { value: number; state: number } {
    let value = -Infinity;
    let state = -1;
    for (let k = i + 1; k > 0; k -= k & -k) {
      if (this.value[k]! > value) {
        value = this.value[k]!;
        state = this.state[k]!;
      }
    }
    return { value, state };
  }
}
