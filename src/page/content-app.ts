import { browser } from 'wxt/browser';
import type { Comparison } from '../claims/types';
import { detectFigures } from '../detect';
import { listenInContent, sendFromPage } from '../messaging/client';
import { type FigureReport, FigureReportSchema } from '../messaging/schemas';
import type { Settings } from '../settings/schema';
import { isSiteEnabled } from '../settings/site-rules';
import { loadSettings, watchSettings } from '../settings/store';
import { pageI18n } from '../ui/page-i18n';
import { PageAnnotator } from './annotator';
import { attributeOf, bodyOf, rootElementOf } from './dom-reads';
import { gatedDetect } from './hot-runs';
import { findPageDate } from './page-date';
import { warmUp } from './scan-job';

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
  // Only HTML pages: an XML document (an SVG or a feed opened directly) has no body to annotate
  // and its elements have no style to set.
  if (doc.contentType !== 'text/html') return;
  // The script starts before the page is parsed (document_start): the settings round trip and
  // compiling the detector happen while the browser parses the page, not after DOMContentLoaded.
  const settings = loadSettings();
  // Most text holds no loss figure: the gate keeps it from the full detector (figure-gate.ts).
  const detect = gatedDetect(detectFigures);
  const parsed = contentLoaded(doc);
  // In a task of its own, after the round trip has started: the parser goes on between the two.
  await nextTask();
  warmUp(detect);
  await parsed;
  // Read through the DOM's prototypes: `<img name="body">` makes `doc.body` that image.
  if (!(rootElementOf(doc) instanceof HTMLElement) || !bodyOf(doc) || signal.aborted) return;
  const url = () => doc.location.href;
  // The background starts the tab's fresh summary: highlighting need not wait for it, matching
  // must (the figures are added to that summary).
  let pageState: Promise<unknown> = Promise.resolve();
  const annotator = new PageAnnotator(
    doc,
    {
      detect,
      matchFigures: async (figures) => {
        await pageState;
        return matchValidFigures(figures);
      },
      pageDate: () => findPageDate(doc),
      pageLang: () => pageLanguage(doc),
      i18n: pageI18n(browser.i18n),
    },
    signal,
  );
  const openDataOptions = () =>
    void sendFromPage({ type: 'open-data-options' }).catch((error) =>
      console.warn('Crosscount:', error),
    );
  let enabled: boolean | undefined;
  const apply = async (settings: Settings) => {
    annotator.setDisplay({
      ...settings,
      onOfferUpdates: settings.dataUpdate.enabled ? undefined : openDataOptions,
    });
    const next = isSiteEnabled(url(), settings);
    if (next === enabled || signal.aborted) return;
    enabled = next;
    pageState = sendFromPage({ type: 'page-state', url: url(), enabled });
    if (enabled) await Promise.all([pageState, annotator.annotate()]);
    else {
      annotator.clear();
      await pageState;
    }
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
  await apply(await settings).catch(report);
}

/** Resolves once the document is parsed (at once when it already is). */
function contentLoaded(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** Resolves in a later task, letting the browser parse and render in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Matches the figures the protocol accepts and answers the others (an absurd "99999999999 tanks"
 * past its limits) with no estimates, so one bad figure never silences its whole chunk.
 */
async function matchValidFigures(figures: FigureReport[]): Promise<Comparison[]> {
  const valid = figures.filter((figure) => FigureReportSchema.safeParse(figure).success);
  const comparisons =
    valid.length > 0
      ? (await sendFromPage({ type: 'match-figures', figures: valid })).comparisons
      : [];
  const answers = new Map(valid.map((figure, i) => [figure, comparisons[i]]));
  return figures.map((figure) => answers.get(figure) ?? { query: figure.query, estimates: [] });
}

/** The page's declared language, if any (`<html lang>`; a hostile page may put anything there). */
export function pageLanguage(doc: Document): string | undefined {
  const root = rootElementOf(doc);
  const lang = root ? attributeOf(root, 'lang') : null;
  return typeof lang === 'string' && lang.length <= 35 ? lang : undefined;
}
