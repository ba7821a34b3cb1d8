import type { Estimate, MatchQuery } from '../../claims/types';
import { formatFigure } from '../labels';
import { chartScale } from './chart-scale';

interface Props {
  query: MatchQuery;
  estimates: Estimate[];
  width?: number;
}

/**
 * Where the article's figure sits among the estimates: dots for single figures, bars for ranges,
 * a diamond for the article. A log scale when the values span orders of magnitude.
 */
export function SpreadChart({ query, estimates, width = 300 }: Props) {
  const values = [query, ...estimates].flatMap(boundsOf);
  if (values.length === 0 || estimates.length === 0) return null;
  const scale = chartScale(values, 12, width - 12);
  const articleBounds = boundsOf(query);
  const label = `Estimates from ${formatFigure(lowest(estimates))} to ${formatFigure(
    highest(estimates),
  )}; the article says ${formatFigure(query)}${scale.log ? ' (log scale)' : ''}`;
  return (
    <svg class="cc-spread" width={width} height={34} viewBox={`0 0 ${width} 34`} role="img">
      <title>{label}</title>
      <line class="cc-axis" x1={12} x2={width - 12} y1={17} y2={17} />
      {estimates.map((estimate) => (
        <EstimateMark
          key={`${estimate.claimantId}-${estimate.date}`}
          estimate={estimate}
          x={scale.x}
        />
      ))}
      {articleBounds.length === 2 ? (
        <rect
          class="cc-article-range"
          x={scale.x(articleBounds[0] as number)}
          y={5}
          width={Math.max(
            2,
            scale.x(articleBounds[1] as number) - scale.x(articleBounds[0] as number),
          )}
          height={4}
        />
      ) : null}
      {articleBounds.map((value) => (
        <path key={value} class="cc-article" d={`M${scale.x(value)} 9 l5 8 l-5 8 l-5 -8 z`} />
      ))}
    </svg>
  );
}

function EstimateMark({ estimate, x }: { estimate: Estimate; x: (value: number) => number }) {
  const title = `${estimate.claimantName}: ${formatFigure(estimate)}`;
  if (estimate.value === null && estimate.low !== undefined && estimate.high !== undefined) {
    const left = x(estimate.low);
    return (
      <rect
        class="cc-range"
        x={left}
        y={14}
        width={Math.max(3, x(estimate.high) - left)}
        height={6}
        rx={3}
      >
        <title>{title}</title>
      </rect>
    );
  }
  if (estimate.value === null) return null;
  return (
    <circle
      class={estimate.flags.includes('lower-bound') ? 'cc-dot cc-floor' : 'cc-dot'}
      cx={x(estimate.value)}
      cy={17}
      r={4}
    >
      <title>{title}</title>
    </circle>
  );
}

function boundsOf(figure: { value: number | null; low?: number; high?: number }): number[] {
  if (figure.value !== null) return [figure.value];
  return [figure.low, figure.high].filter((v): v is number => v !== undefined);
}

function lowest(estimates: Estimate[]): Estimate {
  return estimates.reduce((a, b) => (Math.min(...boundsOf(b)) < Math.min(...boundsOf(a)) ? b : a));
}

function highest(estimates: Estimate[]): Estimate {
  return estimates.reduce((a, b) => (Math.max(...boundsOf(b)) > Math.max(...boundsOf(a)) ? b : a));
}
