import { describe, expect, it } from 'vitest';
import { AREAS, METRICS, QUALIFIERS, SIDES } from '../core/vocabulary';
import { detectFigures } from '.';

/**
 * Page text is not ours: a word such as "constructor" or "toString" must be just a word to every
 * table the detector looks words up in, never a property every object inherits (which once gave
 * "The constructor lost 790 tanks." a side that was the Object function).
 */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

const ENGLISH = (w: string) => [
  `The ${w} lost 790 tanks.`,
  `${w} 790 tanks were destroyed, ${w} said.`,
  `Russia lost 790 tanks on 5 ${w} 2024.`,
  `Russia lost ${w} thousand troops and 790 ${w} tanks.`,
  `790 tanks were destroyed by the ${w} forces, the ${w} ministry said on ${w}.`,
  `The ${w} death toll has risen to 1,200, with ${w} 3,285 wounded.`,
  `Israel said 12 ${w} soldiers were killed in ${w}.`,
];
const SLAVIC = (w: string) => [
  `Росія втратила 790 танків ${w}, повідомив ${w}.`,
  `${w} 5 ${w} 2024 року ворог втратив 790 танків і ${w} тисяч солдатів.`,
  `Противник потерял ${w} 790 танков за ${w} сутки.`,
  `Загинули 12 ${w} військових у ${w}.`,
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('words every object inherits', () => {
  it.each(INHERITED)('"%s" in page text is only a word', (word) => {
    for (const [text, lang] of [
      ...ENGLISH(word).map((t) => [t, 'en'] as const),
      ...SLAVIC(word).map((t) => [t, 'uk'] as const),
      ...SLAVIC(word).map((t) => [t, 'ru'] as const),
    ]) {
      for (const figure of detectFigures(text, { pageDate: '2024-06-01', lang })) {
        expect(SIDES, text).toContain(figure.side);
        expect(METRICS, text).toContain(figure.metric);
        expect(QUALIFIERS, text).toContain(figure.qualifier);
        if (figure.area !== undefined) expect(AREAS, text).toContain(figure.area);
        if (figure.alsoMetric !== undefined) expect(METRICS, text).toContain(figure.alsoMetric);
        expect(figure.asOf, text).toMatch(ISO_DATE);
        for (const n of [figure.value, figure.low, figure.high])
          if (n !== null && n !== undefined) expect(Number.isFinite(n), text).toBe(true);
        if (figure.claimant !== undefined) expect(typeof figure.claimant, text).toBe('string');
        if (figure.period) {
          expect(figure.period.end, text).toMatch(ISO_DATE);
          if (figure.period.start !== null) expect(figure.period.start, text).toMatch(ISO_DATE);
        }
        expect(text.slice(figure.start, figure.end)).toBe(figure.text);
      }
    }
  });
});
