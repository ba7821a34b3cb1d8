import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CLAIMANTS } from '../../src/core/claimants';
import manifest from '../../src/data/claims-manifest.json';
import type { Settings } from '../../src/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/store';
import { I18nContext } from '../../src/ui/i18n';
import { Options } from '../../src/ui/options/Options';
import { applyTheme, pageI18n } from '../../src/ui/page-i18n';
import '../../src/ui/styles/theme.css';
import './style.css';

// Wiring only: the options UI is src/ui/options; settings come from src/settings.
const i18n = pageI18n(browser.i18n);
const root = document.getElementById('app') as HTMLElement;

function show(settings: Settings): void {
  applyTheme(document, settings.theme);
  render(
    <I18nContext.Provider value={i18n}>
      <Options
        settings={settings}
        onChange={(next) => {
          show(next);
          void saveSettings(next);
        }}
        claimants={CLAIMANTS}
        datasets={manifest.datasets}
        dataVersion={{ version: manifest.version, newest: manifest.buildDate }}
      />
    </I18nContext.Provider>,
    root,
  );
}

document.title = i18n.t('optionsTitle');
document.documentElement.lang = i18n.locale;
void loadSettings().then(show);
watchSettings(show);
