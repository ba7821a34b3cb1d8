import { useState } from 'preact/hooks';
import type { Comparison } from '../../claims/types';
import { areasOfSide } from '../../core/conflicts';
import type { ClaimantKind } from '../../core/vocabulary';
import { type CitationFormat, formatCitation } from '../citation';
import { countMessage, formatDate, formatFigure, metricLabel, placeLabel } from '../format';
import { useI18n } from '../i18n';
import { readingText } from '../reading';
import { chooseRows } from '../shared/row-choice';
import { MeasureSections } from './MeasureSections';

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
  /** Given while the update channel is off: the "data ends" line offers to turn it on. */
  onOfferUpdates?: () => void;
}

/**
 * The comparison for one highlighted figure — who says so, who says otherwise, as of when — as a
 * non-modal dialog: it opens on hover or focus, and Enter on the figure moves focus into it.
 */
export function Tooltip(props: TooltipProps) {
  const { id, text, comparison, hiddenClaimantKinds = [], onCopy, onOfferUpdates } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = `${id}-heading`;
  if (!comparison) {
    return (
      <div class="cc-tooltip" id={id} role="dialog" aria-modal="false" aria-labelledby={headingId}>
        <p id={headingId}>{t('tooltipLookingUp', text)}</p>
      </div>
    );
  }
  const shown = comparison.estimates.filter((e) => !hiddenClaimantKinds.includes(e.claimantKind));
  const visible = { ...comparison, estimates: shown };
  // The reading also describes the dialog, so a screen reader announces it on opening: it says
  // why no estimate is marked as differing, which the table alone cannot.
  const { reading, dataEnds } = comparison;
  const readingId = reading ? `${id}-reading` : undefined;
  // Said before the figures, and announced on opening: every figure below is older than this one.
  const agesId = dataEnds && shown.length > 0 ? `${id}-data-ends` : undefined;
  const describedBy = [readingId, agesId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      class="cc-tooltip"
      id={id}
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      aria-describedby={describedBy}
    >
      {/* The header and the actions stay; only the body scrolls when the card meets the
          viewport's edge (a dozen estimates at 200 % zoom). */}
      <div class="cc-head">
        <Headline id={headingId} text={text} comparison={comparison} />
      </div>
      <div class="cc-body">
        {reading ? <p id={readingId}>{readingText(i18n, reading)}</p> : null}
        {agesId && dataEnds ? (
          <p class="cc-data-ends" id={agesId}>
            {t('tooltipDataEnds', [
              formatDate(i18n.locale, dataEnds.date),
              countMessage(i18n, 'daysBefore', dataEnds.days),
            ])}
            {onOfferUpdates ? (
              <>
                {' '}
                <button type="button" class="cc-link-button" onClick={onOfferUpdates}>
                  {t('tooltipOfferUpdates')}
                </button>
              </>
            ) : null}
          </p>
        ) : null}
        {shown.length > 0 ? (
          <MeasureSections
            key={figureKey(text, comparison.query)}
            id={id}
            query={comparison.query}
            choice={chooseRows(visible)}
          />
        ) : dataEnds && comparison.query.unit !== 'percent' ? (
          // "No estimate" would be untrue when the data simply ends before the figure's date.
          <p class="cc-empty">{t('tooltipNoDataYet', formatDate(i18n.locale, dataEnds.date))}</p>
        ) : (
          <p class="cc-empty">{t(emptyMessage(comparison.query))}</p>
        )}
        <HiddenNote count={comparison.estimates.length - shown.length} />
      </div>
      {onCopy ? <CopyButtons text={text} comparison={visible} onCopy={onCopy} /> : null}
    </div>
  );
}

function Headline({ id, text, comparison }: { id: string; text: string; comparison: Comparison }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { query } = comparison;
  const cited = comparison.citedName ?? query.claimant ?? null;
  const reading = `${formatFigure(i18n, query)} ${metricLabel(t, query.metric)}`;
  return (
    <>
      <p class="cc-headline" id={id}>
        <strong>{text}</strong> · {placeLabel(t, query.side, query.area)} ·{' '}
        {t('tooltipAsOf', formatDate(locale, query.asOf))}
      </p>
      <p class="cc-subline">
        {t('tooltipReadAs', reading)} {cited ? t('tooltipCites', cited) : t('tooltipCitesNone')}
      </p>
    </>
  );
}

/**
 * One figure's identity: the host reuses one tooltip for every figure, and "Show all" opened on
 * one figure must not stay open on the next; a refresh of the same figure keeps it.
 */
function figureKey(text: string, query: Comparison['query']): string {
  return [text, query.metric, query.side, query.value, query.low, query.high, query.asOf].join('|');
}

/** Why nothing is shown: a share, a Palestinian figure of unknown area, or no estimate known. */
function emptyMessage(query: Comparison['query']) {
  if (query.unit === 'percent') return 'tooltipPercent';
  if (!query.area && areasOfSide(query.side).length > 0) return 'tooltipNoArea';
  return 'tooltipNoEstimates';
}

function HiddenNote({ count }: { count: number }) {
  const i18n = useI18n();
  return count > 0 ? <p class="cc-empty">{countMessage(i18n, 'tooltipHidden', count)}</p> : null;
}

interface CopyProps {
  text: string;
  comparison: Comparison;
  onCopy: (text: string) => Promise<boolean>;
}

function CopyButtons({ text, comparison, onCopy }: CopyProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState('');
  const copy = async (format: CitationFormat) => {
    const ok = await onCopy(formatCitation(i18n, text, comparison, format));
    setStatus(t(ok ? 'tooltipCopied' : 'tooltipCopyFailed'));
  };
  return (
    <p class="cc-actions">
      <button type="button" onClick={() => void copy('markdown')}>
        {t('tooltipCopyMarkdown')}
      </button>
      <button type="button" onClick={() => void copy('text')}>
        {t('tooltipCopyText')}
      </button>
      <span class="cc-status" role="status">
        {status}
      </span>
    </p>
  );
}
