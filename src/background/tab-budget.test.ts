import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Ledger,
  planAppend,
  SESSION_BUDGET,
  TAB_BYTES,
  TAB_CAP,
  totalBytes,
} from './tab-budget';

const sizes = (n: number, each = 100) => Array<number>(n).fill(each);

describe('session storage budget', () => {
  it('stores a chunk that fits, evicting nobody', () => {
    const ledger: Ledger = { 1: { bytes: 5_000, touched: 1 } };
    expect(planAppend(ledger, 2, 0, sizes(50))).toEqual({ take: 50, evict: [] });
  });

  it('stops a tab at its cap of figures: the rest is counted, not listed', () => {
    expect(planAppend({}, 2, TAB_CAP - 10, sizes(50))).toEqual({ take: 10, evict: [] });
    expect(planAppend({}, 2, TAB_CAP, sizes(50))).toEqual({ take: 0, evict: [] });
  });

  it('stops a tab at its cap of bytes', () => {
    const ledger: Ledger = { 2: { bytes: TAB_BYTES - 250, touched: 1 } };
    expect(planAppend(ledger, 2, 100, sizes(5))).toEqual({ take: 2, evict: [] });
  });

  it('evicts the tabs touched least recently, and only as many as needed', () => {
    const quarter = SESSION_BUDGET / 4;
    const ledger: Ledger = {
      1: { bytes: quarter, touched: 30 },
      3: { bytes: quarter, touched: 10 },
      4: { bytes: quarter, touched: 20 },
      5: { bytes: quarter - 1_000, touched: 40 },
    };
    // Tab 5 still fits (the budget is exactly full after its chunk).
    expect(planAppend(ledger, 5, 10, sizes(10))).toEqual({ take: 10, evict: [] });
    // A new tab: the oldest-touched tab gives way, and one is enough.
    expect(planAppend(ledger, 6, 0, sizes(20, 150))).toEqual({ take: 20, evict: [3] });
    // With less room, the next oldest too; the newest (5) and busier (1) stay.
    expect(planAppend(ledger, 6, 0, sizes(20, 150), 1_200_000)).toEqual({
      take: 20,
      evict: [3, 4],
    });
  });

  it('never evicts the tab that is appending, nor a tab that holds nothing', () => {
    const ledger: Ledger = {
      7: { bytes: 0, touched: 1 },
      8: { bytes: SESSION_BUDGET - 100, touched: 2 },
    };
    const plan = planAppend(ledger, 8, 1, sizes(1, 200), SESSION_BUDGET);
    expect(plan.evict).toEqual([]);
    expect(plan.take).toBe(0);
  });

  it('keeps the total within the budget after any plan (property)', () => {
    const entry = fc.record({ bytes: fc.nat(TAB_BYTES), touched: fc.nat() });
    const ledger = fc.dictionary(fc.nat(50).map(String), entry, { maxKeys: 12 });
    fc.assert(
      fc.property(
        ledger,
        fc.nat(50),
        fc.nat(TAB_CAP),
        fc.array(fc.integer({ min: 40, max: 512 }), { maxLength: 60 }),
        (raw, tabId, stored, chunk) => {
          // A ledger the shell could have written: within the budget before this chunk.
          const start: Ledger = {};
          for (const [id, e] of Object.entries(raw))
            if (totalBytes(start) + e.bytes <= SESSION_BUDGET) start[id] = e;
          const plan = planAppend(start, tabId, stored, chunk);
          const after = { ...start };
          for (const id of plan.evict) after[id] = { bytes: 0, touched: 0 };
          const added = chunk.slice(0, plan.take).reduce((a, b) => a + b, 0);
          const own = after[tabId]?.bytes ?? 0;
          after[tabId] = { bytes: own + added, touched: 1 };
          expect(totalBytes(after)).toBeLessThanOrEqual(SESSION_BUDGET);
          expect(own + added).toBeLessThanOrEqual(Math.max(TAB_BYTES, own));
          expect(stored + plan.take).toBeLessThanOrEqual(Math.max(TAB_CAP, stored));
          expect(plan.evict).not.toContain(tabId);
        },
      ),
      { numRuns: 500 },
    );
  });
});
