/**
 * Scores the detector on the real-text corpus (docs/DETECTION.md §8): per batch and per language,
 * found (recall), precision, read right (found with the right measure AND side, over every
 * annotated figure), measure and side accuracy, and false positives on negative passages.
 */
import type { CorpusCase, ExpectedFigure } from '../../tests/corpus/dev';
import { detectCase, expectedOf, rates, type Score, score } from '../../tests/corpus/dev/evaluate';
import { type RealBatch, type RealPassage, readBatches, readBatchTexts } from './real-corpus';

/** Issue 13's targets, for every language, on first sight of a fresh batch. */
export const REAL_TARGETS = { recall: 0.9, precision: 0.95, readRight: 0.9 };

/** A passage as a corpus case: its text, publication date, language and annotated figures. */
export function caseOf(passage: RealPassage, text: string): CorpusCase {
  const figures = passage.figures.map(
    ({ start, end, alsoMetric, note, ...figure }): ExpectedFigure => figure,
  );
  return { text, date: passage.published, lang: passage.lang, figures };
}

export interface BatchScore {
  batch: string;
  lang: string;
  passages: number;
  outlets: number;
  missing: string[];
  changed: string[];
  score: Score;
  /** Figures found in negative passages (every one a false positive). */
  negativeHits: number;
  negatives: number;
  cases: { passage: RealPassage; case: CorpusCase }[];
}

/** Scores one batch whose passages are present in `dir`. */
export function scoreBatch(dir: string, batch: RealBatch): BatchScore {
  const { present, missing, changed } = readBatchTexts(dir, batch);
  const cases = present.map(({ passage, text }) => ({ passage, case: caseOf(passage, text) }));
  const negatives = cases.filter((c) => c.passage.kind === 'negative');
  return {
    batch: batch.batch,
    lang: batch.lang,
    passages: present.length,
    outlets: new Set(present.map((p) => p.passage.outlet)).size,
    missing,
    changed,
    score: score(cases.map((c) => c.case)),
    negativeHits: negatives.reduce((n, c) => n + detectCase(c.case).length, 0),
    negatives: negatives.length,
    cases,
  };
}

const f3 = (x: number) => x.toFixed(3);

/** One table row per batch, then one per language over every batch of it. */
export function realTable(scores: BatchScore[]): string[] {
  const lines = [
    '| batch | language | passages | outlets | figures | precision | recall | read right | measure | side | negatives (false figures) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (
    name: string,
    lang: string,
    s: Score,
    passages: number,
    outlets: number,
    neg: string,
  ) => {
    const r = rates(s);
    lines.push(
      `| ${name} | ${lang} | ${passages} | ${outlets} | ${s.expected} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.readRight)} | ${f3(r.metricAccuracy)} | ${f3(r.sideAccuracy)} | ${neg} |`,
    );
  };
  for (const b of scores) {
    row(
      b.batch,
      b.lang,
      b.score,
      b.passages,
      b.outlets,
      b.negatives ? `${b.negatives} (${b.negativeHits})` : '–',
    );
  }
  return lines;
}

/** Lines for every batch: its table, what is missing, and with `cases` every passage read wrong. */
export function realReport(dir: string, cases: boolean, only?: string): string[] {
  const batches = readBatches(dir, only);
  const scores = batches.map((b) => scoreBatch(dir, b));
  const lines = [
    `Real text (${dir}): annotated before the detector read it (docs/DETECTION.md §8).`,
    ...realTable(scores),
    `targets: recall ≥ ${REAL_TARGETS.recall}, precision ≥ ${REAL_TARGETS.precision}, read right ≥ ${REAL_TARGETS.readRight}`,
  ];
  for (const b of scores) {
    if (b.missing.length)
      lines.push(
        `${b.batch}: ${b.missing.length} passage(s) absent (fetch them again from their addresses)`,
      );
    if (b.changed.length)
      lines.push(`${b.batch}: passage text changed since annotation: ${b.changed.join(', ')}`);
  }
  if (cases) for (const b of scores) lines.push(...wrongPassages(b));
  return lines;
}

/** Every passage whose figures are not found or not read as annotated. */
function wrongPassages(b: BatchScore): string[] {
  const lines: string[] = [];
  for (const { passage, case: c } of b.cases) {
    const want = expectedOf(c);
    const got = detectCase(c);
    const key = (f: { text: string; metric: string; side: string }) =>
      `${f.text}|${f.metric}|${f.side}`;
    const wantKeys = want.map(key);
    const gotKeys = got.map(key);
    if (JSON.stringify(wantKeys) === JSON.stringify(gotKeys)) continue;
    lines.push(`${passage.id} (${passage.outlet}, ${passage.published})`);
    for (const w of want) {
      const d = got.find((x) => x.start < w.end && w.start < x.end);
      const context = c.text.slice(Math.max(0, w.start - 90), w.end + 60).replace(/\s+/g, ' ');
      if (!d) lines.push(`  MISSED ${w.text} [${w.metric} ${w.side}]  …${context}…`);
      else if (d.metric !== w.metric || d.side !== w.side)
        lines.push(
          `  MISREAD ${w.text} [${w.metric} ${w.side}] as "${d.text}" [${d.metric} ${d.side}]  …${context}…`,
        );
    }
    for (const d of got) {
      if (want.some((w) => d.start < w.end && w.start < d.end)) continue;
      const context = c.text.slice(Math.max(0, d.start - 90), d.end + 60).replace(/\s+/g, ' ');
      lines.push(`  FALSE ${d.text} [${d.metric} ${d.side}]  …${context}…`);
    }
  }
  return lines;
}
