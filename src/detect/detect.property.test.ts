import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFigures, type FigureMention } from './index';

/*
 * Property-based tests (fast-check) of the detector as a function of untrusted text: whatever a
 * page contains, detectFigures must not throw, must report spans that slice back to their text in
 * order without overlap, and must cost time linear in the length of the text.
 *
 * Timing: wall-clock time on a shared 2-core machine varies by 4x with the load, so this file
 * measures the process's CPU time (process.cpuUsage; vitest runs each file in its own process),
 * takes the fastest of a few runs, and asserts the *ratio* between a text and one four times as
 * long: linear work gives ~4, quadratic work ~16, so "< 8" catches super-linear steps without
 * flaking on noise. Absolute times are printed, and asserted only against a generous bound that
 * catches an order-of-magnitude regression (docs/SECURITY.md records the measured figures).
 */

const PAGE = '2022-04-19';
const detect = (text: string, lang?: string) =>
  detectFigures(text, lang === undefined ? { pageDate: PAGE } : { pageDate: PAGE, lang });

/** The invariants every result must satisfy for every text. */
function checkMentions(text: string, mentions: FigureMention[]): void {
  let end = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(end);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.value === null || Number.isFinite(m.value)).toBe(true);
    expect(m.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    end = m.end;
  }
}

// Pieces of real loss sentences and of the inputs that have broken number scanners before:
// separators, scale and number words, NBSP and narrow NBSP, combining marks, bidi controls,
// zero-width characters, astral characters and a lone surrogate.
const FRAGMENTS = [
  '790',
  '2,041',
  '20,600',
  '1,1,1',
  '9999999999999999999999',
  '0',
  '04',
  '3.5',
  '1\u00a0000',
  '1\u202f000',
  '40 000',
  '2022-04-19',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\t',
  '-',
  '–',
  '—',
  ',',
  '.',
  '%',
  '$',
  '(+160)',
  '(',
  ')',
  '"',
  "'",
  '’',
  '\u0301',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\ud800',
  '😀',
  'é',
  'ي',
  'tanks',
  'armored combat vehicles',
  'aircraft',
  'helicopters',
  'troops',
  'men',
  'personnel',
  'killed',
  'wounded',
  'were wounded',
  'casualties',
  'lost',
  'losses',
  'Russian',
  'Russia',
  'Ukrainian',
  'Ukraine',
  'according to',
  "Ukraine's Ministry of Defence",
  'the General Staff',
  'Oryx',
  'NATO',
  'about',
  'around',
  'more than',
  'up to',
  'as high as',
  'between',
  'and',
  'to',
  'of',
  'a',
  'one',
  'four',
  'twenty',
  'hundred',
  'thousand',
  'million',
  'k',
  'bn',
  'dozens',
  'tens of thousands',
  'a third of',
  'half',
  'several',
  'few',
  'March 25',
  'Monday',
  'last week',
  'in the past 24 hours',
  'since February 24',
];

const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
);
const separator = fc.constantFrom(' ', ' ', '', '\n', '. ', ', ', '\u00a0');
/** A text made of loss-sentence fragments and noise, joined by random separators. */
const pageText = fc
  .array(fc.tuple(fragment, separator), { maxLength: 120 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));
const anyText = fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 400 }));

/** A calendar date in or around the war, as a page might carry it. */
const pageDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString().slice(0, 10));

const SEED =
  "Russian losses included 790 tanks, 2,041 armored combat vehicles, 167 aircraft and 147 helicopters, according to Ukraine's Ministry of Defence.";

describe('detectFigures: properties over arbitrary text', () => {
  it('never throws, for any text, page date and language', () => {
    fc.assert(
      fc.property(
        anyText,
        pageDate,
        fc.option(fc.oneof(fc.constantFrom('en', 'en-GB', 'EN', 'uk', 'ru'), fc.string())),
        (text, date, lang) => {
          const options = lang === null ? { pageDate: date } : { pageDate: date, lang };
          checkMentions(text, detectFigures(text, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports spans inside the text, in order, without overlap, that slice back to their text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        checkMentions(text, detect(text));
      }),
      { numRuns: 500 },
    );
  });

  it('is a pure function: the same text gives the same figures', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(detect(text)).toEqual(detect(text));
      }),
      { numRuns: 100 },
    );
  });

  it('finds a loss sentence in its own paragraph whatever paragraphs surround it', () => {
    fc.assert(
      fc.property(pageText, pageText, (before, after) => {
        const text = `${before}\n${SEED}\n${after}`;
        const mentions = detect(text);
        checkMentions(text, mentions);
        const start = before.length + 1 + SEED.indexOf('790 tanks');
        const tanks = mentions.find((m) => m.start === start);
        expect(tanks).toMatchObject({ text: '790 tanks', metric: 'tanks', value: 790 });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a page date that is not a calendar date with a RangeError, never another error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (date) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(date));
        expect(() => detectFigures('Russia lost 790 tanks.', { pageDate: date })).toThrow(
          RangeError,
        );
      }),
    );
  });
});

// ---- Time ------------------------------------------------------------------------------------

const KB = 1024;

/** CPU milliseconds this process spends in `run` (user + system). */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The fastest of `runs` detections of `text`, in CPU ms; checks the result on the first run. */
function detectTime(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    let mentions: FigureMention[] = [];
    best = Math.min(
      best,
      cpuMs(() => (mentions = detect(text))),
    );
    if (i === 0) checkMentions(text, mentions);
  }
  return best;
}

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Adversarial patterns, each a unit that is repeated to any length. */
const PATTERNS: Record<string, string> = {
  'comma-separated ones "1,1,1,…"': '1,',
  'one run of nines "9999…"': '9',
  'long digit runs': `${'1234567890'.repeat(50)} `,
  'digits and spaces': '1 2 3 ',
  spaces: ' ',
  hyphens: '-',
  'digits and hyphens "1-1-…"': '1-',
  'digits and en dashes "1–1–…" (ranges)': '1–',
  'NBSP-grouped digits': '1\u00a0',
  'combining marks on digits': '1\u0301,\u0300',
  'loss words interleaved with numbers': 'tanks killed 1, ',
  'seed sentence': `${SEED} `,
  'percent signs': '1% ',
  currency: '$1 ',
  'scales "1k 1bn"': '1k 1bn ',
  'range words "between 1 and 2 to"': 'between 1 and 2 to ',
  'daily increments "(+1"': '(+1',
  'dates "2022-04-19"': '2022-04-19 ',
  'slashes "1/1/…"': '1/',
  'quoted numbers': '"1" ',
  'vague magnitudes': 'tens of thousands of several hundred a few thousand ',
  'spelled numbers led by a unit': 'one hundred ',
  // Sentence ends: END_RE in sentences.ts was O(n²) on runs of these (40 KB of "." took ~15 s)
  // until its run was matched atomically; the regex audit in docs/SECURITY.md found it.
  'full stops "……"': '.',
  'sentence punctuation "!?…"': '!?…',
  'punctuation and closing quotes': '..."”)',
  // Ukrainian and Russian (src/detect/slavic): the same shapes in their own words.
  'General Staff list lines "танків ‒ 790 (+17) од,"': 'танків ‒ 790 (+17) од, ',
  'Russian MoD list "2337 танков и других …"':
    '142 самолета, 2337 танков и других боевых бронированных машин, ',
  'Cyrillic loss clauses without full stops': 'ЗСУ знищили 12 танків і ліквідували 200 окупантів, ',
  'Cyrillic number words': "двадцять тисяч п'ятсот восемь с половиной ",
  'Cyrillic vague magnitudes': 'десятки тисяч сотні кілька тисяч ',
  'decimal commas with scales "20,6 тис."': '20,6 тис. ',
  'Cyrillic period phrases': 'за минулу добу у серпні з 6 серпня в понедельник ',
  'Cyrillic dates "24.02.22"': '24.02.22 ',
  'bullets "- "': '- ',
};

describe('detectFigures: linear time on adversarial input', () => {
  // Warm the JIT, so the first measured pattern is not charged for compilation.
  detect(fill(SEED, 64 * KB));

  // 16x the text: linear work costs ~16x, quadratic ~256x. The bound (64x) sits far from both,
  // so a loaded CI machine (2 cores, parallel test files) can't make a linear detector fail it,
  // and a quadratic one can't pass it. This checks growth, not speed.
  it.each(Object.entries(PATTERNS))(
    '%s: 16x the text costs < 64x the time',
    (name, unit) => {
      const small = detectTime(fill(unit, 4 * KB), 3);
      const large = detectTime(fill(unit, 64 * KB), 2);
      console.info(
        `detect ${name}: 4 KB ${small.toFixed(1)} ms, 64 KB ${large.toFixed(1)} ms (CPU)`,
      );
      // Below ~30 ms the ratio is noise (timer granularity, a GC pause); nothing to learn there.
      if (large >= 30) expect(large / Math.max(small, 1)).toBeLessThan(64);
      // The time limit is vitest's, not ours: a machine busy with other work stretches every run.
    },
    60_000,
  );

  // Was O(n²): a run of scale words that does not start with "a" ("thousand hundred thousand
  // hundred …") was scanned to its end by spelledAt, rejected, and scanned again from the next
  // word. Fixed in src/detect/spelled.ts (the "a" is checked before reading on).
  it('spelled scale words "thousand hundred …": 4x the text costs < 8x the time', () => {
    const unit = 'thousand hundred ';
    const small = detectTime(fill(unit, 8 * KB), 2);
    const large = detectTime(fill(unit, 32 * KB), 1);
    console.info(`detect scale words: 8 KB ${small.toFixed(1)} ms, 32 KB ${large.toFixed(1)} ms`);
    if (large >= 30) expect(large / Math.max(small, 1)).toBeLessThan(8);
  });

  // Was O(2^n) (found by the regex audit, docs/SECURITY.md): in periods.ts LIST_GAP the spaces
  // between two separators belonged to either iteration of /(?:[ ]*(?:,|and|…)[ ]*)+$/, so a gap
  // of ",  " repeated between two figures backtracked 2^n ways: 167 characters took ~4 s. Kept
  // small on purpose: were it to come back, 16 repeats still end in seconds, not hours.
  it('a list gap of commas and spaces costs time linear in its length', () => {
    const sentence = (n: number) =>
      `Russian losses included 790 tanks${',  '.repeat(n)}and also 167 aircraft and 147 helicopters, according to Ukraine's Ministry of Defence.`;
    const short = detectTime(sentence(8), 3);
    const long = detectTime(sentence(16), 1);
    console.info(
      `detect list gap: 8 commas ${short.toFixed(1)} ms, 16 commas ${long.toFixed(1)} ms`,
    );
    if (long >= 30) expect(long / Math.max(short, 1)).toBeLessThan(4);
  });

  it('1 MB of all the patterns interleaved with loss sentences: linear, and printed', () => {
    // One block per pattern (8 KB each) followed by a seed sentence, cycled to the length.
    const blocks = Object.values(PATTERNS).map((unit) => `${fill(unit, 8 * KB)}\n${SEED}\n`);
    const page = (length: number) => fill(blocks.join(''), length);
    const quarter = detectTime(page(256 * KB), 1);
    const whole = detectTime(page(1024 * KB), 1);
    console.info(
      `detect adversarial mix: 256 KB ${quarter.toFixed(0)} ms, 1 MB ${whole.toFixed(0)} ms (CPU)`,
    );
    expect(whole / Math.max(quarter, 1)).toBeLessThan(8);
    // The target is "well under a second"; see docs/SECURITY.md for where it stands. The
    // bound here only catches an order-of-magnitude regression.
    expect(whole).toBeLessThan(60_000);
  }, 180_000);
});
