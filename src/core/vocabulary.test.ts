import { describe, expect, it } from 'vitest';
import { MetricSchema } from './vocabulary';

describe('vocabulary', () => {
  it('rejects a metric outside the vocabulary', () => {
    expect(MetricSchema.safeParse('tanks').success).toBe(true);
    expect(MetricSchema.safeParse('tank').success).toBe(false);
  });
});
