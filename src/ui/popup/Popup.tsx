import type { ClaimantKind } from '../../core/vocabulary';
import type { SummaryFigure, TabSummary } from '../../messaging/schemas';
import { countMessage, metricLabel } from '../format';
import { useI18n } from '../i18n';
import { FigureItem } from './FigureItem';
import { SiteSwitch } from './SiteSwitch';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | {
      status: 'ready';
      site: string;
      siteEnabled: boolean;
      summary: TabSummary | null;
      /** Claimant kinds the reader chose to hide (options page). */
      hiddenClaimantKinds: readonly ClaimantKind[];
    };

export interface PopupProps {
  state: PopupState;
  onToggleSite: (enabled: boolean) => void;
  onFigureClick: (id: number) => void;
  /** Absent when the popup already is a tab. */
  onOpenInTab?: () => void;
  onOpenOptions: () => void;
}

/** The popup: the site switch, then every figure on the page grouped by metric. */
export function Popup({
  state,
  onToggleSite,
  onFigureClick,
  onOpenInTab,
  onOpenOptions,
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
      <PopupBody state={state} onFigureClick={onFigureClick} />
    </main>
  );
}

function PopupBody({ state, onFigureClick }: Pick<PopupProps, 'state' | 'onFigureClick'>) {
  const i18n = useI18n();
  const { t } = i18n;
  if (state.status === 'loading') return <p class="cc-empty">{t('popupLoading')}</p>;
  if (state.status === 'unsupported') return <p class="cc-empty">{t('popupUnsupported')}</p>;
  if (!state.siteEnabled) return <p class="cc-empty">{t('popupSiteOff', state.site)}</p>;
  const figures = state.summary?.figures ?? [];
  if (figures.length === 0) return <p class="cc-empty">{t('popupNoFigures')}</p>;
  return (
    <>
      <p class="cc-count" aria-live="polite">
        {countMessage(i18n, 'popupCount', figures.length)}
      </p>
      {groupByMetric(figures).map(([metric, group]) => (
        <section key={metric} class="cc-group" aria-labelledby={`cc-group-${metric}`}>
          <h2 id={`cc-group-${metric}`}>{metricLabel(t, metric)}</h2>
          <ul>
            {group.map((figure) => (
              <FigureItem
                key={figure.id}
                figure={figure}
                hiddenClaimantKinds={state.hiddenClaimantKinds}
                onClick={() => onFigureClick(figure.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function groupByMetric(
  figures: SummaryFigure[],
): [SummaryFigure['query']['metric'], SummaryFigure[]][] {
  const groups = new Map<SummaryFigure['query']['metric'], SummaryFigure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.query.metric) ?? [];
    group.push(figure);
    groups.set(figure.query.metric, group);
  }
  return [...groups];
}
