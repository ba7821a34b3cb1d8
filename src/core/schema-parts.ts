import { z } from 'zod/mini';
import type { SomeType } from 'zod/v4/core';

/**
 * The small schemas every message and stored record is built from (zod/mini: checks are passed
 * to `.check()` instead of chained, which lets the bundler drop what we do not use).
 *
 * Each maker is marked @__NO_SIDE_EFFECTS__: a `.check()` call is a method call the bundler must
 * otherwise keep, so a schema built from these at a module's top level stayed in the content
 * script even where nothing used it (the data-status and update-manifest schemas, 0.7 KB).
 */

/** A string of at most `max` characters: every string crossing a boundary has a bound. */
export const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.maxLength(max));

/**
 * A safe integer. Not `z.int()`: that brings zod's number formats (their ranges, bigint's too) into
 * the content script for one test that `Number.isSafeInteger` makes alone.
 */
export const whole = /* @__NO_SIDE_EFFECTS__ */ () =>
  z.number().check(z.refine(Number.isSafeInteger, 'expected a whole number'));

/**
 * At least `min` / at most `max`. Refinements, as whole() is, not z.gte()/z.lte()/z.positive():
 * zod's two comparison checks were 0.2 KB of the content script for these plain tests.
 */
export const atLeast = /* @__NO_SIDE_EFFECTS__ */ (min: number) =>
  z.refine<number>((n) => n >= min);
export const atMost = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.refine<number>((n) => n <= max);

/** A non-negative integer: ids, indexes, counts of items. */
export const index = /* @__NO_SIDE_EFFECTS__ */ () => whole().check(atLeast(0));

/** A finite, non-negative number: a figure's value (zod's number already refuses Infinity). */
export const amount = /* @__NO_SIDE_EFFECTS__ */ () => z.number().check(atLeast(0));

/**
 * A string matching `pattern` (without the g or y flag: one RegExp serves every test). A
 * refinement, not z.regex(): zod's string-format checks were 0.1 KB of the content script.
 */
export const matching = /* @__NO_SIDE_EFFECTS__ */ (pattern: RegExp) =>
  z.string().check(z.refine((value) => pattern.test(value)));

/** An array of at most `max` items: no message or record may grow without bound. */
export const list = /* @__NO_SIDE_EFFECTS__ */ <T extends SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

/**
 * Exactly two items of one schema, typed as a pair. Not `z.tuple`: its general machinery (rest
 * items, optional tails) would ride in the content script for three pairs. Nor z.length(2), one
 * more of zod's checks there: maxLength refuses a longer array before reading its items, as
 * z.length did, and a refinement refuses a shorter one.
 */
export const pair = /* @__NO_SIDE_EFFECTS__ */ <T extends SomeType>(item: T) =>
  z.array(item).check(
    z.maxLength(2),
    z.refine((items) => items.length === 2),
  ) as unknown as z.ZodMiniType<[z.output<T>, z.output<T>], [z.input<T>, z.input<T>]>;
