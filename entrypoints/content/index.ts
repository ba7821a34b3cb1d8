/**
 * Crosscount's content script: thin wiring, all logic is in src/page.
 *
 *   settings (storage.sync) ──► isSiteEnabled(url) ──► PageAnnotator
 *                                                        ├─ collectPageText   one TreeWalker pass
 *                                                        ├─ detectFigures     pure, src/detect
 *                                                        ├─ wrapMentions      <span data-crosscount="figure">
 *                                                        ├─ match-figures ──► background (claims DB)
 *                                                        └─ TooltipController one delegated listener set,
 *                                                                             open shadow root host
 *   popup ──focus-figure──► annotator.focusFigure(id)
 */
import './highlight.css';
import { startContentApp } from '../../src/page/content-app';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    await startContentApp(document, ctx.signal, (listener) =>
      ctx.addEventListener(window, 'wxt:locationchange', listener),
    );
  },
});
