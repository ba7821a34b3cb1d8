import { render } from 'preact';
import { browser } from 'wxt/browser';
import { headerKey } from '../../src/background/tab-store';
// Named imports: Vite keeps only these two fields of the manifest in the popup's bundle.
import { buildDate, version } from '../../src/data/claims-manifest.json';
import { sendToBackground, sendToTab } from '../../src/messaging/client';
import { findSiteRule, isSiteEnabled, siteKeyOf } from '../../src/settings/site-rules';
import { loadSettings, setSiteEnabled } from '../../src/settings/store';
import { I18nContext } from '../../src/ui/i18n';
import { applyTheme, pageI18n } from '../../src/ui/page-i18n';
import { ComparisonLoader } from '../../src/ui/popup/comparison-loader';
import { Popup, type PopupState } from '../../src/ui/popup/Popup';
import '../../src/ui/styles/theme.css';
import './style.css';

// Wiring only: the popup UI is src/ui/popup; it gets data and callbacks from here.
// `popup.html?tab=<id>` shows a given tab (the popup opened as a full tab, and the e2e tests).
// The bundled database's version and newest date, for the footer until the background says
// which data is in use (an installed update has its own).
let dataVersion = { version, newest: buildDate };
const requestedTab = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
const isTab = Number.isInteger(requestedTab);
const i18n = pageI18n(browser.i18n);
document.documentElement.lang = i18n.locale;
document.title = i18n.t('extName');

async function currentTabId(): Promise<number | undefined> {
  if (isTab) return requestedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function readState(tabId: number | undefined, loader: ComparisonLoader): Promise<PopupState> {
  if (tabId === undefined) return { status: 'unsupported' };
  const { summary } = await sendToBackground({ type: 'get-tab-summary', tabId });
  const siteKey = summary ? siteKeyOf(summary.url) : null;
  if (!summary || siteKey === null) return { status: 'unsupported' };
  const settings = await loadSettings();
  const site = findSiteRule(siteKey, settings) ?? siteKey;
  applyTheme(document, settings.theme);
  loader.setPage(summary.page);
  return {
    status: 'ready',
    site,
    siteEnabled: isSiteEnabled(summary.url, settings),
    summary,
    comparisons: loader.comparisons,
    hiddenClaimantKinds: settings.hiddenClaimantKinds,
  };
}

async function main(root: HTMLElement): Promise<void> {
  const tabId = await currentTabId();
  let state: PopupState = { status: 'loading' };
  const loader = new ComparisonLoader(
    async (ids) =>
      tabId === undefined
        ? []
        : (await sendToBackground({ type: 'compare-figures', tabId, ids })).figures,
    (comparisons) => state.status === 'ready' && show({ ...state, comparisons }),
  );
  const onShowFigures = (ids: number[]) => loader.want(ids);
  void sendToBackground({ type: 'data-status' })
    .then(({ inUse }) => {
      dataVersion = { version: inUse.version, newest: inUse.newest };
      show(state);
    })
    .catch(() => {});
  const show = (next: PopupState) => {
    state = next;
    render(
      <I18nContext.Provider value={i18n}>
        <Popup
          state={next}
          onToggleSite={(enabled) => void toggle(enabled)}
          onFigureClick={(id) => void goToFigure(id)}
          onShowFigures={onShowFigures}
          onOpenInTab={isTab ? undefined : () => void openInTab()}
          onOpenOptions={() => void browser.runtime.openOptionsPage()}
          dataVersion={dataVersion}
        />
      </I18nContext.Provider>,
      root,
    );
  };
  // One refresh at a time, and at most one more after it: a live blog changes its summary with
  // every chunk of figures, and each refresh reads the whole list.
  let refreshing: Promise<void> | null = null;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = readState(tabId, loader)
      .catch(() => ({ status: 'unsupported' as const }))
      .then(show);
    await refreshing;
    refreshing = null;
    if (again) {
      again = false;
      await refresh();
    }
  };
  const toggle = async (enabled: boolean) => {
    if (state.status !== 'ready') return;
    await setSiteEnabled(state.site, enabled);
  };
  const goToFigure = async (id: number) => {
    if (tabId === undefined) return;
    await sendToTab(tabId, { type: 'focus-figure', id }).catch(() => {});
    if (!isTab) await browser.tabs.update(tabId, { active: true });
  };
  const openInTab = async () => {
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}?tab=${tabId ?? ''}`,
    });
    window.close();
  };
  show(state);
  await refresh();
  // The tab's summary changes as its figures arrive and when its content script re-annotates
  // (site switched, page reloaded); settings live in the other areas. Other tabs' writes don't
  // concern this popup.
  const ownHeader = tabId === undefined ? null : headerKey(tabId).replace('session:', '');
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session' || (ownHeader !== null && ownHeader in changes)) void refresh();
  });
}

void main(document.getElementById('app') as HTMLElement);
