import { useEffect, useRef, useState } from 'preact/hooks';
import type { Comparison } from '../../claims/types';
import type { ClaimantKind, Metric } from '../../core/vocabulary';
import type { TabRecord } from '../../messaging/tab-record';
import { formatNumber, metricLabel } from '../format';
import { useI18n } from '../i18n';
import { FigureItem } from './FigureItem';

/**
 * Figures rendered at first, and added by each "Show more": a live blog has thousands, and a
 * popup that rendered them all (each with its chart) would open in seconds, not at once.
 */
export const PAGE_SIZE = 25;

interface Props {
  metric: Metric;
  /** Every figure of the metric on the page, listed or not. */
  count: number;
  figures: readonly TabRecord[];
  comparisons: ReadonlyMap<number, Comparison>;
  hiddenClaimantKinds: readonly ClaimantKind[];
  onFigureClick: (id: number) => void;
  /** Called with the ids of the figures now shown, so their comparisons can be fetched. */
  onShowFigures: (ids: number[]) => void;
}

/** One metric: its heading with the page's count, then its figures a page at a time. */
export function FigureGroup(props: Props) {
  const { metric, count, figures, comparisons } = props;
  const i18n = useI18n();
  const [shown, setShown] = useState(PAGE_SIZE);
  const visible = figures.slice(0, shown);
  const visibleKey = visible.map((f) => f.i).join(',');
  const { onShowFigures } = props;
  // Keyed by the ids, not the array: a refresh of the same figures asks for nothing again.
  useEffect(() => {
    if (visibleKey) onShowFigures(visibleKey.split(',').map(Number));
  }, [visibleKey, onShowFigures]);
  // After "Show more", focus moves to the first figure it added, where a keyboard user reads on.
  const list = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null) return;
    list.current?.querySelectorAll<HTMLElement>('.cc-figure-button')[focusAt]?.focus();
    setFocusAt(null);
  }, [focusAt]);
  const showMore = () => {
    setFocusAt(shown);
    setShown(shown + PAGE_SIZE);
  };
  const headingId = `cc-group-${metric}`;
  const rest = figures.length - visible.length;
  return (
    <section class="cc-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {metricLabel(i18n.t, metric)}{' '}
        <span class="cc-group-count">{formatNumber(i18n.locale, count)}</span>
      </h2>
      {visible.length > 0 ? (
        <ul ref={list}>
          {visible.map((figure) => (
            <FigureItem
              key={figure.i}
              figure={figure}
              comparison={comparisons.get(figure.i)}
              hiddenClaimantKinds={props.hiddenClaimantKinds}
              onClick={() => props.onFigureClick(figure.i)}
            />
          ))}
        </ul>
      ) : null}
      {rest > 0 ? (
        <button type="button" class="cc-link-button cc-more" onClick={showMore}>
          {i18n.t('popupShowMore', [
            formatNumber(i18n.locale, Math.min(PAGE_SIZE, rest)),
            formatNumber(i18n.locale, rest),
          ])}
        </button>
      ) : null}
    </section>
  );
}
