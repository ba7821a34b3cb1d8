import type { ClaimantKind } from '../../core/vocabulary';
import type { SummaryFigure, TabSummary } from '../../messaging/schemas';
import { METRIC_LABELS } from '../labels';
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
  return (
    <main class="cc-popup">
      <header class="cc-popup-header">
        <h1>Crosscount</h1>
        <nav class="cc-popup-links">
          {onOpenInTab ? (
            <button type="button" class="cc-link-button" onClick={onOpenInTab}>
              Open in a tab
            </button>
          ) : null}
          <button type="button" class="cc-link-button" onClick={onOpenOptions}>
            Settings
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
  if (state.status === 'loading') return <p class="cc-empty">Reading this page…</p>;
  if (state.status === 'unsupported') {
    return (
      <p class="cc-empty">
        Crosscount does not run on this page (browser pages, extension pages, local files and
        extension stores). Open a news article to see its figures.
      </p>
    );
  }
  if (!state.siteEnabled) {
    return (
      <p class="cc-empty">
        Crosscount is off for {state.site}. Switch it on above to see the figures.
      </p>
    );
  }
  const figures = state.summary?.figures ?? [];
  if (figures.length === 0) {
    return (
      <p class="cc-empty">
        No casualty or equipment-loss figures found on this page. If the page is still loading,
        reopen this popup in a moment.
      </p>
    );
  }
  return (
    <>
      <p class="cc-count" aria-live="polite">
        {figures.length === 1 ? '1 figure' : `${figures.length} figures`} on this page
      </p>
      {groupByMetric(figures).map(([metric, group]) => (
        <section key={metric} class="cc-group" aria-labelledby={`cc-group-${metric}`}>
          <h2 id={`cc-group-${metric}`}>{METRIC_LABELS[metric]}</h2>
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
