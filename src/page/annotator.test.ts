// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import type { Comparison } from '../claims/types';
import { detectFigures } from '../detect';
import type { FigureReport } from '../messaging/schemas';
import { translatorFor } from '../ui/i18n';
import { PageAnnotator } from './annotator';

const i18n = { t: translatorFor(en), locale: 'en-GB' };

const ARTICLE =
  '<article><p>Around 20,600 Russian personnel have been lost between the start of the invasion ' +
  "of Ukraine on February 24 and Monday, Ukraine's Ministry of Defence said.</p>" +
  '<p>Russian losses included <b>790</b> tanks, 2,041 armored combat vehicles, 167 aircraft and ' +
  '147 helicopters, according to the ministry.</p></article>';

function answerWithNoEstimates(figures: FigureReport[]): Promise<Comparison[]> {
  return Promise.resolve(figures.map((figure) => ({ query: figure.query, estimates: [] })));
}

// Every annotator a test starts stops when the test ends: one left watching the page would
// highlight the next test's page itself, under that test's own annotator.
let testRun = new AbortController();
afterEach(() => {
  testRun.abort();
  testRun = new AbortController();
});

describe('PageAnnotator', () => {
  it('highlights the figures of a page, labels them, and clear() restores the page', async () => {
    document.body.innerHTML = ARTICLE;
    const matchFigures = vi.fn(answerWithNoEstimates);
    const annotator = new PageAnnotator(
      document,
      {
        detect: detectFigures,
        matchFigures,
        pageDate: () => '2022-04-19',
        pageLang: () => 'en',
        i18n,
      },
      testRun.signal,
    );
    expect(await annotator.annotate()).toBe(5);
    const figures = [...document.querySelectorAll('[data-crosscount="figure"]')];
    expect(figures.map((f) => f.getAttribute('data-metric'))).toEqual([
      'personnel_casualties',
      'tanks',
      'armored_vehicles',
      'aircraft',
      'helicopters',
    ]);
    expect(figures[1]?.getAttribute('aria-label')).toBe(
      '790 tanks, Russian losses: no other estimates known',
    );
    // Chunks may come in any order (visible figures first): look at everything that was sent.
    const sent = matchFigures.mock.calls.flatMap(([figures]) => figures);
    expect(sent.find((figure) => figure.text === '790 tanks')?.query).toMatchObject({
      metric: 'tanks',
      value: 790,
      asOf: '2022-04-18',
    });

    annotator.clear();
    expect(document.body.innerHTML).toBe(ARTICLE);
  });

  it('stops and restores the page when its signal aborts', async () => {
    document.body.innerHTML = ARTICLE;
    const controller = new AbortController();
    const annotator = new PageAnnotator(
      document,
      {
        detect: detectFigures,
        matchFigures: answerWithNoEstimates,
        pageDate: () => '2022-04-19',
        pageLang: () => 'en',
        i18n,
      },
      controller.signal,
    );
    await annotator.annotate();
    controller.abort();
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect(document.querySelector('[data-crosscount="tooltip"]')).toBeNull();
  });
});

describe('PageAnnotator with period figures', () => {
  it('asks for increments over the same period, not running totals', async () => {
    document.body.innerHTML =
      '<p>Over the past day Russia lost 17 tanks, the General Staff of Ukraine said.</p>';
    const matchFigures = vi.fn(answerWithNoEstimates);
    const annotator = new PageAnnotator(
      document,
      {
        detect: detectFigures,
        matchFigures,
        pageDate: () => '2022-04-19',
        pageLang: () => 'en',
        i18n,
      },
      testRun.signal,
    );
    await annotator.annotate();
    const sent = matchFigures.mock.calls.flatMap(([figures]) => figures);
    expect(sent.map((figure) => figure.query)).toEqual([
      expect.objectContaining({ metric: 'tanks', value: 17, increment: true }),
    ]);
  });
});

describe('PageAnnotator with Palestinian figures', () => {
  it('sends the area the text names with the query', async () => {
    document.body.innerHTML =
      '<p>The Gaza health ministry says 29,195 Palestinians have been killed.</p>' +
      '<p>In the West Bank, 393 Palestinians have been killed, OCHA says.</p>';
    const matchFigures = vi.fn(answerWithNoEstimates);
    const annotator = new PageAnnotator(
      document,
      {
        detect: detectFigures,
        matchFigures,
        pageDate: () => '2024-02-21',
        pageLang: () => 'en',
        i18n,
      },
      testRun.signal,
    );
    expect(await annotator.annotate()).toBe(2);
    const sent = matchFigures.mock.calls.flatMap(([figures]) => figures);
    expect(sent.map((figure) => [figure.text, figure.query.metric, figure.query.area])).toEqual([
      ['29,195 Palestinians', 'people_killed', 'gaza'],
      ['393 Palestinians', 'people_killed', 'west-bank'],
    ]);
    annotator.clear();
  });
});
