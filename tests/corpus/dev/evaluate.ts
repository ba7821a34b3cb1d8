import { detectFigures, type FigureMention } from '../../../src/detect/index';
import type { CorpusCase, ExpectedFigure } from './types';

/**
 * Scores the detector on corpus cases. An expected figure is found when a detected figure
 * overlaps its span; precision counts detected figures that overlap an expected one, recall
 * expected figures that some detected figure overlaps. Metric and side accuracy are over the
 * matched pairs, so that they measure the reading of a figure, not whether it was found.
 */

/** One expected figure in the normalised form a detected one is compared with. */
export interface Normalised {
  text: string;
  start: number;
  end: number;
  metric: string;
  side: string;
  area?: string;
  unit: 'count' | 'percent';
  value: number | null;
  low?: number;
  high?: number;
  approx?: { magnitude: number };
  qualifier: string;
  claimant?: string;
  asOf: string;
  period?: { start: string | null; end: string };
}

/** The expected figures of a case with their offsets and defaults filled in. */
export function expectedOf(c: CorpusCase): Normalised[] {
  let from = 0;
  return c.figures.map((f: ExpectedFigure) => {
    const start = c.text.indexOf(f.text, from);
    if (start < 0) throw new Error(`corpus: "${f.text}" not found in "${c.text}"`);
    from = start + f.text.length;
    return {
      text: f.text,
      start,
      end: from,
      metric: f.metric,
      side: f.side,
      ...(f.area ? { area: f.area } : {}),
      unit: f.unit ?? 'count',
      value: f.value,
      ...(f.low !== undefined ? { low: f.low, high: f.high } : {}),
      ...(f.approx ? { approx: f.approx } : {}),
      qualifier: f.qualifier ?? 'exact',
      ...(f.claimant ? { claimant: f.claimant } : {}),
      asOf: f.asOf ?? c.date,
      ...(f.period ? { period: f.period } : {}),
    };
  });
}

/** A detected figure in the same form as {@link expectedOf}. */
export function normalise(m: FigureMention): Normalised {
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    metric: m.metric,
    side: m.side,
    ...(m.area ? { area: m.area } : {}),
    unit: m.unit,
    value: m.value,
    ...(m.low !== undefined ? { low: m.low, high: m.high } : {}),
    ...(m.approx ? { approx: m.approx } : {}),
    qualifier: m.qualifier,
    ...(m.claimant ? { claimant: m.claimant } : {}),
    asOf: m.asOf,
    ...(m.period ? { period: m.period } : {}),
  };
}

/** Detects the figures of one case, normalised. */
export function detectCase(c: CorpusCase): Normalised[] {
  return detectFigures(c.text, { pageDate: c.date, lang: c.lang ?? 'en' }).map(normalise);
}

/** Counts over a set of cases. */
export interface Score {
  cases: number;
  expected: number;
  detected: number;
  /** Detected figures that overlap an expected one. */
  truePositives: number;
  /** Expected figures that a detected one overlaps. */
  found: number;
  metricRight: number;
  sideRight: number;
  /** Expected figures found with the right measure AND side (docs/DETECTION.md §8). */
  readRight: number;
  /** Matched figures whose every field is as expected. */
  exact: number;
  /** Cases whose detected figures are exactly the expected ones. */
  casesRight: number;
}

const overlaps = (a: Normalised, b: Normalised) => a.start < b.end && b.start < a.end;

/** Scores the detector on `cases`. */
export function score(cases: readonly CorpusCase[]): Score {
  const s: Score = {
    cases: cases.length,
    expected: 0,
    detected: 0,
    truePositives: 0,
    found: 0,
    metricRight: 0,
    sideRight: 0,
    readRight: 0,
    exact: 0,
    casesRight: 0,
  };
  for (const c of cases) {
    const expected = expectedOf(c);
    const detected = detectCase(c);
    s.expected += expected.length;
    s.detected += detected.length;
    s.truePositives += detected.filter((d) => expected.some((e) => overlaps(d, e))).length;
    for (const e of expected) {
      const d = detected.find((x) => overlaps(x, e));
      if (!d) continue;
      s.found += 1;
      if (d.metric === e.metric) s.metricRight += 1;
      if (d.side === e.side) s.sideRight += 1;
      if (d.metric === e.metric && d.side === e.side) s.readRight += 1;
      if (JSON.stringify(d) === JSON.stringify(e)) s.exact += 1;
    }
    if (JSON.stringify(detected) === JSON.stringify(expected)) s.casesRight += 1;
  }
  return s;
}

/** Precision, recall and accuracies of a score, as fractions (1 when there is nothing to count). */
export function rates(s: Score) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(s.truePositives, s.detected),
    recall: ratio(s.found, s.expected),
    metricAccuracy: ratio(s.metricRight, s.found),
    sideAccuracy: ratio(s.sideRight, s.found),
    readRight: ratio(s.readRight, s.expected),
    exactFigures: ratio(s.exact, s.found),
  };
}
