import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the per-site switch and per-tab summaries. Nothing else: the content script's
    // matches give it the pages, and every open tab hears a switch change through storage.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A stable id: storage.sync needs one in Firefox.
              id: 'crosscount@crosscount.app',
              // data_collection_permissions is understood from Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '142.0',
              // Nothing is collected or transmitted (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip that addons.mozilla.org asks for: never the third-party article text of
    // the real-text corpus (git-ignored, present only where it is annotated) nor local logs.
    excludeSources: ['tests/corpus/real/passages/**', 'test-results/**', '**/*.log'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
