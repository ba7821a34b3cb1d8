import type { Estimate, MatchQuery } from '../../claims/types';
import { formatFigure } from '../format';
import { type I18n, useI18n } from '../i18n';
import { labelWidth, type PlacedLabel, placeLabels } from './chart-labels';
import { chartScale } from './chart-scale';

interface Props {
  query: MatchQuery;
  estimates: Estimate[];
  width?: number;
  /**
   * Labels (the tooltip): the article's figure above the axis, the lowest and highest estimate
   * under it. The popup's mini chart leaves them out.
   */
  labelled?: boolean;
  /** False for another measure's chart: the article's figure is not on that axis. */
  showArticle?: boolean;
}

const EDGE = 14;
const LABEL_LINE = 12;

/**
 * Where the article's figure (the diamond above the axis) sits among the estimates: dots for
 * single figures (hollow for lower bounds), bars for ranges and a model's interval. A log scale
 * when the values span orders of magnitude. Only the extremes are labelled, so that labels never
 * print over one another; every mark names itself on hover, and the title lists them all.
 */
export function SpreadChart(props: Props) {
  const { query, estimates, width = 300, labelled = false, showArticle = true } = props;
  const i18n = useI18n();
  const values = chartValues(query, estimates, showArticle);
  if (values.length === 0 || estimates.length === 0) return null;
  const scale = chartScale(values, EDGE, width - EDGE);
  const axisY = labelled ? (showArticle ? 34 : 12) : 22;
  const labels = labelled ? extremeLabels(i18n, estimates, scale.x, width) : [];
  const rows = Math.max(0, ...labels.map((l) => l.row + 1));
  const height = labelled ? axisY + 8 + rows * LABEL_LINE : 30;
  return (
    <svg
      class="cc-spread"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
    >
      <title>{describeSpread(i18n, showArticle ? query : null, estimates, scale.log)}</title>
      <line class="cc-axis" x1={EDGE} x2={width - EDGE} y1={axisY} y2={axisY} />
      {estimates.map((estimate) => (
        <EstimateMark
          key={`${estimate.claimantId}-${estimate.date}-${estimate.metric}`}
          estimate={estimate}
          x={scale.x}
          axisY={axisY}
          i18n={i18n}
        />
      ))}
      {labels.map((label) => (
        <text
          key={label.key}
          class="cc-label"
          x={label.centre}
          y={axisY + 4 + (label.row + 1) * LABEL_LINE}
          text-anchor="middle"
        >
          {label.text}
        </text>
      ))}
      {showArticle ? (
        <ArticleMark query={query} x={scale.x} axisY={axisY} i18n={i18n} width={width} />
      ) : null}
    </svg>
  );
}

function chartValues(query: MatchQuery, estimates: Estimate[], showArticle: boolean): number[] {
  return [...(showArticle ? [query] : []), ...estimates].flatMap(boundsOf);
}

/** Whether the chart of these estimates uses a log scale (the tooltip says so under it). */
export function spreadIsLogarithmic(
  query: MatchQuery,
  estimates: Estimate[],
  showArticle = true,
): boolean {
  const values = chartValues(query, estimates, showArticle);
  return values.length > 0 && chartScale(values, 0, 1).log;
}

/** The lowest and highest estimates' labels; one label when they are the same mark. */
function extremeLabels(
  i18n: I18n,
  estimates: Estimate[],
  x: (value: number) => number,
  width: number,
): PlacedLabel[] {
  const sorted = [...estimates].sort((a, b) => centreOf(a) - centreOf(b));
  const ends = [sorted[0], sorted[sorted.length - 1]].filter(
    (e, i, all): e is Estimate => e !== undefined && all.indexOf(e) === i,
  );
  return placeLabels(
    ends.map((e) => ({
      key: `${e.claimantId}-${e.date}`,
      x: x(centreOf(e)),
      text: `${formatFigure(i18n, { ...e, qualifier: 'exact' })} ${shortName(e.claimantName)}`,
    })),
    0,
    width,
  );
}

interface ArticleProps {
  query: MatchQuery;
  x: (value: number) => number;
  axisY: number;
  i18n: I18n;
  width: number;
}

function ArticleMark({ query, x, axisY, i18n, width }: ArticleProps) {
  const bounds = boundsOf(query);
  const [low, high] = [bounds[0], bounds[bounds.length - 1]];
  if (low === undefined || high === undefined) return null;
  const label = i18n.t('chartArticle', formatFigure(i18n, { ...query, qualifier: 'exact' }));
  const half = labelWidth(label) / 2;
  const centre = Math.min(width - half, Math.max(half, (x(low) + x(high)) / 2));
  return (
    <g class="cc-article">
      {high > low ? <rect x={x(low)} y={axisY - 14} width={x(high) - x(low)} height={3} /> : null}
      {bounds.map((value) => (
        <path key={value} d={`M${x(value)} ${axisY - 2} l-5 -8 l5 -8 l5 8 z`} />
      ))}
      {axisY >= 34 ? (
        <text class="cc-label cc-article-label" x={centre} y={10} text-anchor="middle">
          {label}
        </text>
      ) : null}
    </g>
  );
}

interface MarkProps {
  estimate: Estimate;
  x: (value: number) => number;
  axisY: number;
  i18n: I18n;
}

function EstimateMark({ estimate, x, axisY, i18n }: MarkProps) {
  const title = <title>{`${estimate.claimantName}: ${formatFigure(i18n, estimate)}`}</title>;
  if (estimate.value === null && estimate.low !== undefined && estimate.high !== undefined) {
    const left = x(estimate.low);
    const barWidth = Math.max(4, x(estimate.high) - left);
    return (
      <rect class="cc-range" x={left} y={axisY - 3} width={barWidth} height={6} rx={3}>
        {title}
      </rect>
    );
  }
  if (estimate.value === null) return null;
  const floor = estimate.flags.includes('lower-bound');
  const { interval } = estimate;
  return (
    <g>
      {interval ? (
        <rect
          class="cc-interval"
          x={x(interval.low)}
          y={axisY - 1.5}
          width={Math.max(2, x(interval.high) - x(interval.low))}
          height={3}
        />
      ) : null}
      <circle class={floor ? 'cc-dot cc-floor' : 'cc-dot'} cx={x(estimate.value)} cy={axisY} r={4}>
        {title}
      </circle>
    </g>
  );
}

function describeSpread(
  i18n: I18n,
  query: MatchQuery | null,
  estimates: Estimate[],
  log: boolean,
): string {
  const list = estimates.map((e) => `${e.claimantName} ${formatFigure(i18n, e)}`).join('; ');
  const description = query
    ? i18n.t('chartDescription', [formatFigure(i18n, query), list])
    : i18n.t('chartDescriptionOther', list);
  return log ? `${description} ${i18n.t('chartLogScale')}` : description;
}

/** "CSIS" for "Center for Strategic and International Studies (CSIS)"; short names as they are. */
export function shortName(name: string): string {
  const abbreviation = /\(([\p{Lu}\p{N}-]{2,8})\)$/u.exec(name)?.[1];
  if (abbreviation) return abbreviation;
  const short = name.replace(/\s*\(.*\)$/, '').replace(/^(General Staff) of Ukraine$/, '$1');
  return short.length > 16 ? `${short.slice(0, 15)}…` : short;
}

function boundsOf(figure: {
  value: number | null;
  low?: number;
  high?: number;
  interval?: { low: number; high: number };
}): number[] {
  const interval = figure.interval ? [figure.interval.low, figure.interval.high] : [];
  if (figure.value !== null) return [figure.value, ...interval];
  return [figure.low, figure.high].filter((v): v is number => v !== undefined);
}

function centreOf(estimate: Estimate): number {
  const bounds = estimate.value !== null ? [estimate.value] : boundsOf(estimate);
  return bounds.reduce((a, b) => a + b, 0) / Math.max(1, bounds.length);
}
