import { useState } from 'preact/hooks';
import type { Comparison } from '../../claims/types';
import type { ClaimantKind, Metric } from '../../core/vocabulary';
import type { TabSummary } from '../../messaging/schemas';
import type { TabRecord } from '../../messaging/tab-record';
import { formatNumber, metricLabel } from '../format';
import { useI18n } from '../i18n';
import { DataVersion, type DataVersionInfo } from '../shared/DataVersion';
import { CountLine } from './CountLine';
import { FigureGroup } from './FigureGroup';
import { SiteSwitch } from './SiteSwitch';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | {
      status: 'ready';
      site: string;
      siteEnabled: boolean;
      summary: TabSummary | null;
      /** Comparisons fetched so far for the figures shown, by figure id. */
      comparisons: ReadonlyMap<number, Comparison>;
      /** Claimant kinds the reader chose to hide (options page). */
      hiddenClaimantKinds: readonly ClaimantKind[];
    };

export interface PopupProps {
  state: PopupState;
  onToggleSite: (enabled: boolean) => void;
  onFigureClick: (id: number) => void;
  /** The figures now on screen, whose comparisons the popup should fetch. */
  onShowFigures: (ids: number[]) => void;
  /** Absent when the popup already is a tab. */
  onOpenInTab?: () => void;
  onOpenOptions: () => void;
  /** The claims database in use. */
  dataVersion?: DataVersionInfo;
}

/** The popup: the site switch, the page's counts by metric, then its figures a page at a time. */
export function Popup({
  state,
  onToggleSite,
  onOpenInTab,
  onOpenOptions,
  dataVersion,
  ...rest
}: PopupProps) {
  const { t } = useI18n();
  return (
    <main class="cc-popup">
      <header class="cc-popup-header">
        <h1>Crosscount</h1>
        <nav class="cc-popup-links">
          {onOpenInTab ? (
            <button type="button" class="cc-link-button" onClick={onOpenInTab}>
              {t('popupOpenInTab')}
            </button>
          ) : null}
          <button type="button" class="cc-link-button" onClick={onOpenOptions}>
            {t('popupSettings')}
          </button>
        </nav>
      </header>
      {state.status === 'ready' ? (
        <SiteSwitch site={state.site} enabled={state.siteEnabled} onChange={onToggleSite} />
      ) : null}
      <PopupBody state={state} {...rest} />
      {dataVersion ? (
        <footer class="cc-popup-footer">
          <DataVersion info={dataVersion} />
        </footer>
      ) : null}
    </main>
  );
}

type BodyProps = Pick<PopupProps, 'state' | 'onFigureClick' | 'onShowFigures'>;

function PopupBody({ state, onFigureClick, onShowFigures }: BodyProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (state.status === 'loading') return <p class="cc-empty">{t('popupLoading')}</p>;
  if (state.status === 'unsupported') return <p class="cc-empty">{t('popupUnsupported')}</p>;
  if (!state.siteEnabled) return <p class="cc-empty">{t('popupSiteOff', state.site)}</p>;
  const summary = state.summary;
  if (!summary || summary.total === 0) {
    return (
      <>
        <Problems summary={summary} />
        <p class="cc-empty">{t('popupNoFigures')}</p>
      </>
    );
  }
  return <FigureLists state={state} summary={summary} {...{ onFigureClick, onShowFigures }} />;
}

type ListsProps = BodyProps & {
  state: Extract<PopupState, { status: 'ready' }>;
  summary: TabSummary;
};

/**
 * The counts by metric, the filter, then the figures by metric. With the filter on, only the
 * figures that disagree with an estimate are listed, and each metric counts those.
 */
function FigureLists({ state, summary, onFigureClick, onShowFigures }: ListsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const flagged = summary.figures.filter(hasDisagreement);
  const listed = flaggedOnly ? flagged : summary.figures;
  const byMetric = groupByMetric(listed);
  const groups = flaggedOnly
    ? summary.groups
        .map(({ metric }) => ({ metric, count: byMetric.get(metric)?.length ?? 0 }))
        .filter(({ count }) => count > 0)
    : summary.groups;
  return (
    <>
      <CountLine listed={summary.figures.length} total={summary.total} />
      <Problems summary={summary} />
      {/* The counts first, before any figure's details; the lists follow. */}
      <ul class="cc-group-counts" aria-label={t('popupGroupsLabel')}>
        {summary.groups.map(({ metric, count }) => (
          <li key={metric}>
            {formatNumber(i18n.locale, count)} {metricLabel(t, metric)}
          </li>
        ))}
      </ul>
      {flagged.length > 0 ? (
        <label class="cc-filter">
          <input
            type="checkbox"
            checked={flaggedOnly}
            onChange={(event) => setFlaggedOnly(event.currentTarget.checked)}
          />
          {t('popupFilterFlagged', formatNumber(i18n.locale, flagged.length))}
        </label>
      ) : null}
      {groups.map(({ metric, count }) => (
        <FigureGroup
          key={metric}
          metric={metric}
          count={count}
          figures={byMetric.get(metric) ?? []}
          comparisons={state.comparisons}
          hiddenClaimantKinds={state.hiddenClaimantKinds}
          onFigureClick={onFigureClick}
          onShowFigures={onShowFigures}
        />
      ))}
    </>
  );
}

/** Why the list is shorter than the count, if it is: evicted, or storage failed. */
function Problems({ summary }: { summary: TabSummary | null }) {
  const { t } = useI18n();
  const notes = [
    summary?.evicted ? t('popupEvicted') : null,
    summary?.problem === 'quota' ? t('popupStorageQuota') : null,
    summary?.problem === 'unavailable' ? t('popupStorageUnavailable') : null,
  ].filter((note): note is string => note !== null);
  return (
    <>
      {notes.map((note) => (
        <p key={note} class="cc-warning" role="status">
          {note}
        </p>
      ))}
    </>
  );
}

/** The figure disagrees with at least one estimate (its record counts them). */
function hasDisagreement(record: TabRecord): boolean {
  return record.f[1] > 0;
}

function groupByMetric(figures: readonly TabRecord[]): Map<Metric, TabRecord[]> {
  const groups = new Map<Metric, TabRecord[]>();
  for (const figure of figures) {
    const group = groups.get(figure.m);
    if (group) group.push(figure);
    else groups.set(figure.m, [figure]);
  }
  return groups;
}
