import { describe, expect, it, vi } from 'vitest';
import { tanksComparison } from '../../claims/testing/comparisons';
import { ComparisonLoader, type FetchComparisons } from './comparison-loader';

const comparison = tanksComparison();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function loaderWith(fetch: FetchComparisons) {
  const onUpdate = vi.fn();
  const loader = new ComparisonLoader(fetch, onUpdate);
  loader.setPage(1);
  return { loader, onUpdate };
}

const answerAll: FetchComparisons = async (ids) => ids.map((id) => ({ id, comparison }));

describe('ComparisonLoader', () => {
  it('asks for the figures wanted in one tick together, in messages of at most 100, once each', async () => {
    const fetch = vi.fn(answerAll);
    const { loader, onUpdate } = loaderWith(fetch);
    loader.want(Array.from({ length: 150 }, (_, i) => i));
    loader.want([3, 150]);
    await settle();
    expect(fetch.mock.calls.map(([ids]) => ids.length)).toEqual([100, 51]);
    expect(loader.comparisons.size).toBe(151);
    expect(onUpdate).toHaveBeenCalledTimes(2);
    loader.want([0, 1, 150]);
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('starts over on another page, and drops answers for the page it left', async () => {
    let release = () => {};
    const fetch = vi.fn(
      (ids: number[]) =>
        new Promise<{ id: number; comparison: typeof comparison }[]>((resolve) => {
          release = () => resolve(ids.map((id) => ({ id, comparison })));
        }),
    );
    const { loader } = loaderWith(fetch);
    loader.want([0]);
    await settle();
    loader.setPage(2);
    release();
    await settle();
    expect(loader.comparisons.size).toBe(0);
    loader.want([0]);
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again for figures whose request failed', async () => {
    const fetch = vi.fn<FetchComparisons>().mockRejectedValueOnce(new Error('worker restarting'));
    fetch.mockImplementation(answerAll);
    const { loader } = loaderWith(fetch);
    loader.want([7]);
    await settle();
    expect(loader.comparisons.size).toBe(0);
    loader.want([7]);
    await settle();
    expect(loader.comparisons.get(7)).toEqual(comparison);
  });
});
