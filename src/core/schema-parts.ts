import { z } from 'zod/mini';
import type { SomeType } from 'zod/v4/core';

/**
 * The small schemas every message and stored record is built from (zod/mini: checks are passed
 * to `.check()` instead of chained, which lets the bundler drop what we do not use).
 */

/** A string of at most `max` characters: every string crossing a boundary has a bound. */
export const text = (max: number) => z.string().check(z.maxLength(max));

/** A non-negative integer: ids, indexes, counts of items. */
export const index = () => z.int().check(z.nonnegative());

/** A finite, non-negative number: a figure's value (zod's number already refuses Infinity). */
export const amount = () => z.number().check(z.nonnegative());

/** A string matching `pattern`. */
export const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));

/** An array of at most `max` items: no message or record may grow without bound. */
export const list = <T extends SomeType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));
