import { z } from 'zod';

/**
 * The user's settings. Two modes (the Dark Reader model): run everywhere except the sites the
 * user switched off (the default), or only on the sites the user switched on. `sites` maps a site
 * key (see siteKeyOf) to the user's explicit choice for it.
 */
export const SETTINGS_VERSION = 1;

export const ModeSchema = z.enum(['everywhere', 'only-listed']);
export type Mode = z.infer<typeof ModeSchema>;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  mode: Mode;
  sites: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  mode: 'everywhere',
  sites: Object.freeze({}) as Record<string, boolean>,
});

const SiteKeySchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9.:[\]-]+$/);

export interface ParsedSettings {
  settings: Settings;
  /** One line per field that was corrupted and repaired to its default. */
  warnings: string[];
}

/**
 * Parses stored settings field by field: a corrupted field is repaired to its default (with a
 * warning) and every other field, including every valid per-site choice, is kept.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const warnings: string[] = [];
  if (raw === null || raw === undefined) return { settings: copyDefaults(), warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: copyDefaults(), warnings: ['settings: not an object, reset to defaults'] };
  }
  const record = raw as Record<string, unknown>;
  const mode = ModeSchema.safeParse(record.mode ?? DEFAULT_SETTINGS.mode);
  if (!mode.success) warnings.push('settings.mode: invalid, repaired to "everywhere"');
  return {
    settings: {
      version: SETTINGS_VERSION,
      mode: mode.success ? mode.data : DEFAULT_SETTINGS.mode,
      sites: parseSites(record.sites, warnings),
    },
    warnings,
  };
}

function parseSites(raw: unknown, warnings: string[]): Record<string, boolean> {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    warnings.push('settings.sites: not an object, repaired to an empty list');
    return {};
  }
  const sites: Record<string, boolean> = {};
  for (const [key, enabled] of Object.entries(raw)) {
    if (SiteKeySchema.safeParse(key).success && typeof enabled === 'boolean') {
      sites[key] = enabled;
    } else {
      warnings.push(`settings.sites: dropped invalid entry ${JSON.stringify(key).slice(0, 80)}`);
    }
  }
  return sites;
}

function copyDefaults(): Settings {
  return { ...DEFAULT_SETTINGS, sites: {} };
}
