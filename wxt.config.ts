import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Crosscount',
    description:
      'Shows who says so and who says otherwise for every war-loss figure in the news you read. Nothing leaves your browser.',
    // storage: the per-site switch; tabs: tell open tabs of a site when its switch changes.
    permissions: ['storage', 'tabs'],
    action: { default_title: 'Crosscount' },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
