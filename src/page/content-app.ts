import { detectFigures } from '../detect';
import { listenInContent, sendToBackground } from '../messaging/client';
import type { Settings } from '../settings/schema';
import { isSiteEnabled } from '../settings/site-rules';
import { loadSettings, watchSettings } from '../settings/store';
import { PageAnnotator } from './annotator';
import { findPageDate } from './page-date';

/**
 * Runs Crosscount in one page: annotates it when its site is enabled, and follows the per-site
 * switch live — switching the site off in any tab unwraps every highlight here at once, and
 * switching it on brings them back. A history-API navigation starts over with a fresh summary.
 * Stops everything when `signal` aborts (the extension was
 * reloaded or updated and this content script is orphaned).
 */
export async function startContentApp(
  doc: Document,
  signal: AbortSignal,
  onLocationChange: (listener: () => void) => void,
): Promise<void> {
  const url = () => doc.location.href;
  const annotator = new PageAnnotator(
    doc,
    {
      detect: detectFigures,
      matchFigures: async (figures) =>
        (await sendToBackground({ type: 'match-figures', figures })).comparisons,
      pageDate: () => findPageDate(doc),
    },
    signal,
  );
  let enabled: boolean | undefined;
  const apply = async (settings: Settings) => {
    const next = isSiteEnabled(url(), settings);
    if (next === enabled || signal.aborted) return;
    enabled = next;
    await sendToBackground({ type: 'page-state', url: url(), enabled });
    if (enabled) await annotator.annotate();
    else annotator.clear();
  };
  const report = (error: unknown) => console.warn('Crosscount:', error);
  // A single-page site changed its URL through the history API: a new article, a new summary.
  onLocationChange(() => {
    enabled = undefined;
    loadSettings().then(apply).catch(report);
  });
  signal.addEventListener(
    'abort',
    watchSettings((settings) => apply(settings).catch(report)),
  );
  signal.addEventListener(
    'abort',
    listenInContent((request) => {
      if (request.type === 'focus-figure') annotator.focusFigure(request.id);
    }),
  );
  await apply(await loadSettings()).catch(report);
}
