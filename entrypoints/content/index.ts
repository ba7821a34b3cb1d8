/**
 * Crosscount's content script: thin wiring, all logic is in src/page.
 *
 *   settings (storage.sync) ──► isSiteEnabled(url) ──► PageAnnotator
 *                                                        ├─ ScanSession       idle-time chunks of one
 *                                                        │                    TreeWalker pass, then a
 *                                                        │                    MutationObserver
 *                                                        ├─ detectFigures     pure, src/detect
 *                                                        ├─ wrapMentions      <span data-crosscount="figure">
 *                                                        ├─ match-figures ──► background (claims DB)
 *                                                        └─ TooltipController one delegated listener set,
 *                                                                             open shadow root host
 *   popup ──focus-figure──► annotator.focusFigure(id)
 *   watchLocation ──► history-API navigation: start over; extension gone: stop and unwrap
 */
import './highlight.css';
import { browser } from 'wxt/browser';
import { startContentApp } from '../../src/page/content-app';
import { watchLocation } from '../../src/page/location-watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Before the page is parsed: loading and compiling this script, reading the settings and
  // warming the detector are done by DOMContentLoaded, when the scan starts (issue 16). The
  // page's own text is never read or changed before its DOM is complete.
  runAt: 'document_start',
  // Don't tell the page we are here: WXT would post our extension id to window otherwise.
  noScriptStartedPostMessage: true,
  async main() {
    // Our own lifetime, not WXT's ctx.signal: WXT ends a context on a DOM event that any page can
    // forge. We stop when the extension itself is gone (runtime.id disappears). No ctx, then: the
    // build hands main() a stand-in that only announces the script (src/page/script-context.ts).
    const life = new AbortController();
    await startContentApp(document, life.signal, (onNavigate) =>
      watchLocation(window, life.signal, {
        onChange: onNavigate,
        isOrphaned: () => !browser.runtime?.id,
        onOrphaned: () => life.abort(),
      }),
    );
  },
});
