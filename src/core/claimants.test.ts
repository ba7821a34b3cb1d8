import { describe, expect, it } from 'vitest';
import { CLAIMANTS, claimantById } from './claimants';

describe('claimant registry', () => {
  it('has unique ids, https homepages and a sentence on what each counts', () => {
    expect(new Set(CLAIMANTS.map((c) => c.id)).size).toBe(CLAIMANTS.length);
    for (const c of CLAIMANTS) {
      expect(c.homepage, c.id).toMatch(/^https:\/\//);
      expect(c.counts.length, c.id).toBeGreaterThan(10);
    }
  });

  it('gives every alias to exactly one claimant', () => {
    const aliases = CLAIMANTS.flatMap((c) => c.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(alias).toBe(alias.toLowerCase());
  });

  it('looks claimants up by id', () => {
    expect(claimantById('ua-general-staff')?.name).toBe('General Staff of Ukraine');
    expect(claimantById('nobody')).toBeUndefined();
  });
});
