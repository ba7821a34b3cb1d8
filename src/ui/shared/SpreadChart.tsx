import type { Estimate, MatchQuery } from '../../claims/types';
import { formatFigure } from '../format';
import { type I18n, useI18n } from '../i18n';
import { chartScale } from './chart-scale';

interface Props {
  query: MatchQuery;
  estimates: Estimate[];
  width?: number;
  /** Value and claimant under each mark (the tooltip); the popup's mini chart leaves them out. */
  labelled?: boolean;
}

const AXIS_Y = 22;
const LABEL_ROWS = [38, 50];
// Labels closer than this would overlap, so the next one drops to the second row.
const LABEL_MIN_GAP = 90;

/**
 * Where the article's figure (the diamond above the axis) sits among the estimates: dots for
 * single figures (hollow for lower bounds), bars for ranges. A log scale when the values span
 * orders of magnitude.
 */
export function SpreadChart({ query, estimates, width = 300, labelled = false }: Props) {
  const i18n = useI18n();
  const values = [query, ...estimates].flatMap(boundsOf);
  if (values.length === 0 || estimates.length === 0) return null;
  const scale = chartScale(values, 14, width - 14);
  const marks = layoutLabels(estimates, scale.x);
  const height = labelled ? 56 : 30;
  return (
    <svg
      class="cc-spread"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
    >
      <title>{describeSpread(i18n, query, estimates, scale.log)}</title>
      <line class="cc-axis" x1={14} x2={width - 14} y1={AXIS_Y} y2={AXIS_Y} />
      {marks.map(({ estimate, x, row }) => (
        <g key={`${estimate.claimantId}-${estimate.date}`}>
          <EstimateMark estimate={estimate} x={scale.x} i18n={i18n} />
          {labelled ? (
            <text x={clamp(x, 30, width - 30)} y={LABEL_ROWS[row]} text-anchor="middle">
              {`${formatFigure(i18n, { ...estimate, qualifier: 'exact' })} ${shortName(estimate.claimantName)}`}
            </text>
          ) : null}
        </g>
      ))}
      <ArticleMark query={query} x={scale.x} />
    </svg>
  );
}

function ArticleMark({ query, x }: { query: MatchQuery; x: (value: number) => number }) {
  const bounds = boundsOf(query);
  const [low, high] = [bounds[0], bounds[bounds.length - 1]];
  if (low === undefined || high === undefined) return null;
  return (
    <g class="cc-article">
      {high > low ? <rect x={x(low)} y={8} width={x(high) - x(low)} height={3} /> : null}
      {bounds.map((value) => (
        <path key={value} d={`M${x(value)} ${AXIS_Y - 2} l-5 -8 l5 -8 l5 8 z`} />
      ))}
    </g>
  );
}

interface MarkProps {
  estimate: Estimate;
  x: (value: number) => number;
  i18n: I18n;
}

function EstimateMark({ estimate, x, i18n }: MarkProps) {
  const title = `${estimate.claimantName}: ${formatFigure(i18n, estimate)}`;
  if (estimate.value === null && estimate.low !== undefined && estimate.high !== undefined) {
    const left = x(estimate.low);
    return (
      <rect
        class="cc-range"
        x={left}
        y={AXIS_Y - 3}
        width={Math.max(4, x(estimate.high) - left)}
        height={6}
        rx={3}
      >
        <title>{title}</title>
      </rect>
    );
  }
  if (estimate.value === null) return null;
  const floor = estimate.flags.includes('lower-bound');
  return (
    <circle class={floor ? 'cc-dot cc-floor' : 'cc-dot'} cx={x(estimate.value)} cy={AXIS_Y} r={4}>
      <title>{title}</title>
    </circle>
  );
}

interface PlacedMark {
  estimate: Estimate;
  x: number;
  row: number;
}

function layoutLabels(estimates: Estimate[], x: (value: number) => number): PlacedMark[] {
  const placed = estimates
    .map((estimate) => ({ estimate, x: x(centreOf(estimate)), row: 0 }))
    .sort((a, b) => a.x - b.x);
  let lastX = [-Infinity, -Infinity];
  for (const mark of placed) {
    mark.row = mark.x - (lastX[0] as number) >= LABEL_MIN_GAP ? 0 : 1;
    lastX = mark.row === 0 ? [mark.x, lastX[1] as number] : [lastX[0] as number, mark.x];
  }
  return placed;
}

function describeSpread(
  i18n: I18n,
  query: MatchQuery,
  estimates: Estimate[],
  log: boolean,
): string {
  const list = estimates.map((e) => `${e.claimantName} ${formatFigure(i18n, e)}`).join('; ');
  const description = i18n.t('chartDescription', [formatFigure(i18n, query), list]);
  return log ? `${description} ${i18n.t('chartLogScale')}` : description;
}

function shortName(name: string): string {
  const short = name.replace(/\s*\(.*\)$/, '').replace(/^(General Staff) of Ukraine$/, '$1');
  return short.length > 16 ? `${short.slice(0, 15)}…` : short;
}

function boundsOf(figure: { value: number | null; low?: number; high?: number }): number[] {
  if (figure.value !== null) return [figure.value];
  return [figure.low, figure.high].filter((v): v is number => v !== undefined);
}

function centreOf(estimate: Estimate): number {
  const bounds = boundsOf(estimate);
  return bounds.reduce((a, b) => a + b, 0) / Math.max(1, bounds.length);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
