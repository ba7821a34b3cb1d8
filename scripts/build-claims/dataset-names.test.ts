import { describe, expect, it } from 'vitest';
import { claimantById } from '../../src/core/claimants';
import { DATASET_NAMES } from './dataset-names';
import { claimantIdForName } from './io';

describe("datasets' spellings of claimants", () => {
  it('name only claimants of the registry, each spelling once', () => {
    for (const id of Object.keys(DATASET_NAMES)) expect(claimantById(id), id).toBeDefined();
    const names = Object.values(DATASET_NAMES).flat();
    expect(new Set(names).size).toBe(names.length);
  });

  it("map The Economist's spellings to the registry's ids", () => {
    expect(claimantIdForName(' UK MoD ')).toBe('uk-mod');
    expect(claimantIdForName('Russian Ministry of Defense')).toBe('ru-mod');
    expect(claimantIdForName('Nobody in particular')).toBeUndefined();
  });
});
