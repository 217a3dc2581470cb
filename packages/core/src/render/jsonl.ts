/**
 * JSON Lines: one bead per line (`{"a":[1],"b":[0],"score":0.741,…}`), with
 * its shape, score components and the text of each side, for tools that
 * stream records (jq, pandas `read_json(lines=True)`, datasets).
 */
import type { AlignmentReport } from '../schema.js';
import { joinSentences } from './json.js';

export function renderJsonl(report: AlignmentReport): string {
  return [...renderJsonlLines(report)].join('');
}

/** `renderJsonl` a line at a time, for output written as it is made. */
export function* renderJsonlLines(report: AlignmentReport): Generator<string> {
  const [a, b] = report.versions;
  for (const bead of report.alignment.beads) {
    const record = {
      a: bead.a,
      b: bead.b,
      score: bead.score,
      type: bead.type ?? `${bead.a.length}-${bead.b.length}`,
      textA: joinSentences(a, bead.a),
      textB: joinSentences(b, bead.b),
      scores: bead.scores,
      // A reviewed bead says so; an aligner's report renders as it always did.
      ...(bead.status === undefined ? {} : { status: bead.status }),
    };
    yield `${JSON.stringify(record)}\n`;
  }
}
