import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TANKS_QUERY } from '../claims/testing/comparisons';
import type { MatchQuery } from '../claims/types';
import { routeBackgroundMessage } from '../messaging/client';
import { LIMITS } from '../messaging/schemas';
import { createMatcherLoader } from './claims-service';
import { createHandlers } from './handlers';
import { getTabSummary } from './tab-summaries';

/*
 * The background's message handlers fed what a bug, a compromised content script or another
 * extension could send (docs/SECURITY.md): every malformed, oversized, deeply nested or
 * wrong-typed message is rejected with an error, stores nothing, sets no badge, and the handlers
 * answer the next good message as if nothing had happened. The real claims database is used, so
 * a payload that passes the schema but not the matcher would show here too.
 */

const database = readFileSync(resolve(import.meta.dirname, '../data/claims.json'), 'utf8');
const handlers = createHandlers(createMatcherLoader(() => database));

const TAB = 7;
const contentScript = () => ({
  id: browser.runtime.id,
  tab: { id: TAB } as never,
  url: 'https://news.example/a',
});
const popupPage = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const send = (message: unknown, sender: object = contentScript()) =>
  routeBackgroundMessage(handlers, message, sender as never);

const query: MatchQuery = TANKS_QUERY;
const figure = (overrides: Record<string, unknown> = {}, queryOverrides = {}) => ({
  id: 0,
  text: '790 tanks',
  query: { ...query, ...queryOverrides },
  ...overrides,
});
const matchFigures = (figures: unknown) => ({ type: 'match-figures', figures });

/** An object nested `depth` levels deep, built without recursion. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** An array nested `depth` levels deep. */
function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const MALFORMED: [string, unknown][] = [
  // Not a message at all.
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'match-figures'],
  ['an array', [{ type: 'page-state', url: 'https://a.example/', enabled: true }]],
  ['a function', () => ({ type: 'get-tab-summary', tabId: TAB })],
  ['an object without a type', { url: 'https://a.example/', enabled: true }],
  // Types that are not ours, including the names of Object.prototype's members.
  ['an unknown type', { type: 'delete-everything' }],
  ['type "constructor"', { type: 'constructor' }],
  ['type "__proto__"', JSON.parse('{"type":"__proto__"}')],
  ['type "toString"', { type: 'toString' }],
  ['type "hasOwnProperty"', { type: 'hasOwnProperty' }],
  ['a type that is not a string', { type: ['page-state'] }],
  ['a type in other case', { type: 'PAGE-STATE', url: 'https://a.example/', enabled: true }],
  // Wrong types in known messages.
  ['page-state with a numeric url', { type: 'page-state', url: 17, enabled: true }],
  [
    'page-state with enabled "yes"',
    { type: 'page-state', url: 'https://a.example/', enabled: 'yes' },
  ],
  ['page-state without enabled', { type: 'page-state', url: 'https://a.example/' }],
  ['get-tab-summary with a string tab', { type: 'get-tab-summary', tabId: '7' }],
  ['get-tab-summary with a negative tab', { type: 'get-tab-summary', tabId: -1 }],
  ['get-tab-summary with a fractional tab', { type: 'get-tab-summary', tabId: 7.5 }],
  ['get-tab-summary with NaN', { type: 'get-tab-summary', tabId: Number.NaN }],
  ['match-figures with an object for figures', matchFigures({ 0: figure() })],
  ['match-figures with a string for figures', matchFigures('790 tanks')],
  ['a figure that is null', matchFigures([null])],
  ['a figure without a query', matchFigures([{ id: 0, text: '790 tanks' }])],
  ['a negative figure id', matchFigures([figure({ id: -1 })])],
  ['a fractional figure id', matchFigures([figure({ id: 0.5 })])],
  ['an infinite figure id', matchFigures([figure({ id: Number.POSITIVE_INFINITY })])],
  ['a numeric figure text', matchFigures([figure({ text: 790 })])],
  ['a metric outside the vocabulary', matchFigures([figure({}, { metric: 'tank' })])],
  ['a side outside the vocabulary', matchFigures([figure({}, { side: 'mars' })])],
  ['a unit outside the vocabulary', matchFigures([figure({}, { unit: 'kg' })])],
  ['a qualifier outside the vocabulary', matchFigures([figure({}, { qualifier: 'maybe' })])],
  ['a string value', matchFigures([figure({}, { value: '790' })])],
  ['a negative value', matchFigures([figure({}, { value: -790 })])],
  ['a NaN value', matchFigures([figure({}, { value: Number.NaN })])],
  ['an infinite value', matchFigures([figure({}, { value: Number.POSITIVE_INFINITY })])],
  ['a value past 1e10', matchFigures([figure({}, { value: 1e11 })])],
  ['a date that is not ISO', matchFigures([figure({}, { asOf: '18 April 2022' })])],
  ['a date with a time', matchFigures([figure({}, { asOf: '2022-04-18T00:00:00Z' })])],
  ['a numeric date', matchFigures([figure({}, { asOf: 20220418 })])],
  ['a period of strings', matchFigures([figure({}, { period: 'December' })])],
  ['an increment that is not a boolean', matchFigures([figure({}, { increment: 'yes' })])],
  ['compare-figures with string ids', { type: 'compare-figures', tabId: TAB, ids: ['0'] }],
  ['compare-figures without a tab', { type: 'compare-figures', ids: [0] }],
  // Oversized.
  [
    `compare-figures with more than ${LIMITS.comparisonsPerMessage} ids`,
    { type: 'compare-figures', tabId: TAB, ids: Array(LIMITS.comparisonsPerMessage + 1).fill(0) },
  ],
  [
    `more than ${LIMITS.figuresPerMessage} figures`,
    matchFigures(Array(LIMITS.figuresPerMessage + 1).fill(figure())),
  ],
  [
    'a figure text past the limit',
    matchFigures([figure({ text: 'x'.repeat(LIMITS.textLength + 1) })]),
  ],
  [
    'a claimant past the limit',
    matchFigures([figure({}, { claimant: 'c'.repeat(LIMITS.textLength + 1) })]),
  ],
  [
    'a url past the limit',
    { type: 'page-state', url: `https://a.example/${'a'.repeat(LIMITS.urlLength)}`, enabled: true },
  ],
  ['a 16 MB url', { type: 'page-state', url: 'a'.repeat(16 * 1024 * 1024), enabled: true }],
  // Deeply nested, where a value is expected.
  ['a query nested 100,000 deep', matchFigures([figure({ query: nested(100_000) })])],
  ['figures nested 100,000 deep', matchFigures(nestedArray(100_000))],
  ['a url nested 100,000 deep', { type: 'page-state', url: nested(100_000), enabled: true }],
  ['a period nested 100,000 deep', matchFigures([figure({}, { period: nested(100_000) })])],
];

describe('background handlers: hostile messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    browser.action.setBadgeText = vi.fn(async () => {});
  });

  async function expectNothingStored(): Promise<void> {
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await getTabSummary(TAB)).toBeNull();
    expect(browser.action.setBadgeText).not.toHaveBeenCalled();
  }

  it.each(MALFORMED)('rejects %s with an error and stores nothing', async (_, message) => {
    await expect(send(message)).rejects.toThrow(/unknown or malformed message/);
    await expectNothingStored();
  });

  it.each(MALFORMED)(
    'rejects %s in a tab that has a summary, and leaves that summary as it was',
    async (_, message) => {
      await send({ type: 'page-state', url: 'https://news.example/a', enabled: true });
      await send(matchFigures([figure()]));
      const before = await getTabSummary(TAB);
      await expect(send(message)).rejects.toThrow(/malformed/);
      expect(await getTabSummary(TAB)).toEqual(before);
    },
  );

  it('ignores keys it does not know (prototype pollution goes nowhere)', async () => {
    const message = JSON.parse(
      '{"type":"page-state","url":"https://news.example/a","enabled":true,' +
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    await expect(send(message)).resolves.toEqual({ ok: true });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys((await getTabSummary(TAB)) ?? {}).sort()).toEqual([
      'enabled',
      'evicted',
      'figures',
      'groups',
      'page',
      'total',
      'url',
    ]);
  });

  it.each([
    ['another extension', { id: 'some-other-extension', tab: { id: TAB } }, /another extension/],
    ['a sender without an id', { tab: { id: TAB } }, /another extension/],
    ['a sender without a tab', { id: 'self' }, /content script/],
    ['a tab id of -1 (not a tab)', { id: 'self', tab: { id: -1 } }, /content script/],
  ])('rejects figures from %s', async (_, sender, error) => {
    const self = 'id' in sender && sender.id === 'self';
    const from = { ...sender, ...(self ? { id: browser.runtime.id } : {}) };
    await expect(send(matchFigures([figure()]), from)).rejects.toThrow(error);
    await expectNothingStored();
  });

  it("does not let a content script read any tab's summary", async () => {
    await send({ type: 'page-state', url: 'https://news.example/a', enabled: true });
    // The browser sets a content script's sender url to its page's: never an extension url.
    await expect(send({ type: 'get-tab-summary', tabId: TAB })).rejects.toThrow(/not allowed/);
    await expect(send({ type: 'get-tab-summary', tabId: 3 })).rejects.toThrow(/not allowed/);
    await expect(send({ type: 'compare-figures', tabId: TAB, ids: [0] })).rejects.toThrow(
      /not allowed/,
    );
  });

  it('keeps working after a storm of garbage: the next good messages are answered and kept', async () => {
    for (const [, message] of MALFORMED) await send(message).catch(() => {});
    await expectNothingStored();
    await expect(
      send({ type: 'page-state', url: 'https://news.example/a', enabled: true }),
    ).resolves.toEqual({ ok: true });
    const answer = (await send(matchFigures([figure()]))) as {
      comparisons: { estimates: { claimantId: string; value: number | null }[] }[];
    };
    expect(answer.comparisons).toHaveLength(1);
    expect(answer.comparisons[0]?.estimates).toContainEqual(
      expect.objectContaining({ claimantId: 'ua-general-staff', value: 790 }),
    );
    const summary = (await send({ type: 'get-tab-summary', tabId: TAB }, popupPage())) as {
      summary: { figures: { t: string }[] };
    };
    expect(summary.summary.figures.map((f) => f.t)).toEqual(['790 tanks']);
  });

  it.each(['2022-13-45', '0000-00-00', '2022-02-30'])(
    'answers the calendar-impossible date %s (it has the shape the schema checks) with no estimates',
    async (asOf) => {
      await send({ type: 'page-state', url: 'https://news.example/a', enabled: true });
      await expect(send(matchFigures([figure({}, { asOf })]))).resolves.toMatchObject({
        comparisons: [{ estimates: [] }],
      });
      await expect(
        send(matchFigures([figure({}, { period: { start: asOf, end: '2022-12-31' } })])),
      ).resolves.toMatchObject({ comparisons: [{ estimates: [] }] });
      await expect(send(matchFigures([figure()]))).resolves.toMatchObject({
        comparisons: [{ estimates: expect.arrayContaining([expect.any(Object)]) }],
      });
    },
  );
});
