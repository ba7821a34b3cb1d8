import type { Area, IsoDate, Method, Metric, Qualifier } from '../core/vocabulary';
import { formatCount, formatFigure } from './format';
import type { Comparison, Estimate, Flag, MatchQuery, NextClaim } from './types';

/**
 * Plain renderings of a Comparison for the `claims` command: one JSON-ready row per claim, and a
 * readable text table. Pure, so the command and any test share them.
 */

/** One claim as `npm run claims -- --json` prints it. */
export interface ClaimRow {
  claimant: string;
  claimantName: string;
  /** The date the figure refers to (for a period figure: the period's last day with a figure). */
  asOf: IsoDate;
  value?: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  method: Method;
  /** https: link to the claimant's publication or the dataset row's source. */
  source: string;
  metric: Metric;
  periodStart?: IsoDate;
  area?: Area;
  /** A statistical model's 95% confidence interval around `value`. */
  interval?: { low: number; high: number };
  cited: boolean;
  flags: Flag[];
  reasons: Partial<Record<Flag, string>>;
  next?: NextClaim;
  dataset: string;
  file?: string;
  ref?: string;
}

/** The rows of a comparison, in its order (cited claimant first, then by figure). */
export function claimRows(comparison: Comparison): ClaimRow[] {
  return comparison.estimates.map((e) => ({
    claimant: e.claimantId,
    claimantName: e.claimantName,
    metric: e.metric,
    asOf: e.date,
    ...(e.value !== null ? { value: e.value } : {}),
    ...(e.low !== undefined ? { low: e.low } : {}),
    ...(e.high !== undefined ? { high: e.high } : {}),
    qualifier: e.qualifier,
    method: e.method,
    source: e.sourceUrl,
    ...(e.periodStart !== undefined ? { periodStart: e.periodStart } : {}),
    ...(e.area !== undefined ? { area: e.area } : {}),
    ...(e.interval !== undefined ? { interval: e.interval } : {}),
    cited: e.cited,
    flags: e.flags,
    reasons: e.reasons ?? {},
    ...(e.next ? { next: e.next } : {}),
    dataset: e.dataset,
    ...(e.file !== undefined ? { file: e.file } : {}),
    ...(e.ref !== undefined ? { ref: e.ref } : {}),
  }));
}

/** "tanks, russia, as of 2022-04-18; the article: 790, citing ua-general-staff". */
export function describeQuery(query: MatchQuery): string {
  const where = query.area ? `${query.side} (${query.area})` : query.side;
  const parts = [`${query.metric}, ${where}, as of ${query.asOf}`];
  if (query.period) parts.push(`over ${query.period.start}..${query.period.end}`);
  else if (query.increment) parts.push("one day's increase");
  const figure =
    query.value !== null || query.low !== undefined ? formatFigure(query) : 'no figure';
  const unit = query.unit === 'percent' ? '%' : '';
  const cites = query.claimant ? `, citing ${query.claimant}` : '';
  return `${parts.join(', ')}; the article: ${figure}${unit}${cites}`;
}

const HEADER = ['claimant', 'figure', 'as of', 'method', 'next', 'flags'] as const;

/** A readable table of the comparison, then each claim's reasons and source. */
export function renderTable(comparison: Comparison): string {
  const head = describeQuery(comparison.query);
  if (comparison.estimates.length === 0) return `${head}\n\nNo estimates known.\n`;
  const rows = comparison.estimates.map(tableCells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const details = comparison.estimates.flatMap(detailLines);
  return [head, '', line(HEADER), ...rows.map(line), '', ...details].join('\n');
}

function tableCells(e: Estimate): string[] {
  const next = e.next ? `${nextFigure(e.next)} (${e.next.date})` : '';
  return [
    `${e.cited ? '* ' : ''}${e.claimantName}`,
    e.interval
      ? `${formatFigure(e)} (95% CI ${formatCount(e.interval.low)}–${formatCount(e.interval.high)})`
      : formatFigure(e),
    e.date,
    e.method,
    next,
    e.flags.join(', '),
  ];
}

function nextFigure(next: NextClaim): string {
  if (next.value !== undefined) return formatCount(next.value);
  return `${formatCount(next.low ?? 0)}–${formatCount(next.high ?? 0)}`;
}

function detailLines(e: Estimate): string[] {
  const where = [e.dataset, e.file].filter(Boolean).join('/');
  const reasons = e.flags.map((flag) => `  ${flag}: ${e.reasons?.[flag] ?? ''}`);
  return [
    `${e.claimantName} (${e.claimantId})`,
    ...reasons,
    `  source: ${e.sourceUrl}`,
    `  from: ${where}${e.ref ? `, ${e.ref}` : ''}`,
    '',
  ];
}
