import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../src/detect/html-text';
import { collectPageText } from '../src/page/text-walker';
import { runScan, type ScanIo } from './scan';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = join(ROOT, '../shared/fixtures/seed-article.html');
const REAL_PAGES = join(ROOT, '../shared/fixtures/real-pages');
const FIELDS = [
  'file',
  'text',
  'start',
  'end',
  'value',
  'low',
  'high',
  'approx',
  'qualifier',
  'metric',
  'side',
  'area',
  'claimant',
  'asOf',
  'period',
];

/** Runs the command with captured output; `files` replaces the file system when given. */
function run(argv: string[], files?: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ScanIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readFile: (path) => {
      if (!files) return readFileSync(path, 'utf8');
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return content;
    },
    today: () => '2024-02-24',
  };
  const code = runScan(argv, io);
  return { code, lines: out, err: err.join('\n') };
}

const parse = (lines: string[]) => lines.map((line) => JSON.parse(line));

describe('scan CLI', () => {
  it('prints one JSON object per line per figure, every field present, for the seed article', () => {
    const { code, lines } = run([SEED]);
    expect(code).toBe(0);
    const records = parse(lines);
    expect(records).toHaveLength(10);
    for (const r of records) expect(Object.keys(r)).toEqual(FIELDS);
    const text = htmlToText(readFileSync(SEED, 'utf8'));
    for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(records.find((r) => r.text === '790 tanks')).toEqual({
      file: SEED,
      text: '790 tanks',
      start: expect.any(Number),
      end: expect.any(Number),
      value: 790,
      low: null,
      high: null,
      approx: null,
      qualifier: 'exact',
      metric: 'tanks',
      side: 'russia',
      area: null,
      claimant: 'ua-general-staff',
      asOf: '2022-04-18',
      period: null,
    });
  });

  it('gives offsets into a text file, with --date, and prints ranges, magnitudes and periods', () => {
    const content =
      'On Monday Russia said it had lost 1,351 men in the war.\n' +
      'NATO said 7,000 to 15,000 Russian soldiers had been killed.\n' +
      'Thousands of Russian soldiers were killed in December.';
    const { code, lines } = run(['--date', '2023-01-10', 'a.txt'], { 'a.txt': content });
    expect(code).toBe(0);
    const records = parse(lines);
    for (const r of records) expect(content.slice(r.start, r.end)).toBe(r.text);
    expect(records).toMatchObject([
      { text: '1,351 men', value: 1351, asOf: '2023-01-09', period: null },
      { text: '7,000 to 15,000 Russian soldiers', value: null, low: 7000, high: 15000 },
      {
        text: 'Thousands of Russian soldiers',
        value: null,
        approx: { magnitude: 1000 },
        period: { start: '2022-12-01', end: '2022-12-31' },
      },
    ]);
  });

  it('scans several files in order, naming each', () => {
    const files = {
      'a.txt': 'Russia lost 790 tanks in the war.',
      'b.html': '<p>Russian losses included 147 helicopters.</p>',
    };
    const { code, lines } = run(['--date', '2022-04-19', 'a.txt', 'b.html'], files);
    expect(code).toBe(0);
    expect(parse(lines).map((r) => [r.file, r.text])).toEqual([
      ['a.txt', '790 tanks'],
      ['b.html', '147 helicopters'],
    ]);
  });

  it('reports an unreadable file on stderr and exits 1 after printing the others', () => {
    const files = { 'a.txt': 'Russia lost 790 tanks in the war.', 'c.txt': 'Russia lost 3 jets.' };
    const { code, lines, err } = run(['--date', '2022-04-19', 'a.txt', 'b.txt', 'c.txt'], files);
    expect(code).toBe(1);
    expect(err).toBe('scan: cannot read b.txt: no such file');
    expect(parse(lines).map((r) => r.file)).toEqual(['a.txt', 'c.txt']);
  });

  it('falls back to today for a file without a date, and says so on stderr', () => {
    const { code, lines, err } = run(['a.txt'], { 'a.txt': 'Russia lost 790 tanks in the war.' });
    expect(code).toBe(0);
    expect(parse(lines)[0]).toMatchObject({ asOf: '2024-02-24' });
    expect(err).toContain('a.txt: no page date found, using today (2024-02-24)');
  });

  it("takes the language from the page's <html lang> unless --lang overrides it", () => {
    // A Bulgarian page: its Cyrillic is not read as Ukrainian or Russian, its English quote is.
    const page =
      '<html lang="bg"><body><p>Росія втратила 790 танків.</p><p>Russia lost 790 tanks in the war.</p></body></html>';
    const files = { 'p.html': page };
    const texts = (argv: string[]) => parse(run(argv, files).lines).map((f) => f.text);
    expect(texts(['--date', '2022-04-19', 'p.html'])).toEqual(['790 tanks']);
    expect(texts(['--date', '2022-04-19', '--lang', 'uk', 'p.html'])).toEqual([
      '790 танків',
      '790 tanks',
    ]);
  });

  it('reads Ukrainian and Russian text, with --lang uk|ru|auto or by its letters', () => {
    const uk =
      'Генштаб ЗСУ: станом на 18 квітня росіяни втратили 790 танків і близько 20\u00a0600 військових.';
    const ru =
      'Минобороны России: уничтожены 142 самолета и 2337 танков и других боевых бронированных машин.';
    const files = { 'uk.txt': uk, 'ru.txt': ru };
    for (const lang of [[], ['--lang', 'uk'], ['--lang', 'auto']]) {
      const { code, lines } = run(['--date', '2022-04-19', ...lang, 'uk.txt'], files);
      expect(code).toBe(0);
      expect(parse(lines)).toMatchObject([
        { text: '790 танків', metric: 'tanks', side: 'russia', value: 790, asOf: '2022-04-18' },
        {
          text: 'близько 20\u00a0600 військових',
          metric: 'personnel_casualties',
          value: 20600,
          qualifier: 'about',
          claimant: 'ua-general-staff',
        },
      ]);
    }
    const { lines } = run(['--date', '2022-04-19', '--lang', 'ru', 'ru.txt'], files);
    expect(parse(lines).map((f) => [f.text, f.metric, f.side, f.claimant])).toEqual([
      ['142 самолета', 'aircraft', 'ukraine', 'ru-mod'],
      [
        '2337 танков и других боевых бронированных машин',
        'tanks_and_armored_vehicles',
        'ukraine',
        'ru-mod',
      ],
    ]);
  });

  it('explains its usage with --help', () => {
    const { code, lines } = run(['--help']);
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/^Usage: npm run scan -- \[--date YYYY-MM-DD\]/);
  });

  it.each([
    [[], 'expected at least one FILE'],
    [['a.txt', '--date', '2022-02-30'], '--date must be a calendar date'],
    [['a.txt', '--lang', 'english!'], '--lang must be auto or a language tag'],
    [['a.txt', '--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with exit code 2', (argv, message) => {
    const { code, err } = run(argv, {});
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('prints the others and exits 1 when run as a command with a missing file', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/scan.ts'), 'no-such-file.html', SEED],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read no-such-file.html: no such file');
    expect(result.stdout.trim().split('\n')).toHaveLength(10);
  });
});

/**
 * The CLI's HTML-to-text must give the text the content script's walker reads from the same page:
 * the walker runs here on happy-dom's parse of it. A window of its own, not the happy-dom test
 * environment: it loads nothing (no frames, styles or scripts) and its console stays quiet.
 */
const quiet = { ...console, error: () => {}, warn: () => {}, log: () => {} };
const window = new Window({
  console: quiet,
  settings: {
    disableIframePageLoading: true,
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    disableJavaScriptEvaluation: true,
  },
});
const globals = globalThis as Record<string, unknown>;
const DOM_GLOBALS = ['Node', 'NodeFilter', 'Element', 'Document', 'DocumentFragment'] as const;

beforeAll(() => {
  // The walker reads these from the global scope, as in a page: constants, and the DOM's own
  // getters and methods (src/page/dom-reads.ts).
  for (const name of DOM_GLOBALS) globals[name] = window[name];
});

afterAll(async () => {
  for (const name of DOM_GLOBALS) delete globals[name];
  await window.happyDOM.close();
});

/** The text the content script reads from `html`, parsed by happy-dom. */
function walkerText(html: string): string {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return collectPageText(doc.body as unknown as Node).text;
}

describe('HTML text: the same as the content script reads', () => {
  it.each([
    '<p>Lost <b>790</b>\n tanks.<br>Next</p><p>20,<span>600</span> personnel</p>',
    '<body>\n  <h1>T</h1>\n  <div>a<p>b</p>c</div>\n<ul><li>x<li>y</ul>\n</body>',
    '<p>one<div>two</div>three<table><tr><td>four<td>five</table>',
    '<p>a<script>x</script><textarea>y</textarea><div contenteditable>z</div>&amp;&nbsp;b</p>',
    '<p>a<span contenteditable="x">b</span><span data-crosscount="figure">c</span><math>d</math></p>',
    // No CR LF here: browsers read it as one LF (HTML spec, input stream), happy-dom as two.
    '<p>a<span data-crosscount="tooltip">b</span><svg><title>c</title></svg>e\nf\tg</p>',
  ])('%j', (html) => {
    expect(htmlToText(html)).toBe(walkerText(html));
  });

  it('the seed article', () => {
    const html = readFileSync(SEED, 'utf8');
    expect(htmlToText(html)).toBe(walkerText(html));
  });

  // yahoo-1 has an attribute value whose closing quote is missing; browsers and happy-dom end it
  // at different places, so the two texts differ there (see src/detect/html-text.ts).
  const pages = readdirSync(REAL_PAGES).filter((f) => f.endsWith('.html') && f !== 'yahoo-1.html');
  it.each(pages)(
    'real page %s',
    (page) => {
      const html = readFileSync(join(REAL_PAGES, page), 'utf8');
      expect(htmlToText(html)).toBe(walkerText(html));
    },
    60_000,
  );
});
