import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALIAS_RE } from './claimants';
import { CUE_RE } from './cues';
import { caseSensitive, lowerAligned, matchesIn } from './lower-scan';
import { TOKEN_RE } from './numbers';
import { CASE_FREE } from './period-phrases';

// What the page-wide regexes are made of: lower-case ASCII characters, '’', the spaces of
// thousands groups, and the word-edge class.
const ATOMS = /^[\x20-\x40\x5b-\x7e’\u00a0\u202f]$/iu;
const ATOMS_EXACT = /^[\x20-\x40\x5b-\x7e’\u00a0\u202f]$/u;
const EDGE = /^[\p{L}\p{N}]$/iu;
const EDGE_EXACT = /^[\p{L}\p{N}]$/u;
// \b's word characters.
const WORD = /^\w$/iu;
const WORD_EXACT = /^\w$/u;
const classOf = (c: string) => (/[\]\\^-]/.test(c) ? `\\${c}` : c);

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0].length}:${m[1]?.length ?? ''}`);

describe('a page-wide regex over the lower-cased page', () => {
  it('reads every character as the /iu regex reads it, or refuses the text', () => {
    const apart: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = lowerAligned(c);
      if (lower === undefined) continue;
      const same =
        lower.length === c.length &&
        EDGE.test(c) === EDGE_EXACT.test(lower) &&
        WORD.test(c) === WORD_EXACT.test(lower) &&
        ATOMS.test(c) === ATOMS_EXACT.test(lower) &&
        (!ATOMS_EXACT.test(lower) || new RegExp(`^[${classOf(lower)}]$`, 'iu').test(c));
      if (!same) apart.push(cp.toString(16));
    }
    expect(apart).toEqual([]);
  });

  it('is given regexes of lower-case ASCII phrases only', () => {
    const caseFree = Object.values(CASE_FREE).map((c) => c.re);
    for (const re of [ALIAS_RE, CUE_RE, TOKEN_RE, ...caseFree]) {
      const literal = re.source.replace(/\\[pP]\{[^}]*\}|\\u(?:00a0|202f)/g, '');
      expect(literal).not.toMatch(caseFree.includes(re) ? /\\[A-Z]|\\u/ : /[A-Z]|\\u/);
      expect(literal.replace(/[\x20-\x7e’]/g, '')).toBe('');
    }
  });

  it('finds the matches the /iu regexes find', () => {
    const pieces = [
      'Ministry of Defence',
      "Ukraine's General Staff",
      'the ministry',
      'soldiers',
      'KILLED',
      'Su-34',
      '12,000',
      '1\u00a0200',
      'Thousands',
      'SEVEN',
      'ſoldiers',
      'İ',
      'K',
      '\u0345',
      'é',
      ' ',
      '’',
      "'",
      '-',
      '7',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const lower = lowerAligned(text);
        if (lower === undefined) return;
        for (const re of [ALIAS_RE, CUE_RE, TOKEN_RE]) {
          expect(matches(caseSensitive(re), lower)).toEqual(matches(re, text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the period phrases the /iu regexes find, groups in the case of the text', () => {
    const pieces = [
      'in the past 24 hours',
      'Over The Last three weeks',
      'overnight',
      'Monday alone',
      'a day',
      ' before',
      'last Week',
      'since the full-scale invasion',
      "since Russia's war",
      'In Recent days',
      'World War II',
      'WWII',
      '1990s',
      'the Red\u00a0Army',
      'é',
      'ſ',
      'İ',
      'K',
      '\u00a0',
      ' ',
      '_',
      'x',
      '7',
    ];
    const all = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        for (const c of Object.values(CASE_FREE)) {
          expect(all(matchesIn(text, c))).toEqual(all(text.matchAll(c.re)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("scans a text for a period phrase only when it holds one of the phrase's words", () => {
    // Pieces that make every kind of period phrase, in any case, and the words near them.
    const pieces = [
      'in',
      'In',
      'over',
      'the',
      'THE',
      'past',
      'Last',
      'previous',
      'three',
      '24',
      'few',
      'hours',
      'days',
      'day',
      'Day',
      'weeks',
      'month',
      'year',
      'overnight',
      'single',
      'a',
      'per',
      'Monday',
      'yesterday',
      'alone',
      'this',
      'since',
      'Since',
      'of',
      'start',
      'war',
      'invasion',
      'offensive',
      'recent',
      'RECENT',
      ' ',
      '\u00a0',
      ',',
      'ſ',
      'İ',
      'K',
    ];
    const all = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 9 }), (parts) => {
        const text = parts.join(' ');
        for (const c of Object.values(CASE_FREE)) {
          const expected = all(text.matchAll(c.re));
          found += expected.length;
          expect(all(matchesIn(text, c))).toEqual(expected);
        }
      }),
      { numRuns: 20_000 },
    );
    // The fuzzed texts did hold phrases: the test would see a word missing from `needs`.
    expect(found).toBeGreaterThan(1_000);
  });
});
