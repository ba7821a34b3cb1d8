import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CLAIMANTS } from '../../src/core/claimants';
import manifest from '../../src/data/claims-manifest.json';
import type { DataStatus } from '../../src/data-update/status';
import { sendToBackground } from '../../src/messaging/client';
import type { Settings } from '../../src/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/store';
import { I18nContext } from '../../src/ui/i18n';
import { Options } from '../../src/ui/options/Options';
import { applyTheme, pageI18n } from '../../src/ui/page-i18n';
import '../../src/ui/styles/theme.css';
import './style.css';

// Wiring only: the options UI is src/ui/options; settings come from src/settings, the data
// status from the background (src/background/data-service.ts).
const i18n = pageI18n(browser.i18n);
const root = document.getElementById('app') as HTMLElement;
let settings: Settings | undefined;
let dataStatus: DataStatus | undefined;
let checking = false;

function show(): void {
  if (!settings) return;
  applyTheme(document, settings.theme);
  render(
    <I18nContext.Provider value={i18n}>
      <Options
        settings={settings}
        onChange={(next) => void change(next)}
        claimants={CLAIMANTS}
        datasets={manifest.datasets}
        dataVersion={{ version: manifest.version, newest: manifest.buildDate }}
        dataStatus={dataStatus}
        checking={checking}
        onCheckNow={() => void check()}
      />
    </I18nContext.Provider>,
    root,
  );
}

async function change(next: Settings): Promise<void> {
  const channelChanged = JSON.stringify(next.dataUpdate) !== JSON.stringify(settings?.dataUpdate);
  settings = next;
  show();
  await saveSettings(next);
  // Turning the channel on or pointing it elsewhere checks at once, so the reader sees the outcome.
  if (channelChanged && next.dataUpdate.enabled) await check();
  else if (channelChanged) await refreshStatus();
}

async function check(): Promise<void> {
  checking = true;
  show();
  try {
    dataStatus = await sendToBackground({ type: 'data-check' });
  } catch (error) {
    console.warn('Crosscount: data check', error);
  }
  checking = false;
  show();
}

async function refreshStatus(): Promise<void> {
  dataStatus = await sendToBackground({ type: 'data-status' }).catch(() => dataStatus);
  show();
}

document.title = i18n.t('optionsTitle');
document.documentElement.lang = i18n.locale;
void loadSettings().then((loaded) => {
  settings = loaded;
  show();
  void refreshStatus();
});
watchSettings((next) => {
  settings = next;
  show();
});
