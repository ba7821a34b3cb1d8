import { describe, expect, it } from 'vitest';
import { nounPhraseAt, peopleMetric } from './metrics';
import { wordsIn } from './words';

const phraseOf = (text: string) => {
  const np = nounPhraseAt(wordsIn(text, 0, text.length), 0);
  return (
    np && { noun: np.noun, text: text.slice(0, np.end), modifiers: np.modifiers.map((w) => w.norm) }
  );
};

describe('nounPhraseAt', () => {
  it.each([
    ['tanks', 'tanks'],
    ['main battle tanks', 'tanks'],
    ['tanks and other armoured vehicles', 'tanks_and_armored_vehicles'],
    ['armored combat vehicles', 'armored_vehicles'],
    ['armoured personnel carriers', 'armored_vehicles'],
    ['APCs', 'armored_vehicles'],
    ['IFVs', 'armored_vehicles'],
    ['BMPs', 'armored_vehicles'],
    ['artillery systems', 'artillery'],
    ['multiple rocket launchers', 'mlrs'],
    ['MLRS', 'mlrs'],
    ['air-defence systems', 'air_defense'],
    ['air defense systems', 'air_defense'],
    ['aircraft', 'aircraft'],
    ['fighter jets', 'aircraft'],
    ['warplanes', 'aircraft'],
    ['helicopters', 'helicopters'],
    ['drones', 'drones'],
    ['UAVs', 'drones'],
    ['warships', 'ships'],
    ['boats', 'ships'],
    ['aircraft carriers', 'ships'],
    ['vehicles', 'vehicles'],
  ])('%s -> %s', (text, metric) => {
    expect(phraseOf(text)?.noun).toEqual({ kind: 'equipment', metric });
  });

  it.each(['troops', 'servicemen', 'soldiers', 'personnel', 'fighters'])(
    '%s are personnel',
    (noun) => {
      expect(phraseOf(noun)?.noun).toMatchObject({ kind: 'personnel', generic: false });
    },
  );

  it.each([
    ['people', { kind: 'civilians', people: true }],
    ['Palestinians', { kind: 'civilians', people: true, side: 'palestine' }],
  ])('reads "%s" as civilians counted by a health ministry', (text, noun) => {
    expect(phraseOf(text)?.noun).toEqual(noun);
  });

  it.each([
    ['Abrams tanks', 'tanks'],
    ['Leopard 2 tanks', 'tanks'],
    ['Bradley fighting vehicles', 'armored_vehicles'],
    ['T-72B3 tanks', 'tanks'],
    ['Su-25 jets', 'aircraft'],
  ])('reads the model in "%s" as a modifier', (text, metric) => {
    expect(phraseOf(text)).toMatchObject({ noun: { kind: 'equipment', metric }, text });
  });

  it('does not count tanks of fuel', () => {
    expect(phraseOf('tanks of fuel')).toBeUndefined();
  });

  it('marks "men" as generic people that need a war context', () => {
    expect(phraseOf('men')?.noun).toEqual({ kind: 'personnel', noun: 'men', generic: true });
  });

  it.each([
    ['casualties', 'personnel_casualties'],
    ['dead', 'personnel_killed'],
    ['POWs', 'personnel_captured'],
    ['prisoners of war', 'personnel_captured'],
    ['civilian deaths', 'civilians_killed'],
  ])('%s is a loss noun for %s', (text, metric) => {
    expect(phraseOf(text)?.noun).toEqual({ kind: 'loss', metric });
  });

  it('keeps up to three modifiers before the noun', () => {
    expect(phraseOf('Russian main battle tanks were lost')).toMatchObject({
      text: 'Russian main battle tanks',
      modifiers: ['russian', 'main'],
    });
  });

  it.each([
    'days of losses',
    'recipes',
    'of us',
    'left now',
    'tank crews',
    'aircraft pilots',
    'pounds',
    'percent higher',
  ])('finds no counted noun in "%s"', (text) => {
    expect(phraseOf(text)).toBeUndefined();
  });
});

describe('peopleMetric', () => {
  const personnel = { kind: 'personnel', noun: 'personnel', generic: false } as const;
  const men = { kind: 'personnel', noun: 'men', generic: true } as const;
  it.each([
    [personnel, 'lost', 'personnel_casualties'],
    [men, 'lost', 'personnel_casualties'],
    [men, 'eliminated', 'personnel_casualties'],
    [men, 'killed', 'personnel_killed'],
    [men, 'wounded', 'personnel_wounded'],
    [men, 'captured', 'personnel_captured'],
    [men, 'missing', 'personnel_missing'],
    [men, 'casualties', 'personnel_casualties'],
    [men, 'destroyed', undefined],
    [{ kind: 'civilians' }, 'killed', 'civilians_killed'],
    [{ kind: 'civilians' }, 'wounded', 'civilians_injured'],
    [{ kind: 'civilians' }, 'lost', undefined],
    [{ kind: 'children' }, 'killed', 'children_killed'],
    [{ kind: 'children' }, 'wounded', 'civilians_injured'],
  ] as const)('%j + %s -> %s', (noun, outcome, metric) => {
    expect(peopleMetric(noun, outcome)).toBe(metric);
  });
});
