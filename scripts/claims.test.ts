import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseClaimsArgs, parseFigure, UsageError } from './claims';

describe('parseClaimsArgs', () => {
  it('builds a query from positionals and options', () => {
    const request = parseClaimsArgs([
      'tanks',
      'russia',
      '2022-04-18',
      '790',
      '--claimant',
      'ua-general-staff',
    ]);
    expect(request).toMatchObject({
      help: false,
      query: {
        metric: 'tanks',
        side: 'russia',
        asOf: '2022-04-18',
        value: 790,
        unit: 'count',
        qualifier: 'exact',
        claimant: 'ua-general-staff',
      },
    });
  });

  it.each([
    ['20,600', { value: 20600 }],
    ['30000-40000', { value: null, low: 30000, high: 40000 }],
    [undefined, { value: null }],
  ])('parses the figure %s', (text, expected) => {
    expect(parseFigure(text)).toEqual(expected);
  });

  it.each([
    [[], /METRIC SIDE DATE/],
    [['tank', 'russia', '2022-04-18'], /METRIC must be one of/],
    [['tanks', 'rusia', '2022-04-18'], /SIDE must be one of/],
    [['tanks', 'russia', '18/04/2022'], /DATE must be a calendar date/],
    [['tanks', 'russia', '2022-04-18', 'many'], /VALUE must be a whole number/],
    [['tanks', 'russia', '2022-04-18', '9-1'], /exceeds high/],
    [
      ['tanks', 'russia', '2022-04-18', '1', '--qualifier', 'roughly'],
      /--qualifier must be one of/,
    ],
    [['tanks', 'russia', '2022-04-18', '1', '--claimant', 'nobody'], /not a registry id/],
    [['tanks', 'russia', '2022-04-18', '1', '--bogus'], /bogus/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseClaimsArgs(argv)).toThrow(UsageError);
    expect(() => parseClaimsArgs(argv)).toThrow(message);
  });
});

describe('main', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the comparison as JSON and exits 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main(['tanks', 'russia', '2022-04-18', '790'])).toBe(0);
    const printed = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(printed.estimates.map((e: { value: number }) => e.value)).toEqual([519, 790]);
  });

  it('prints usage for --help', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main(['--help'])).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/^Usage: npm run claims --/);
  });

  it('exits non-zero with a clear message on bad input', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['tanks', 'russia'])).toBe(2);
    expect(String(error.mock.calls[0]?.[0])).toContain('claims: expected METRIC SIDE DATE');
  });

  it('exits 1 when the database cannot be read', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['tanks', 'russia', '2022-04-18', '--db', '/nonexistent/claims.json'])).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('ENOENT');
  });
});
