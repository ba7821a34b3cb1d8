import { allMatches } from '../core/matches';
import type { Side } from '../core/vocabulary';
import { COUNTRIES, PLACE_NAMES } from './places';
import { NON_ASCII, NOT_AFTER_LETTER, NOT_AFTER_WORD_EXACT } from './word-edge';

/**
 * The side whose places a whole page names most: the last resort for a count of people killed
 * or hurt whose own sentence names neither a place nor an attacker ("At least eight people were
 * hurt, two critically, in a rocket attack on Friday" on a page about Kiryat Shmona). Countries'
 * names are left out: "Israel" is named on every page about Gaza. Counted once per page, on first
 * use, by one regex pass.
 */
export class PageSides {
  private side?: Side | null;

  constructor(private readonly text: string) {}

  /** The side whose places the page names most, when it names them at least twice as often. */
  dominant(): Side | undefined {
    if (this.side === undefined) this.side = count(this.text) ?? null;
    return this.side ?? undefined;
  }
}

const SINGLE = new Map<string, Side>();
const MULTI = new Map<string, { rest: string; side: Side }[]>();
for (const [name, side] of PLACE_NAMES) {
  if (COUNTRIES.has(name)) continue;
  const [first = '', ...rest] = name.split(' ');
  if (rest.length === 0) SINGLE.set(first, side);
  else MULTI.set(first, [...(MULTI.get(first) ?? []), { rest: ` ${rest.join(' ')}`, side }]);
}
// Place names are written with a capital ("south Lebanon" aside): only such words are looked up.
// The word's first letter comes first and the word start is checked behind it: a regex that
// opens with a character class skips the other characters quickly, one that opens with a
// lookbehind tries every position (1.6x slower, the same matches). ASCII is tested before the
// Unicode classes, which on a two-byte page cost a search of their ranges at every character
// tested (word-edge.ts): half the time of \p{Lu} and [\p{L}\p{M}-] tried first.
// Exported for its test, which holds it to the plain form's matches.
export const CAPITALISED = new RegExp(
  String.raw`(?:[A-Z]|${NON_ASCII}\p{Lu}|s(?=outh)|e(?=ast))(?<=${NOT_AFTER_WORD_EXACT}[^])` +
    String.raw`(?:(?<=[A-Z])[a-zA-Z-]*(?:${NON_ASCII}[\p{L}\p{M}-]*)?|(?<=[^\0-\x7f])[\p{L}\p{M}-]*` +
    String.raw`|(?<=s)outh(?:ern)?|(?<=e)ast)(?![\p{L}])`,
  'gu',
);

/** Shared by every word that opens no multi-word name (no array per capitalised word). */
const NO_MULTI: readonly { rest: string; side: Side }[] = [];

function count(text: string): Side | undefined {
  const hits = new Map<Side, number>();
  // The side of each word as written that opens no multi-word name (null: none): a page repeats
  // its capitalised words, and each was lower-cased and looked up twice.
  const known = new Map<string, Side | null>();
  for (const m of allMatches(CAPITALISED, text)) {
    let side = known.get(m[0]);
    if (side === undefined) {
      const word = m[0].toLowerCase();
      side = SINGLE.get(word) ?? null;
      const multis = MULTI.get(word);
      if (!multis) known.set(m[0], side);
      for (const { rest, side: multi } of multis ?? NO_MULTI) {
        const end = m.index + m[0].length;
        if (text.slice(end, end + rest.length).toLowerCase() === rest) side = multi;
      }
    }
    if (side) hits.set(side, (hits.get(side) ?? 0) + 1);
  }
  const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

/**
 * Whether a page is about a war: at least five of its words are words of fighting ("war",
 * "troops", "shelling", "killed"…). Read once per page, on first use, stopping at the fifth.
 */
export class PageWar {
  private war?: boolean;
  private other?: boolean;

  constructor(private readonly text: string) {}

  /** Whether the page speaks of a disaster or of a war this product does not cover. */
  otherEvent(): boolean {
    this.other ??= OTHER_EVENT_RE.test(this.text);
    return this.other;
  }

  test(): boolean {
    if (this.war === undefined) {
      let hits = 0;
      WAR_RE.lastIndex = 0;
      while (hits < 5 && WAR_RE.exec(this.text)) hits++;
      this.war = hits >= 5;
    }
    return this.war;
  }
}

const WAR_RE = new RegExp(
  String.raw`${NOT_AFTER_LETTER}(?:war|invasion|troops|soldiers|military|army|strikes?|shelling|missiles?|drones?|offensive|frontline|killed|wounded|hamas|hezbollah|idf|ukraine|ukrainian|russian|gaza|israeli|ohchr|unhrmmu)(?![\p{L}])`,
  'giu',
);

/** Disasters and wars this product does not cover: their dead are not this war's losses. */
const OTHER_EVENT_RE = new RegExp(
  String.raw`${NOT_AFTER_LETTER}(?:storm|hurricane|earthquake|quake|floods?|flooding|cyclone|typhoon|wildfires?|landslide|tsunami|magnitude|avalanche|eruption|sudan|sudanese|darfur|myanmar|ethiopia|tigray|haiti|congo|afghanistan)(?![\p{L}])`,
  'iu',
);
