/**
 * Which findings of a summary pair a reader sees by default. A report that
 * carries `minConfidence` decides: a finding is shown when its confidence
 * reaches it. A report without one, and a finding without a confidence
 * (today's reports give none to moves and facts), get a rule chosen by
 * measurement: on the
 * hand-made gold of issue 11, the outline's sentence-level "omitted" was wrong
 * for 58 % of the sentences (the article's for 38 %) and its "additions" were
 * real for 17 % (article 8 %), while the changed facts it named (Tynker,
 * Nanochat, 3倍 against 2 到 3 倍) are real; a moved line in a summary is
 * how summaries are written, not an error. So by default the page shows
 * changed facts and omissions of a whole section (not measured on their own:
 * a section with no support at all is the strongest omission the report
 * has), and keeps the rest one switch away; the shading of every sentence
 * still shows its support.
 */
import type { PairReport, ReportVersion } from '@duizhao/core';

export type FindingKind = 'omission' | 'addition' | 'moved' | 'fact';

export interface Finding {
  kind: FindingKind;
  label: string;
  explanation: string;
  /** Source and target sentences it is about. */
  source: number[];
  target: number[];
  confidence?: number;
  /** Whether it is shown by default. */
  shown: boolean;
}

export interface FindingChoice {
  findings: Finding[];
  /** The report's threshold, when it has one. */
  threshold?: number;
  /** How the shown findings were chosen, in a sentence for the page. */
  rule: string;
}

const quote = (s: string): string => `“${s}”`;
const range = (ids: readonly number[]): string => (ids.length === 1 ? `sentence ${ids[0]! + 1}` : `sentences ${ids[0]! + 1}–${ids[ids.length - 1]! + 1}`);
const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** Measured on issue 11's gold (outline, article): see the module comment. */
const MEASURED_RULE =
  'The report carries no confidence, so the page chooses by measurement: shown are changed facts and sections with no support at all. Hidden until you ask for all findings: single omitted sentences and additions (on the hand-made gold of issue 11, 38–58 % of the sentences reported omitted were in fact covered, and only 8–17 % of the additions were real) and moves, which are how summaries are written.';

/** The findings of `pair` with whether each is shown by default. */
export function chooseFindings(pair: PairReport, source: ReportVersion, target: ReportVersion): FindingChoice {
  const threshold = pair.minConfidence;
  const findings: Finding[] = [];
  const push = (f: Omit<Finding, 'shown'>, byDefault: boolean): void => {
    // A finding the report gives no confidence (moves, facts in today's reports) follows the measured rule.
    const shown = threshold === undefined || f.confidence === undefined ? byDefault : f.confidence >= threshold;
    findings.push({ ...f, shown });
  };
  const withConfidence = (c: number | undefined): { confidence?: number } => (c === undefined ? {} : { confidence: c });
  for (const item of pair.items) {
    if (item.type === 'omission') {
      const region = pair.regions[item.region];
      const where = region?.heading ? `the section ${quote(region.heading)}` : `section ${item.region + 1}`;
      push(
        {
          kind: 'omission',
          label: item.whole ? 'section omitted' : 'omitted',
          explanation: `${target.id} leaves out ${item.whole ? 'all of' : 'part of'} ${where} (${source.id} ${range(item.source)}), starting ${quote(item.firstWords)}.`,
          source: item.source,
          target: [],
          ...withConfidence(item.confidence),
        },
        item.whole,
      );
    } else if (item.type === 'addition') {
      push(
        { kind: 'addition', label: 'added', explanation: `${target.id} ${range(item.target)} has no support in ${source.id}, starting ${quote(item.firstWords)}.`, source: [], target: item.target, ...withConfidence(item.confidence) },
        false,
      );
    } else if (item.type === 'moved') {
      push({ kind: 'moved', label: 'moved', explanation: `${target.id} ${range(item.target)} draws on ${source.id} ${range(item.source)}, out of the source's order.`, source: item.source, target: item.target, ...withConfidence(item.confidence) }, false);
    }
  }
  for (const fact of pair.facts) {
    const what = fact.kind === 'different-number' ? 'a different number' : fact.kind === 'spelling' ? 'a different spelling' : 'a different term';
    push(
      {
        kind: 'fact',
        label: `changed ${fact.category}`,
        explanation: `${what}: ${source.id} says ${quote(fact.source.text)}, ${target.id} says ${quote(fact.target.text)}.`,
        source: [fact.source.sentence],
        target: [fact.target.sentence],
        ...withConfidence(fact.confidence),
      },
      true,
    );
  }
  const rule =
    threshold === undefined
      ? MEASURED_RULE
      : `Shown: findings whose confidence is at least ${pct(threshold)}, the report’s threshold. Findings without a confidence follow the rule measured before reports had one: changed facts and wholly omitted sections shown, moves (how summaries are written) hidden.`;
  return threshold === undefined ? { findings, rule } : { findings, threshold, rule };
}
