import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Crosscount',
    description:
      'Shows who says so and who says otherwise for every war-loss figure in the news you read. Nothing leaves your browser.',
    // storage: the per-site switch and per-tab summaries. Nothing else: the content script's
    // matches give it the pages, and every open tab hears a switch change through storage.
    permissions: ['storage'],
    action: { default_title: 'Crosscount' },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
