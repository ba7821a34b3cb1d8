import type { Comparison, Estimate } from '../../claims/types';
import type { ClaimantKind } from '../../core/vocabulary';
import type { TabRecord } from '../../messaging/tab-record';
import { summarizeComparison, summarizeCounts } from '../describe';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { chooseRows } from '../shared/row-choice';
import { SpreadChart } from '../shared/SpreadChart';

/**
 * One figure of the page: what the article says, the spread of estimates; click to go to it.
 * It shows at once what the compact record knows (the counts), and the spread once the
 * background has recomputed the comparison (`comparison` arrives a moment later).
 */
interface Props {
  figure: TabRecord;
  comparison?: Comparison;
  hiddenClaimantKinds: readonly ClaimantKind[];
  onClick: () => void;
}

export function FigureItem({ figure, comparison: full, hiddenClaimantKinds, onClick }: Props) {
  const comparison = full && {
    ...full,
    estimates: full.estimates.filter((e) => !hiddenClaimantKinds.includes(e.claimantKind)),
  };
  const i18n = useI18n();
  // The spread and the chart speak of the figure's own measure only: killed and "killed and
  // wounded" on one axis would read as one wide disagreement (issue 15).
  const own = comparison ? ownMeasureEstimates(comparison) : [];
  const spread = comparison ? spreadText(i18n.locale, own) : null;
  const summary = comparison
    ? summarizeComparison(i18n, comparison)
    : summarizeCounts(i18n, { side: figure.s, area: figure.r }, figure.f[0], figure.f[1]);
  // Inside the button, so it is part of the figure's accessible name: an ambiguous figure shows
  // no disagreement, and the note says why before the reader opens the tooltip.
  const ambiguous = comparison ? comparison.reading?.kind === 'ambiguous' : figure.a === 1;
  return (
    <li class="cc-figure">
      <button type="button" class="cc-figure-button" onClick={onClick}>
        <span class="cc-figure-text">{figure.t}</span>
        <span class="cc-figure-meta">
          {summary}
          {spread ? ` · ${spread}` : ''}
        </span>
        {ambiguous ? <span class="cc-figure-note">{i18n.t('popupAmbiguous')}</span> : null}
      </button>
      {comparison ? <SpreadChart query={comparison.query} estimates={own} width={260} /> : null}
    </li>
  );
}

function ownMeasureEstimates(comparison: Comparison): Estimate[] {
  const { own } = chooseRows(comparison);
  return [...own.first, ...own.rest];
}

/** "519 – 790" over every estimate's value or range bounds; null when there are none. */
function spreadText(locale: string, estimates: Estimate[]): string | null {
  const values = estimates.flatMap((e) =>
    e.value !== null ? [e.value] : [e.low, e.high].filter((v): v is number => v !== undefined),
  );
  if (values.length === 0) return null;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const format = (value: number) => formatNumber(locale, value);
  return low === high ? format(low) : `${format(low)} – ${format(high)}`;
}
