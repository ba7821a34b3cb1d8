import { z } from 'zod/mini';
import type { SomeType } from 'zod/v4/core';

/**
 * The small schemas every message and stored record is built from (zod/mini: checks are passed
 * to `.check()` instead of chained, which lets the bundler drop what we do not use).
 */

/** A string of at most `max` characters: every string crossing a boundary has a bound. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A safe integer. Not `z.int()`: that brings zod's number formats (their ranges, bigint's too) into
 * the content script for one test that `Number.isSafeInteger` makes alone.
 */
export const whole = () =>
  z.number().check(z.refine(Number.isSafeInteger, 'expected a whole number'));

/** A non-negative integer: ids, indexes, counts of items. */
export const index = () => whole().check(z.nonnegative());

/** A finite, non-negative number: a figure's value (zod's number already refuses Infinity). */
export const amount = () => z.number().check(z.nonnegative());

/** A string matching `pattern`. */
export const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));

/** An array of at most `max` items: no message or record may grow without bound. */
export const list = <T extends SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));

/**
 * Exactly two items of one schema, typed as a pair. Not `z.tuple`: its general machinery (rest
 * items, optional tails) would ride in the content script for three pairs.
 */
export const pair = <T extends SomeType>(item: T) =>
  z.array(item).check(z.length(2)) as unknown as z.ZodMiniType<
    [z.output<T>, z.output<T>],
    [z.input<T>, z.input<T>]
  >;
