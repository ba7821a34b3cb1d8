import { describe, expect, it } from 'vitest';
import { CORPUS } from './dev';
import { detectCase, expectedOf } from './dev/evaluate';

/**
 * The development corpus (tests/corpus/dev): every case must give exactly its expected figures,
 * every field. A case marked `todo` is a known miss and must still fail, so that fixing it is
 * noticed and the mark removed. `npm run eval` prints the aggregate scores.
 */
describe.each(Object.entries(CORPUS))('corpus: %s', (_topic, cases) => {
  for (const c of cases) {
    const test = c.todo ? it.fails : it;
    test(c.text.replace(/\n/g, ' ⏎ '), () => {
      expect(detectCase(c)).toEqual(expectedOf(c));
    });
  }
});

it('has at least 200 sentences', () => {
  expect(Object.values(CORPUS).flat().length).toBeGreaterThanOrEqual(200);
});
