import { useState } from 'preact/hooks';
import type { Comparison } from '../../claims/types';
import { claimantById } from '../../core/claimants';
import type { ClaimantKind } from '../../core/vocabulary';
import { type CitationFormat, formatCitation } from '../citation';
import { formatDate, formatFigure, METRIC_LABELS, SIDE_LABELS } from '../labels';
import { SpreadChart } from '../shared/SpreadChart';
import { EstimateRow } from './EstimateRow';

export interface TooltipProps {
  id: string;
  /** The figure exactly as the article writes it. */
  text: string;
  /** Undefined while the background is still answering. */
  comparison: Comparison | undefined;
  /** Claimant kinds the reader chose to hide (options page). */
  hiddenClaimantKinds?: readonly ClaimantKind[];
  /** Puts text on the clipboard; resolves false when the page doesn't allow it. */
  onCopy?: (text: string) => Promise<boolean>;
}

/**
 * The comparison for one highlighted figure — who says so, who says otherwise, as of when — as a
 * non-modal dialog: it opens on hover or focus, and Enter on the figure moves focus into it.
 */
export function Tooltip({ id, text, comparison, hiddenClaimantKinds = [], onCopy }: TooltipProps) {
  const headingId = `${id}-heading`;
  if (!comparison) {
    return (
      <div class="cc-tooltip" id={id} role="dialog" aria-modal="false" aria-labelledby={headingId}>
        <p id={headingId}>Looking up sources for {text}…</p>
      </div>
    );
  }
  const shown = comparison.estimates.filter((e) => !hiddenClaimantKinds.includes(e.claimantKind));
  const hidden = comparison.estimates.length - shown.length;
  const visible = { ...comparison, estimates: shown };
  return (
    <div class="cc-tooltip" id={id} role="dialog" aria-modal="false" aria-labelledby={headingId}>
      <Headline id={headingId} text={text} comparison={comparison} />
      <SpreadChart query={comparison.query} estimates={shown} width={370} labelled />
      <EstimatesTable comparison={visible} />
      {hidden > 0 ? (
        <p class="cc-empty">
          {hidden === 1 ? '1 estimate' : `${hidden} estimates`} hidden by your settings.
        </p>
      ) : null}
      {onCopy ? <CopyButtons text={text} comparison={visible} onCopy={onCopy} /> : null}
    </div>
  );
}

function Headline({ id, text, comparison }: { id: string; text: string; comparison: Comparison }) {
  const { query } = comparison;
  const cited = query.claimant ? (claimantById(query.claimant)?.name ?? query.claimant) : null;
  return (
    <>
      <p class="cc-headline" id={id}>
        <strong>{text}</strong> · {SIDE_LABELS[query.side]} · as of {formatDate(query.asOf)}
      </p>
      <p class="cc-subline">
        Read as {formatFigure(query)} {query.unit === 'percent' ? 'of ' : ''}
        {METRIC_LABELS[query.metric]}.{' '}
        {cited ? `The article cites ${cited}.` : 'The article cites no source we know.'}
      </p>
    </>
  );
}

function EstimatesTable({ comparison }: { comparison: Comparison }) {
  const { query, estimates } = comparison;
  if (estimates.length === 0) {
    return (
      <p class="cc-empty">
        {query.unit === 'percent'
          ? 'A share of a unit’s losses: no national figure to compare it with.'
          : 'No other estimate for this metric, side and date is in the database.'}
      </p>
    );
  }
  return (
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
  );
}

interface CopyProps {
  text: string;
  comparison: Comparison;
  onCopy: (text: string) => Promise<boolean>;
}

function CopyButtons({ text, comparison, onCopy }: CopyProps) {
  const [status, setStatus] = useState('');
  const copy = async (format: CitationFormat) => {
    const ok = await onCopy(formatCitation(text, comparison, format));
    setStatus(ok ? 'Copied.' : 'This page does not allow copying.');
  };
  return (
    <p class="cc-actions">
      <button type="button" onClick={() => void copy('markdown')}>
        Copy as Markdown
      </button>
      <button type="button" onClick={() => void copy('text')}>
        Copy as text
      </button>
      <span class="cc-status" role="status">
        {status}
      </span>
    </p>
  );
}
