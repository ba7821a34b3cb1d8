import { describe, expect, it } from 'vitest';
import { Cues } from './cues';

describe('Cues', () => {
  const text =
    'The 2019 budget was $5 billion. Russia lost 790 tanks. Page 3 of 10. Casualties: 40,000.';

  it('says whether a counted noun or a loss noun lies in a range, walking forward', () => {
    const cues = new Cues(text);
    expect(cues.near(0, 30)).toBe(false);
    expect(cues.near(40, 50)).toBe(true); // "tanks"
    expect(cues.near(55, 66)).toBe(false);
    expect(cues.near(66, 90)).toBe(true); // "Casualties"
  });

  it('matches whole words only', () => {
    const cues = new Cues('The womenswear shop sold 30 tankstops and 5 mendings.');
    expect(cues.near(0, 60)).toBe(false);
  });
});
