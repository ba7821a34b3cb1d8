import type { Estimate } from '../../claims/types';
import type { ClaimantKind } from '../../core/vocabulary';
import type { SummaryFigure } from '../../messaging/schemas';
import { summarizeComparison } from '../describe';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { SpreadChart } from '../shared/SpreadChart';

/** One figure of the page: what the article says, the spread of estimates; click to go to it. */
interface Props {
  figure: SummaryFigure;
  hiddenClaimantKinds: readonly ClaimantKind[];
  onClick: () => void;
}

export function FigureItem({ figure, hiddenClaimantKinds, onClick }: Props) {
  const comparison = {
    ...figure.comparison,
    estimates: figure.comparison.estimates.filter(
      (e) => !hiddenClaimantKinds.includes(e.claimantKind),
    ),
  };
  const i18n = useI18n();
  const spread = spreadText(i18n.locale, comparison.estimates);
  // Inside the button, so it is part of the figure's accessible name: an ambiguous figure shows
  // no disagreement, and the note says why before the reader opens the tooltip.
  const ambiguous = comparison.reading?.kind === 'ambiguous';
  return (
    <li class="cc-figure">
      <button type="button" class="cc-figure-button" onClick={onClick}>
        <span class="cc-figure-text">{figure.text}</span>
        <span class="cc-figure-meta">
          {summarizeComparison(i18n, comparison)}
          {spread ? ` · ${spread}` : ''}
        </span>
        {ambiguous ? <span class="cc-figure-note">{i18n.t('popupAmbiguous')}</span> : null}
      </button>
      <SpreadChart query={comparison.query} estimates={comparison.estimates} width={260} />
    </li>
  );
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
