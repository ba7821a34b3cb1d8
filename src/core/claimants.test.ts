import { describe, expect, it } from 'vitest';
import { CLAIMANT_ALIASES } from './claimant-aliases';
import { CLAIMANTS, claimantById } from './claimants';

describe('claimant registry', () => {
  it('has unique ids, https homepages and a sentence on what each counts', () => {
    expect(new Set(CLAIMANTS.map((c) => c.id)).size).toBe(CLAIMANTS.length);
    for (const c of CLAIMANTS) {
      expect(c.homepage, c.id).toMatch(/^https:\/\//);
      expect(c.counts.length, c.id).toBeGreaterThan(10);
    }
  });

  it('names every claimant by at least one alias, and gives every alias to exactly one', () => {
    expect(Object.keys(CLAIMANT_ALIASES)).toEqual(CLAIMANTS.map((c) => c.id));
    for (const [id, phrases] of Object.entries(CLAIMANT_ALIASES))
      expect(phrases.length, id).toBeGreaterThan(0);
    const aliases = Object.values(CLAIMANT_ALIASES).flat();
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const alias of aliases) expect(alias).toBe(alias.toLowerCase());
  });

  it('looks claimants up by id', () => {
    expect(claimantById('ua-general-staff')?.name).toBe('General Staff of Ukraine');
    expect(claimantById('nobody')).toBeUndefined();
  });
});
