import { describe, expect, it } from 'vitest';
import { lastSide, sideNear } from './side-in-sentence';
import { opposite, sideOfModifiers } from './sides';
import { wordsIn } from './words';

const words = (text: string) => wordsIn(text, 0, text.length);

/** The side of the figure marked by "#" in `text`. */
function sideOf(text: string, agentive = false) {
  return sideNear(words(text), text.indexOf('#'), agentive);
}

describe('sideNear', () => {
  it.each([
    ['Russian losses included # tanks', 'russia'],
    ["Russia's tally claimed it had lost # men", 'russia'],
    ['Moscow’s forces lost # men', 'russia'],
    ['the enemy lost # personnel', 'russia'],
    ['the occupiers lost # tanks', 'russia'],
    ["Ukraine's army lost # tanks", 'ukraine'],
    ["Kyiv's forces lost # men", 'ukraine'],
    // "in Ukraine" is a place; "Ukrainian authorities" a source.
    ['obtained by Ukrainian authorities, Russian units operating in Ukraine have lost #', 'russia'],
    ["Ukraine's Ministry of Defence said # tanks were lost", undefined],
    ['# tanks were lost by Russian units', 'russia'],
    ['# tanks were destroyed by Ukrainian forces', 'russia'],
    ['no side here: # tanks', undefined],
  ])('%s -> %s', (text, side) => {
    expect(sideOf(text)).toBe(side);
  });

  it('reads an active loss verb as the attacker acting on the other side', () => {
    expect(sideOf('Ukrainian forces destroyed # tanks', true)).toBe('russia');
    expect(sideOf('Russia said it shot down # helicopters', true)).toBe('ukraine');
  });
});

describe('helpers', () => {
  it('names the side of noun modifiers', () => {
    expect(sideOfModifiers(words('Russian main battle'))).toBe('russia');
    expect(sideOfModifiers(words('main battle'))).toBeUndefined();
  });

  it('finds the last side of a previous sentence', () => {
    expect(lastSide(words('Russian troops advanced. Ukraine held.'))).toBe('ukraine');
    expect(lastSide(words('The war in Ukraine'))).toBeUndefined();
  });

  it('swaps the two parties; Israel has two opponents, so its own is unknown', () => {
    expect(opposite('russia')).toBe('ukraine');
    expect(opposite('ukraine')).toBe('russia');
    expect(opposite('palestine')).toBe('israel');
    expect(opposite('israel')).toBeUndefined();
    expect(opposite('unknown')).toBeUndefined();
  });
});
