import { describe, expect, it } from 'vitest';
import { valueFor } from './oryx-recipes';

const totals = (entries: Record<string, number>) => new Map(Object.entries(entries));
const none = () => false;

describe('Oryx recipes', () => {
  it('sums every category of a recipe', () => {
    const t = totals({ 'Self-Propelled Artillery': 10, 'Towed Artillery': 5 });
    expect(valueFor('artillery', t, none)).toBe(15);
  });

  it('skips the date when a category is missing', () => {
    const t = totals({
      'Armoured Fighting Vehicles': 1,
      'Infantry Fighting Vehicles': 2,
      'Armoured Personnel Carriers': 3,
    });
    expect(valueFor('armored_vehicles', t, none)).toBeUndefined();
  });

  it('skips a category listed twice in one scrape', () => {
    expect(valueFor('tanks', totals({ Tanks: 3 }), (label) => label === 'Tanks')).toBeUndefined();
  });

  it.each([
    [{ 'Unmanned Aerial Vehicles': 7 }, 7],
    [{ 'Unmanned Aerial Vehicles': 7, 'Unmanned Combat Aerial Vehicles': 2 }, 9],
    [{ 'Reconnaissance Unmanned Aerial Vehicles': 5, 'Unmanned Combat Aerial Vehicles': 2 }, 7],
  ])('follows the drone category renames: %j', (entries, expected) => {
    expect(valueFor('drones', totals(entries), none)).toBe(expected);
  });
});
