import type { SummaryFigure } from '../../messaging/schemas';
import { summarizeComparison } from '../describe';
import { SpreadChart } from '../shared/SpreadChart';

/** One figure of the page: what the article says, the spread of estimates; click to go to it. */
export function FigureItem({ figure, onClick }: { figure: SummaryFigure; onClick: () => void }) {
  const { comparison } = figure;
  return (
    <li class="cc-figure">
      <button type="button" class="cc-figure-button" onClick={onClick}>
        <span class="cc-figure-text">{figure.text}</span>
        <span class="cc-figure-meta">{summarizeComparison(comparison)}</span>
      </button>
      <SpreadChart query={comparison.query} estimates={comparison.estimates} width={260} />
    </li>
  );
}
