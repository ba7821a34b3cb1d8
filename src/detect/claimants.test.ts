import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIMANT_ALIASES } from '../core/claimant-aliases';
import { aliasWordsIn, ClaimantResolver } from './claimants';
import { escapeRegex } from './word-trie';

/** The claimant of the figure marked by "#" in the last sentence of `text`. */
function claimantOf(text: string): string | undefined {
  const at = text.indexOf('#');
  const from = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return new ClaimantResolver(text).claimantIn(from, end < 0 ? text.length : end, at);
}

describe('ClaimantResolver', () => {
  it.each([
    [
      "Around # Russian personnel have been lost, Ukraine's Ministry of Defence said.",
      'ua-general-staff',
    ],
    ['Ukraine’s Ministry of Defence said # tanks were lost.', 'ua-general-staff'],
    ['The General Staff reported # tanks.', 'ua-general-staff'],
    ["Russia's last official tally from March 25 claimed it had lost # men.", 'ru-mod'],
    ['The number could be as high as #, according to NATO officials.', 'nato'],
    ['# tanks, according to Oryx.', 'oryx'],
    ['The Russian Ministry of Defence said # aircraft were destroyed.', 'ru-mod'],
    ['# civilians were killed, the UN human rights office said.', 'ohchr'],
  ])('%s -> %s', (text, id) => {
    expect(claimantOf(text)).toBe(id);
  });

  it('resolves "the ministry" to the last ministry named before it', () => {
    const text =
      "Ukraine's Ministry of Defence said in its report.\nLosses included # tanks, according to the ministry.";
    expect(claimantOf(text)).toBe('ua-general-staff');
    const russian =
      "Ukraine's Ministry of Defence spoke.\nRussia's defence ministry replied.\n# aircraft, the ministry said.";
    expect(claimantOf(russian)).toBe('ru-mod');
  });

  it('prefers "according to X" over a bare mention', () => {
    expect(claimantOf('Unlike the General Staff, # tanks, according to Oryx.')).toBe('oryx');
  });

  it('returns the raw phrase after "according to" when it is not registered', () => {
    expect(claimantOf('# killed, according to a report by Reuters.')).toBe('a report by Reuters');
    expect(claimantOf('# killed, according to an AFP tally.')).toBe('an AFP tally');
  });

  it('gives nothing for "the ministry" when no ministry was named before', () => {
    expect(claimantOf('# killed, according to the ministry.')).toBeUndefined();
  });

  it('gives nothing when the sentence names no source', () => {
    expect(claimantOf('# tanks were destroyed.')).toBeUndefined();
    expect(
      claimantOf(
        '# lost, according to one of the many people who had been there at the time and who saw it all.',
      ),
    ).toBeUndefined();
  });
});

/**
 * The alias regex is a trie entered only at word starts, a letter past ASCII before a phrase
 * turned away in code (word-trie.ts). It must find what the plain form found: the longest alias
 * (or "the ministry") wherever no letter or digit of any script stands before or after it.
 */
describe('aliasWordsIn', () => {
  const phrases = Object.values(CLAIMANT_ALIASES).flat();
  const anaphor = 'the (?:defen[cs]e )?ministry(?: of defen[cs]e)?';
  const plain = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(${[...phrases]
      .map((p) => p.toLowerCase())
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegex(p).replace(/'/g, "['’]"))
      .join('|')})|(${anaphor}))(?![\p{L}\p{N}])`,
    'giu',
  );
  const reference = (text: string) =>
    [...text.matchAll(plain)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      phrase: m[1],
    }));

  it('finds aliases after any non-letter, not after a letter of any script', () => {
    const text = 'NATO said; éNATO, 𝐀NATO, 🙂NATO officials and the Ministry of Defence';
    expect([...aliasWordsIn(text)].map(({ start, end }) => text.slice(start, end))).toEqual([
      'NATO',
      'NATO officials',
      'the Ministry of Defence',
    ]);
  });

  it('finds what the plain word-start regex finds, on fuzzed text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(...phrases).map((p) => p.toUpperCase().replace(/'/g, '’')),
      fc.constantFrom('the ministry', 'the defence ministry', ' said', ' officials'),
      fc.constantFrom(' ', '-', "'", 'é', 'я', 'ſ', '\u212a', '𝐀', '🙂', 'x', '7', '.'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect([...aliasWordsIn(text)]).toEqual(reference(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
