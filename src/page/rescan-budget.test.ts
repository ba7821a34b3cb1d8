// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RescanBudget } from './rescan-budget';

describe('RescanBudget', () => {
  it('stops rescanning a subtree the page keeps re-rendering, and allows it again later', () => {
    let now = 0;
    const budget = new RescanBudget(() => now, 3, 10_000);
    const fought = document.createElement('p');
    const other = document.createElement('p');
    expect([1, 2, 3, 4, 5].map(() => budget.allow(fought))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(budget.allow(other)).toBe(true);
    now = 10_001;
    expect(budget.allow(fought)).toBe(true);
  });
});
