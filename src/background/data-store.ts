import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { type CheckStatus, CheckStatusSchema } from '../data-update/status';
import { UpdateManifestSchema } from '../data-update/update-manifest';

/**
 * What the update channel keeps in `storage.local`: the installed database with its signed
 * manifest and the source it came from, and the outcome of the last check. Both are parsed with
 * zod on every read; anything that does not parse reads as absent, so the bundled data is used.
 */
const INSTALLED_KEY = 'local:data-update';
const STATUS_KEY = 'local:data-update-status';

export const InstalledSchema = z.object({
  manifest: UpdateManifestSchema,
  json: z.string(),
  source: z.object({ url: z.string(), publicKey: z.string() }),
});
export type Installed = z.infer<typeof InstalledSchema>;

async function read<T>(key: `local:${string}`, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(await storage.getItem<unknown>(key));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const readInstalled = () => read(INSTALLED_KEY, InstalledSchema);
export const readCheckStatus = () => read(STATUS_KEY, CheckStatusSchema);
export const saveInstalled = (installed: Installed) => storage.setItem(INSTALLED_KEY, installed);
export const removeInstalled = () => storage.removeItem(INSTALLED_KEY);
export const saveCheckStatus = (status: CheckStatus) => storage.setItem(STATUS_KEY, status);
