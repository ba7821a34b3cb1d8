import { describe, expect, it } from 'vitest';
import { verbAfter, verbBefore } from './verbs';
import { wordsIn } from './words';

const words = (text: string) => wordsIn(text, 0, text.length);

describe('verbAfter', () => {
  it.each([
    ['have been lost between', 'lost', 'have been lost'],
    ['were wounded.', 'wounded', 'were wounded'],
    ['killed in the strike', 'killed', 'killed'],
    ['were reportedly killed or wounded', 'casualties', 'were reportedly killed or wounded'],
    ['taken prisoner', 'captured', 'taken prisoner'],
    ['had been shot down', 'destroyed', 'had been shot down'],
    ['lost their lives', 'killed', 'lost their lives'],
  ])('%s -> %s', (text, outcome, span) => {
    const verb = verbAfter(words(text), 0);
    expect(verb?.outcome).toBe(outcome);
    expect(text.slice(0, verb?.end)).toBe(span);
  });

  it.each([
    ['have been killed', true],
    ['were killed', false],
    ['had surrendered', true],
    ['have gone missing', true],
  ])('tells the perfect of "%s": %s', (text, perfect) => {
    expect(verbAfter(words(text), 0)?.perfect).toBe(perfect);
  });

  it.each(['killed the commander', 'killed 20 civilians', 'left', 'were deployed'])(
    'finds no loss in "%s"',
    (text) => {
      expect(verbAfter(words(text), 0)).toBeUndefined();
    },
  );
});

describe('verbBefore', () => {
  it.each([
    ['it had lost', 'lost', false, true],
    ['lost another', 'lost', false, false],
    ['forces destroyed', 'destroyed', true, false],
    ['had killed', 'killed', true, true],
    ['has already lost', 'lost', false, true],
    ['shot down a total of', 'destroyed', true, false],
    ['captured', 'captured', true, false],
  ])('%s -> %s (agentive %s, perfect %s)', (text, outcome, agentive, perfect) => {
    expect(verbBefore(words(text))).toEqual({ outcome, agentive, perfect });
  });

  it.each(['sent', 'there were', 'deployed', 'could lose', 'expected to kill'])(
    'finds no loss verb in "%s"',
    (text) => {
      expect(verbBefore(words(text))).toBeUndefined();
    },
  );
});
