import type { Comparison } from '../../claims/types';
import { claimantById } from '../../core/claimants';
import { formatDate, formatFigure, METRIC_LABELS, SIDE_LABELS } from '../labels';
import { SpreadChart } from '../shared/SpreadChart';
import { EstimateRow } from './EstimateRow';

export interface TooltipProps {
  id: string;
  /** The figure exactly as the article writes it. */
  text: string;
  /** Undefined while the background is still answering. */
  comparison: Comparison | undefined;
}

/** The comparison for one highlighted figure: who says so, who says otherwise, as of when. */
export function Tooltip({ id, text, comparison }: TooltipProps) {
  return (
    <div class="cc-tooltip" id={id} role="tooltip">
      {comparison ? (
        <TooltipBody text={text} comparison={comparison} />
      ) : (
        <p>Looking up sources…</p>
      )}
    </div>
  );
}

function TooltipBody({ text, comparison }: { text: string; comparison: Comparison }) {
  const { query, estimates } = comparison;
  const cited = query.claimant ? (claimantById(query.claimant)?.name ?? query.claimant) : null;
  return (
    <>
      <p class="cc-headline">
        <strong>{text}</strong> · {SIDE_LABELS[query.side]} · as of {formatDate(query.asOf)}
      </p>
      <p class="cc-subline">
        Read as {formatFigure(query)} {query.unit === 'percent' ? 'of ' : ''}
        {METRIC_LABELS[query.metric]}.{' '}
        {cited ? `The article cites ${cited}.` : 'The article cites no source we know.'}
      </p>
      <SpreadChart query={query} estimates={estimates} width={370} labelled />
      {estimates.length > 0 ? (
        <table class="cc-estimates">
          <caption class="cc-visually-hidden">Estimates for the same metric, side and date</caption>
          <tbody>
            {estimates.map((estimate) => (
              <EstimateRow
                key={`${estimate.claimantId}-${estimate.date}`}
                estimate={estimate}
                query={query}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p class="cc-empty">
          {query.unit === 'percent'
            ? 'A share of a unit’s losses: no national figure to compare it with.'
            : 'No other estimate for this metric, side and date is in the database.'}
        </p>
      )}
    </>
  );
}
