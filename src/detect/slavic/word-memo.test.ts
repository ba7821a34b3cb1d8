import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headOf, isModifier } from './lexicon';
import { isNotLoss, outcomeOfVerb } from './loss-verbs';
import { memoWords } from './word-memo';

describe('a word test remembered per word', () => {
  it('answers as the test does, undefined and false included, asked again or not', () => {
    const plain = (w: string) => (w.length % 3 === 0 ? undefined : w.length % 3 === 1);
    const remembered = memoWords(plain);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 30 }), (words) => {
        for (const w of [...words, ...words]) expect(remembered(w)).toBe(plain(w));
      }),
    );
  });

  it('asks the test once per word', () => {
    let asked = 0;
    const remembered = memoWords((w: string) => {
      asked++;
      return w === 'танк' ? undefined : w;
    });
    for (const w of ['танк', 'танк', 'дрон', 'дрон']) remembered(w);
    expect(asked).toBe(2);
  });

  it('gives the lexicon the same answers twice', () => {
    for (const w of ['танків', 'загиблих', 'отримали', 'російських', 'поранено', 'слово']) {
      expect(headOf(w)).toEqual(headOf(w));
      expect(outcomeOfVerb(w)).toBe(outcomeOfVerb(w));
      expect(isNotLoss(w)).toBe(isNotLoss(w));
      expect(isModifier(w)).toBe(isModifier(w));
    }
    expect(headOf('танків')).toEqual({ kind: 'equipment', metric: 'tanks' });
    expect(outcomeOfVerb('поранено')).toBe('wounded');
  });
});
