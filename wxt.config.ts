import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the per-site switch and per-tab summaries. Nothing else: the content script's
    // matches give it the pages, and every open tab hears a switch change through storage.
    permissions: ['storage'],
    action: { default_title: 'Crosscount' },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
