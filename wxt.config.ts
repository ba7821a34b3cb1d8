import { fileURLToPath } from 'node:url';
import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { squeezedCssTemplate } from './scripts/lib/css-template';

/**
 * The content script talks to the browser through its native promise API, not
 * webextension-polyfill: it only sends messages, reads storage and listens without replying, all
 * of which Chrome's MV3 `chrome.*` and Firefox's `browser.*` do with promises themselves, and the
 * polyfill would add 9.6 KB to the script that every page loads. The other entrypoints keep it.
 */
const NATIVE_BROWSER: Alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
/**
 * And WXT's ContentScriptContext, which its entry wrapper builds and our main() never takes: the
 * stand-in announces the script with WXT's started event, as building one does, without the
 * timers, listeners, location watcher and signal nothing uses (src/page/script-context.ts).
 */
const SCRIPT_CONTEXT: Alias = {
  find: /^wxt\/utils\/content-script-context$/,
  replacement: fileURLToPath(new URL('./src/page/script-context.ts', import.meta.url)),
};
const withNativeBrowser = (alias: AliasOptions | undefined): Alias[] => [
  NATIVE_BROWSER,
  SCRIPT_CONTEXT,
  ...(Array.isArray(alias)
    ? alias
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))),
];

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
    // 102: storage.session (the per-tab summaries) and promise-returning chrome.* calls, which
    // the content script uses without webextension-polyfill (see NATIVE_BROWSER above).
    ...(browser === 'chrome' ? { minimum_chrome_version: '102' } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A stable id: storage.sync needs one in Firefox.
              id: 'crosscount@crosscount.app',
              // data_collection_permissions is understood from Firefox 140 (desktop), the ESR
              // Debian ships (140.12 on this kind of machine), and from 142 on Android.
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = { ...config.resolve, alias: withNativeBrowser(config.resolve?.alias) };
      // Reading a property has no side effect anywhere in our code or in zod's and Preact's: the
      // bundler may drop reads whose value is unused (the limits left behind by schemas the
      // content script does not carry) and fold single-use locals. About 85 B of gzip.
      config.build = {
        ...config.build,
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          treeshake: { propertyReadSideEffects: false },
        },
      };
      // The tooltip's CSS, written to be read, shipped without its layout
      // (scripts/lib/css-template.ts).
      config.plugins = [
        ...(config.plugins ?? []),
        squeezedCssTemplate('/src/ui/tooltip/tooltip-styles.ts', 'TOOLTIP_CSS'),
      ];
    },
  },
  zip: {
    // The sources zip that addons.mozilla.org asks for: never the third-party article text of
    // the real-text corpus (git-ignored, present only where it is annotated) nor local logs.
    excludeSources: ['tests/corpus/real/passages/**', 'test-results/**', '**/*.log'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
