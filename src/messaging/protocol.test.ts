import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { estimate, TANKS_QUERY } from '../claims/testing/comparisons';
import { BackgroundRequestSchema, ContentRequestSchema, PageRequestSchemas } from './protocol';
import { AmbiguousReadingSchema, ComparisonSchema, SettledReadingSchema } from './schemas';

// The content script checks its requests with each type's own schema, parses the popup's message
// with its one member, and checks the readings of comparisons against each member: each must pass
// exactly what the discriminated union would (same success, and the same data or, for a reading,
// the same fields).

const query = TANKS_QUERY;
const figure = { id: 3, text: '790 tanks', query };

/** Messages near the valid ones: each field wrong, missing or extra, and anything at all. */
const nearMessages = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.constantFrom(
        'page-state',
        'match-figures',
        'open-data-options',
        'focus-figure',
        'x',
      ),
      url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 5_000 }), fc.integer()),
      enabled: fc.oneof(fc.boolean(), fc.constant('yes')),
      figures: fc.oneof(
        fc.constant([figure]),
        fc.constant([]),
        fc.constant([{ ...figure, id: -1 }]),
        fc.constant(figure),
      ),
      id: fc.oneof(fc.integer(), fc.double(), fc.string()),
      extra: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
);

const same = (a: z.ZodMiniType, b: z.ZodMiniType, value: unknown) => {
  const x = a.safeParse(value);
  const y = b.safeParse(value);
  expect(x.success).toBe(y.success);
  if (x.success && y.success) expect(x.data).toEqual(y.data);
};

describe('the content script’s request schemas', () => {
  it('pass what the background’s union passes, type by type', () => {
    fc.assert(
      fc.property(nearMessages, (message) => {
        const type = (message as { type?: unknown } | null)?.type;
        if (typeof type !== 'string' || !Object.hasOwn(PageRequestSchemas, type)) return;
        same(
          PageRequestSchemas[type as keyof typeof PageRequestSchemas],
          BackgroundRequestSchema,
          message,
        );
      }),
      { numRuns: 2_000 },
    );
    expect(
      PageRequestSchemas['match-figures'].safeParse({ type: 'match-figures', figures: [figure] })
        .success,
    ).toBe(true);
  });

  it('parse the popup’s messages as the discriminated union of the same members would', () => {
    const discriminated = z.discriminatedUnion('type', [ContentRequestSchema]);
    fc.assert(
      fc.property(nearMessages, (message) => same(ContentRequestSchema, discriminated, message)),
      {
        numRuns: 2_000,
      },
    );
    expect(ContentRequestSchema.safeParse({ type: 'focus-figure', id: 4 }).success).toBe(true);
  });

  it('read a comparison’s reading as the discriminated union of the same members would', () => {
    const reading = ComparisonSchema.def.shape.reading.def.innerType;
    const discriminated = z.discriminatedUnion('kind', [
      SettledReadingSchema,
      AmbiguousReadingSchema,
    ]);
    const settled = {
      kind: 'settled',
      metric: 'tanks',
      claimantId: 'ua-general-staff',
      claimantName: 'General Staff',
      date: '2022-04-18',
    };
    const ambiguous = { kind: 'ambiguous', metrics: ['personnel_killed', 'personnel_casualties'] };
    const readings = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        settled,
        ambiguous,
        { ...settled, kind: 'ambiguous' },
        { ...ambiguous, kind: 'settled' },
      ),
      fc.record({
        kind: fc.constantFrom('settled', 'ambiguous'),
        metrics: fc.anything(),
        metric: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(readings, (value) => {
        const checked = reading.safeParse(value);
        const parsed = discriminated.safeParse(value);
        expect(checked.success).toBe(parsed.success);
        // The reading is checked, not rebuilt: an unknown key stays, and every field read is the same.
        if (checked.success && parsed.success) expect(checked.data).toMatchObject(parsed.data);
      }),
      { numRuns: 2_000 },
    );
    expect(
      ComparisonSchema.safeParse({ query, estimates: [estimate()], reading: ambiguous }).success,
    ).toBe(true);
  });
});
