import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAST_WORDS, VERB_WORDS } from '../detect/cues';
import { NUMBER_WORDS } from '../detect/spelled';
import { cueHits, cueHitsUntilCyrillic, REACH } from './cue-scan';
import * as reference from './testing/cue-scan-reference';

/*
 * The cue scan enters its trie only where a word may start (after a character that is no ASCII
 * letter or digit), and tries the offsets where two text nodes meet mid-word apart. It must find
 * what the scan that tried the trie at every character found (testing/cue-scan-reference.ts):
 * the page gate may never drop a figure the detector would find.
 */

type Hit = [number, number];

/** The hits of a scan, stopped after `stopAfter` of them, and what it returned. */
function hitsOf(scan: (hit: (from: number, to: number) => boolean) => unknown, stopAfter: number) {
  const hits: Hit[] = [];
  const result = scan((from, to) => hits.push([from, to]) >= stopAfter);
  return { hits, result };
}

function both(text: string, breaks: number[], reach: number, stopAfter = Infinity) {
  const mayBreak = (at: number) => breaks.includes(at);
  return {
    now: hitsOf((hit) => cueHitsUntilCyrillic(text, hit, breaks, reach), stopAfter),
    before: hitsOf((hit) => reference.cueHitsUntilCyrillic(text, hit, mayBreak, reach), stopAfter),
  };
}

/** Whether the page gate's scan sees a cue near a number in `text` cut into nodes at `breaks`. */
const passes = (text: string, breaks: number[] = []) =>
  cueHitsUntilCyrillic(text, () => true, breaks, REACH);

describe('cue scan', () => {
  it('finds a cue that starts mid-word only where two text nodes meet', () => {
    // "At 790 xx|tanks": the page shell may put a block break before "tanks".
    expect(passes('At 790 xxtanks')).toBe(false);
    expect(passes('At 790 xxtanks', [0, 9])).toBe(true);
    // Right after a digit; a shorter cue ending at a hyphen after such a start.
    expect(passes('At 790tanks', [0, 6])).toBe(true);
    expect(passes('At 790 xfighter-bombersx', [0, 8])).toBe(true);
    expect(passes('At 790 xfighter-bombersx', [0, 9])).toBe(false);
    // A cue ending at a break, then one starting there: both are found, in order.
    const found: number[][] = [];
    cueHitsUntilCyrillic('At 790 tanksmen', (from, to) => found.push([from, to]) > 5, [0, 12], 10);
    expect(found).toEqual([
      [3, 12],
      [3, 15],
    ]);
  });

  it('finds a cue after an underscore, and after a non-ASCII letter only at a break', () => {
    expect(passes('At 790 _tanks')).toBe(true);
    expect(passes('At 790 étanks')).toBe(false);
    expect(passes('At 790 étanks', [0, 8])).toBe(true);
    expect(passes('Tanks: 790')).toBe(true);
  });

  it('stops at a Cyrillic letter, even one right before a cue word', () => {
    expect(passes('At 790 tanks. Втрати')).toBe(true);
    const found: number[][] = [];
    const stop = (from: number, to: number) => found.push([from, to]) > 5;
    expect(cueHitsUntilCyrillic('At 790 яtanks', stop, [], REACH)).toBe('cyrillic');
    expect(cueHitsUntilCyrillic('At 790 tanks, яtanks', stop, [], 5)).toBe('cyrillic');
    expect(found).toEqual([[3, 12]]);
  });

  it('hits what trying the trie at every character hit, on fuzzed text cut into nodes', () => {
    const cues = [...LAST_WORDS, ...VERB_WORDS].filter((w) => w !== '');
    const word = fc.oneof(
      fc.constantFrom(...cues, ...NUMBER_WORDS),
      fc.constantFrom(...cues).map((w) => w.toUpperCase()),
    );
    const piece = fc.oneof(
      word,
      word,
      fc.constantFrom(' ', '_', '-', 'é', 'я', 'ſ', '\u212a', 'x', 'Su-', 'T-', '(', '\n', '.'),
      fc.integer({ min: 0, max: 9_999 }).map(String),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.integer({ min: 0, max: REACH + 64 }),
        fc.integer({ min: 1, max: 4 }),
        (pieces, cuts, reach, stopAfter) => {
          const text = pieces.join('');
          // Nodes meet between some pieces ("x" and "tanks": a cue mid-word), and anywhere.
          const joints = pieces.map((_, i) => pieces.slice(0, i).join('').length);
          const breaks = [
            ...joints.filter((_, i) => (cuts[i % Math.max(1, cuts.length)] ?? 0) < 0.5),
            ...cuts.map((c) => Math.floor(c * text.length)),
          ];
          const sorted = [...new Set(breaks)].sort((a, b) => a - b);
          const { now, before } = both(text, sorted, reach);
          expect(now).toEqual(before);
          const stopped = both(text, sorted, reach, stopAfter);
          expect(stopped.now).toEqual(stopped.before);
          // The figure gate's scan, without breaks and without the Cyrillic stop.
          const plain = hitsOf((hit) => cueHits(text, hit), Infinity);
          expect(plain).toEqual(hitsOf((hit) => reference.cueHits(text, hit), Infinity));
        },
      ),
      { numRuns: 5_000 },
    );
  }, 60_000);
});
