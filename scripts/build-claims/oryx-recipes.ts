import type { Metric } from '../../src/core/vocabulary';

/**
 * Which Oryx categories make up each of our metrics. A metric may have several recipes because
 * Oryx renamed or split categories over time; the first recipe whose labels are all present (and
 * each listed once) on a date wins, else the date is skipped rather than guessed.
 */
export const ORYX_RECIPES: Readonly<Partial<Record<Metric, readonly (readonly string[])[]>>> = {
  tanks: [['Tanks']],
  // Oryx's own "Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs]" headline, minus
  // tanks; that headline equals Tanks + these four on almost every date. Infantry mobility
  // vehicles are outside Oryx's armoured-combat-vehicle group, so they are not counted.
  armored_vehicles: [
    [
      'Armoured Fighting Vehicles',
      'Infantry Fighting Vehicles',
      'Armoured Personnel Carriers',
      'Mine-Resistant Ambush Protected',
    ],
  ],
  aircraft: [['Aircraft']],
  helicopters: [['Helicopters']],
  artillery: [['Self-Propelled Artillery', 'Towed Artillery']],
  // "Rocket and Missile Artillery" (from June 2025) also counts ballistic-missile launchers, so
  // it is not an MLRS count and is not used.
  mlrs: [['Multiple Rocket Launchers']],
  air_defense: [['Surface-To-Air Missile Systems', 'Self-Propelled Anti-Aircraft Guns']],
  ships: [['Naval Ships'], ['Naval Ships and Submarines']],
  // Until November 2022 one "Unmanned Aerial Vehicles" category held all drones; then combat
  // drones split off (Ukraine kept the old label for reconnaissance drones until March 2023).
  drones: [
    ['Reconnaissance Unmanned Aerial Vehicles', 'Unmanned Combat Aerial Vehicles'],
    ['Unmanned Aerial Vehicles', 'Unmanned Combat Aerial Vehicles'],
    ['Unmanned Aerial Vehicles'],
  ],
};

/** Sum of the first fully present recipe, or undefined. */
export function valueFor(
  metric: Metric,
  totals: ReadonlyMap<string, number>,
  ambiguous: (label: string) => boolean,
): number | undefined {
  for (const recipe of ORYX_RECIPES[metric] ?? []) {
    const usable = recipe.every((label) => totals.has(label) && !ambiguous(label));
    if (usable) return recipe.reduce((sum, label) => sum + (totals.get(label) ?? 0), 0);
  }
  return undefined;
}

/** One line per metric for the build report. */
export function describeRecipes(): string {
  return Object.entries(ORYX_RECIPES)
    .map(
      ([metric, recipes]) => `${metric} = ${(recipes ?? []).map((r) => r.join(' + ')).join(' | ')}`,
    )
    .join('; ');
}
