import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseClaimsArgs, parseFigure, parsePeriod, UsageError } from './claims';

const SEED = ['--side', 'russia', '--metric', 'tanks', '--date', '2022-04-18'];

describe('parseClaimsArgs', () => {
  it('builds a query from options', () => {
    const request = parseClaimsArgs([
      ...SEED,
      '--value',
      '790',
      '--claimant',
      'ua-general-staff',
      '--json',
    ]);
    expect(request).toMatchObject({
      help: false,
      json: true,
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

  it('still takes METRIC SIDE DATE VALUE as positionals', () => {
    const request = parseClaimsArgs(['tanks', 'russia', '2022-04-18', '790']);
    expect(request).toMatchObject({
      json: false,
      query: { metric: 'tanks', side: 'russia', asOf: '2022-04-18', value: 790 },
    });
  });

  it('takes a period or a daily increment', () => {
    const period = parseClaimsArgs([...SEED, '--period', '2022-12-01..2022-12-31']);
    expect(period).toMatchObject({ query: { period: { start: '2022-12-01', end: '2022-12-31' } } });
    expect(parseClaimsArgs([...SEED, '--increment'])).toMatchObject({
      query: { increment: true },
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
    ['2022-12-01..2022-12-31', { start: '2022-12-01', end: '2022-12-31' }],
    ['2022-04-19..2022-04-19', { start: '2022-04-19', end: '2022-04-19' }],
  ])('parses the period %s', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each([
    [[], /expected --metric, --side and --date/],
    [['--side', 'russia', '--metric', 'tank', '--date', '2022-04-18'], /--metric must be one of/],
    [['--side', 'rusia', '--metric', 'tanks', '--date', '2022-04-18'], /--side must be one of/],
    [
      ['--side', 'russia', '--metric', 'tanks', '--date', '18/04/2022'],
      /--date must be a calendar/,
    ],
    [
      ['--side', 'russia', '--metric', 'tanks', '--date', '2022-02-30'],
      /--date must be a calendar/,
    ],
    [[...SEED, '--value', 'many'], /--value must be a whole number/],
    [[...SEED, '--value', '9-1'], /exceeds high/],
    [[...SEED, '--qualifier', 'roughly'], /--qualifier must be one of/],
    [[...SEED, '--claimant', 'nobody'], /not a registry id/],
    [[...SEED, '--period', '2022-12-31..2022-12-01'], /--period must be FROM..TO/],
    [[...SEED, '--period', 'December'], /--period must be FROM..TO/],
    [[...SEED, '--bogus'], /bogus/],
    [[...SEED, 'tanks'], /--metric given twice/],
    [['tanks', 'russia', '2022-04-18', '1', 'extra'], /unexpected argument "extra"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseClaimsArgs(argv)).toThrow(UsageError);
    expect(() => parseClaimsArgs(argv)).toThrow(message);
  });
});

describe('main', () => {
  afterEach(() => vi.restoreAllMocks());

  function run(argv: string[]) {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = main(argv);
    return {
      code,
      out: log.mock.calls.map((c) => String(c[0])).join('\n'),
      err: error.mock.calls.map((c) => String(c[0])).join('\n'),
    };
  }

  it('prints one JSON object with a claims array for --json', () => {
    const { code, out } = run([...SEED, '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.query).toMatchObject({ metric: 'tanks', side: 'russia', asOf: '2022-04-18' });
    expect(printed.claims).toEqual([
      expect.objectContaining({
        claimant: 'oryx',
        claimantName: 'Oryx',
        asOf: '2022-04-18',
        value: 519,
        qualifier: 'exact',
        method: 'visually-confirmed',
        source: expect.stringMatching(/^https:\/\/www\.oryxspioenkop\.com\//),
      }),
      expect.objectContaining({
        claimant: 'ua-general-staff',
        claimantName: 'General Staff of Ukraine',
        asOf: '2022-04-18',
        value: 790,
        qualifier: 'exact',
        method: 'party-claim',
        source: expect.stringMatching(/^https:\/\/(www\.)?mil\.gov\.ua\//),
        next: { date: '2022-04-19', value: 802 },
      }),
    ]);
  });

  it('gives ranges as low and high, with flags and reasons', () => {
    const { out } = run([
      '--side',
      'russia',
      '--metric',
      'personnel_killed',
      '--date',
      '2022-03-25',
      '--value',
      '7000-15000',
      '--claimant',
      'nato',
      '--json',
    ]);
    const [nato] = JSON.parse(out).claims;
    expect(nato).toMatchObject({ claimant: 'nato', low: 7000, high: 15000, flags: ['matches'] });
    expect(nato).not.toHaveProperty('value');
    expect(nato.reasons.matches).toBe('NATO officials said about 7,000–15,000 on 23 Mar 2022');
  });

  it('prints a readable table by default', () => {
    const { code, out } = run([...SEED, '--value', '790', '--claimant', 'ua-general-staff']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(
      'tanks, russia, as of 2022-04-18; the article: 790, citing ua-general-staff',
    );
    expect(lines[2]).toMatch(/^claimant +figure +as of +method +next +flags$/);
    expect(lines[3]).toMatch(
      /^\* General Staff of Ukraine +790 +2022-04-18 +party-claim +802 \(2022-04-19\) +matches$/,
    );
    expect(lines[4]).toMatch(/^Oryx +519 +2022-04-18 +visually-confirmed .* differs, lower-bound$/);
    expect(out).toContain('  matches: The General Staff said 790 on 18 Apr 2022');
    expect(out).toContain("  lower-bound: 790 is 1.5× Oryx's visually confirmed count");
  });

  it('says so when nothing is known', () => {
    const { code, out } = run(['--side', 'israel', '--metric', 'tanks', '--date', '2022-04-18']);
    expect(code).toBe(0);
    expect(out).toContain('No estimates known.');
  });

  it('prints usage for --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run claims -- --side SIDE --metric METRIC --date DATE/);
  });

  it.each([
    [['--side', 'russia', '--metric', 'tank', '--date', '2022-04-18'], '--metric must be one of'],
    [['--side', 'rusia', '--metric', 'tanks', '--date', '2022-04-18'], '--side must be one of'],
    [['--side', 'russia', '--metric', 'tanks', '--date', '2022-4-18'], '--date must be a calendar'],
  ])('exits 2 with a clear message for %j', (argv, message) => {
    const { code, err } = run(argv);
    expect(code).toBe(2);
    expect(err).toContain(`claims: ${message}`);
    expect(err).toContain('Run with --help for usage.');
  });

  it('exits 1 when the database cannot be read', () => {
    const { code, err } = run([...SEED, '--db', '/nonexistent/claims.json']);
    expect(code).toBe(1);
    expect(err).toContain('ENOENT');
  });
});

// Starting tsx takes a second or more; on a busy machine several.
describe('as a command', { timeout: 30_000 }, () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const command = (args: string[]) =>
    spawnSync(tsx, ['scripts/claims.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 0 with JSON on stdout', () => {
    const result = command([...SEED, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).claims.length).toBe(2);
  });

  it('exits non-zero on an unknown metric', () => {
    const result = command(['--side', 'russia', '--metric', 'tonks', '--date', '2022-04-18']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--metric must be one of');
  });
});
