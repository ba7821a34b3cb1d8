import { useState } from 'preact/hooks';
import type { Estimate, MatchQuery } from '../../claims/types';
import { countMessage, formatNumber, metricLabel } from '../format';
import { useI18n } from '../i18n';
import type { MeasureGroup, RowChoice } from '../shared/row-choice';
import { SpreadChart, spreadIsLogarithmic } from '../shared/SpreadChart';
import { EstimateRow } from './EstimateRow';

// The chart's width inside the card's 400 px less its padding.
const CHART_WIDTH = 370;

interface Props {
  id: string;
  query: MatchQuery;
  choice: RowChoice;
}

/**
 * The estimates, one section per measure: the figure's own measure open, with its chart and its
 * few most telling rows ("Show all" for the rest); every other measure behind a button that says
 * how many estimates it holds, with a chart on its own axis once opened. When the figure's own
 * measure has no estimate, the others are open from the start: they are all there is.
 */
export function MeasureSections({ id, query, choice }: Props) {
  const { own, others } = choice;
  const ownCount = own.first.length + own.rest.length;
  return (
    <>
      {ownCount > 0 ? <OwnMeasure id={`${id}-own`} query={query} group={own} /> : null}
      {others.map((group) => (
        <OtherMeasure
          key={group.metric}
          id={`${id}-${group.metric}`}
          query={query}
          group={group}
          openAtFirst={ownCount === 0}
        />
      ))}
    </>
  );
}

function OwnMeasure({ id, query, group }: { id: string; query: MatchQuery; group: MeasureGroup }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [all, setAll] = useState(false);
  const rows = all ? [...group.first, ...group.rest] : group.first;
  const total = group.first.length + group.rest.length;
  const estimates = [...group.first, ...group.rest];
  return (
    <section class="cc-measure">
      <Chart query={query} estimates={estimates} showArticle />
      <EstimatesTable id={`${id}-rows`} metric={group.metric} query={query} rows={rows} />
      {group.rest.length > 0 ? (
        <button
          type="button"
          class="cc-more"
          aria-expanded={all}
          aria-controls={`${id}-rows`}
          onClick={() => setAll(!all)}
        >
          {all ? t('tooltipShowFewer') : t('tooltipShowAll', formatNumber(i18n.locale, total))}
        </button>
      ) : null}
    </section>
  );
}

interface OtherProps {
  id: string;
  query: MatchQuery;
  group: MeasureGroup;
  openAtFirst: boolean;
}

function OtherMeasure({ id, query, group, openAtFirst }: OtherProps) {
  const i18n = useI18n();
  const [open, setOpen] = useState(openAtFirst);
  const estimates = [...group.first, ...group.rest];
  const label = countMessage(
    i18n,
    'tooltipOtherMeasure',
    estimates.length,
    metricLabel(i18n.t, group.metric),
  );
  return (
    <section class="cc-measure cc-other-measure">
      <p class="cc-measure-heading">
        <button
          type="button"
          class="cc-disclosure"
          aria-expanded={open}
          aria-controls={`${id}-rows`}
          onClick={() => setOpen(!open)}
        >
          {label}
        </button>
      </p>
      <div id={`${id}-rows`} hidden={!open}>
        {open ? (
          <>
            <Chart query={query} estimates={estimates} showArticle={false} />
            <EstimatesTable metric={group.metric} query={query} rows={estimates} />
          </>
        ) : null}
      </div>
    </section>
  );
}

/** The chart, and under it what it labels and whether its scale is logarithmic. */
function Chart(props: { query: MatchQuery; estimates: Estimate[]; showArticle: boolean }) {
  const { t } = useI18n();
  if (props.estimates.length === 0) return null;
  const log = spreadIsLogarithmic(props.query, props.estimates, props.showArticle);
  // With two marks or fewer every mark is labelled, and there is nothing to explain.
  const note = [props.estimates.length > 2 ? t('chartLegend') : '', log ? t('chartLogScale') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <SpreadChart {...props} width={CHART_WIDTH} labelled />
      {note ? <p class="cc-chart-note">{note}</p> : null}
    </>
  );
}

interface TableProps {
  id?: string;
  metric: MatchQuery['metric'];
  query: MatchQuery;
  rows: Estimate[];
}

function EstimatesTable({ id, metric, query, rows }: TableProps) {
  const { t } = useI18n();
  return (
    <table class="cc-estimates" id={id}>
      <caption class="cc-visually-hidden">
        {t('tooltipMeasureCaption', metricLabel(t, metric))}
      </caption>
      <tbody>
        {rows.map((estimate) => (
          <EstimateRow
            key={`${estimate.claimantId}-${estimate.date}-${estimate.metric}`}
            estimate={estimate}
            query={query}
          />
        ))}
      </tbody>
    </table>
  );
}
