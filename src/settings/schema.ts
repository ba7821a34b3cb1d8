import { z } from 'zod/mini';
import { ClaimantKindSchema } from '../core/vocabulary';
import { isDataAddress } from '../data-update/address';
import { isPublicKey } from '../data-update/verify';
import { migrateToCurrent } from './migrations';

/**
 * The user's settings. Two modes (the Dark Reader model): run everywhere except the sites the
 * user switched off (the default), or only on the sites the user switched on. `sites` maps a site
 * key (see siteKeyOf) to the user's explicit choice for it.
 */
export const SETTINGS_VERSION = 3;

export const ModeSchema = z.enum(['everywhere', 'only-listed']);
export type Mode = z.infer<typeof ModeSchema>;

export const HighlightStyleSchema = z.enum(['underline', 'background']);
export const ThemeSchema = z.enum(['system', 'light', 'dark']);
const HiddenKindsSchema = z.array(ClaimantKindSchema).check(z.maxLength(10));

/**
 * The opt-in signed update channel: off by default. An empty address and key mean the source
 * built into the extension (if the build has one); otherwise the reader's own source.
 */
export const DataUpdateSchema = z.object({
  enabled: z.boolean(),
  url: z.string().check(
    z.maxLength(2000),
    z.refine((url) => url === '' || isDataAddress(url)),
  ),
  publicKey: z.string().check(z.refine((key) => key === '' || isPublicKey(key))),
});
export type DataUpdateSettings = z.infer<typeof DataUpdateSchema>;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  mode: Mode;
  sites: Record<string, boolean>;
  highlightStyle: z.infer<typeof HighlightStyleSchema>;
  theme: z.infer<typeof ThemeSchema>;
  /** Claimant kinds whose figures the reader chose not to see (e.g. parties to the conflict). */
  hiddenClaimantKinds: z.infer<typeof HiddenKindsSchema>;
  dataUpdate: DataUpdateSettings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  mode: 'everywhere',
  sites: Object.freeze({}) as Record<string, boolean>,
  highlightStyle: 'underline',
  theme: 'system',
  hiddenClaimantKinds: Object.freeze([]) as unknown as Settings['hiddenClaimantKinds'],
  dataUpdate: Object.freeze({ enabled: false, url: '', publicKey: '' }),
});

// Never empty: the pattern's `+` refuses "" (a z.minLength(1) beside it was zod's length check in
// the content script for nothing). A refinement, not z.regex(): see `matching` (core/schema-parts).
const SITE_KEY = /^[a-z0-9.:[\]-]+$/;
const SiteKeySchema = z.string().check(
  z.maxLength(253),
  z.refine((key) => SITE_KEY.test(key)),
);

export interface ParsedSettings {
  settings: Settings;
  /** One line per field that was corrupted and repaired to its default. */
  warnings: string[];
}

/**
 * Parses stored settings of any version field by field: older versions are migrated first; a
 * corrupted field is repaired to its default (with a warning) and every other field, including
 * every valid per-site choice, is kept.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === null || raw === undefined) return { settings: defaults(), warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaults(), warnings: ['settings: not an object, reset to defaults'] };
  }
  const warnings: string[] = [];
  const record = migrateToCurrent(raw as Record<string, unknown>, warnings);
  return {
    settings: {
      version: SETTINGS_VERSION,
      mode: field(ModeSchema, record.mode, 'mode', warnings),
      sites: parseSites(record.sites, warnings),
      highlightStyle: field(
        HighlightStyleSchema,
        record.highlightStyle,
        'highlightStyle',
        warnings,
      ),
      theme: field(ThemeSchema, record.theme, 'theme', warnings),
      hiddenClaimantKinds: [
        ...field(HiddenKindsSchema, record.hiddenClaimantKinds, 'hiddenClaimantKinds', warnings),
      ],
      dataUpdate: { ...field(DataUpdateSchema, record.dataUpdate, 'dataUpdate', warnings) },
    },
    warnings,
  };
}

/** The stored value, or the field's default with a warning when it is corrupted or missing. */
function field<T extends keyof Settings>(
  schema: z.ZodMiniType<Settings[T]>,
  value: unknown,
  name: T,
  warnings: string[],
): Settings[T] {
  if (value === undefined) return DEFAULT_SETTINGS[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  warnings.push(`settings.${name}: invalid, repaired to ${JSON.stringify(DEFAULT_SETTINGS[name])}`);
  return DEFAULT_SETTINGS[name];
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

function defaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    sites: {},
    hiddenClaimantKinds: [],
    dataUpdate: { ...DEFAULT_SETTINGS.dataUpdate },
  };
}
