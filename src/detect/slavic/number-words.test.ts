import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeVague, VAGUE_START_PATTERNS } from './number-words';
import { formsOf } from './numerals';

// readVague looks a word up in a set of forms before its patterns: the set must hold every word
// any of the patterns accepts, or a vague number would be missed.
const forms = VAGUE_START_PATTERNS.flatMap((re) => formsOf(re));
const pieces = [...forms, ...forms.map((f) => f.slice(0, -1)), 'и', 'ів', 'ами', ' ', 'х', '-'];

describe('the words a vague number can start with', () => {
  it('holds every form of its patterns', () => {
    for (const form of forms) expect(mayBeVague(form)).toBe(true);
  });

  it('holds every word any pattern accepts, and only those', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }), (parts) => {
        const word = parts.join('');
        expect(mayBeVague(word)).toBe(VAGUE_START_PATTERNS.some((re) => re.test(word)));
      }),
      { numRuns: 3000 },
    );
  });
});
