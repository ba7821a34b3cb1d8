/**
 * Settings migrations, oldest first. Each takes the stored object of version N-1 and returns the
 * object of version N; parseSettings validates the result field by field afterwards, so a
 * migration only reshapes, it never has to repair.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v2 added the display options of the options page; v1 had only the mode and the site list.
  2: (old) => ({
    ...old,
    version: 2,
    highlightStyle: 'underline',
    theme: 'system',
    hiddenClaimantKinds: [],
  }),
  // v3 added the opt-in data update channel, off.
  3: (old) => ({ ...old, version: 3, dataUpdate: { enabled: false, url: '', publicKey: '' } }),
};

const LATEST = Math.max(...Object.keys(MIGRATIONS).map(Number));

/** Brings a stored settings object of any known version up to the current one. */
export function migrateToCurrent(
  stored: Record<string, unknown>,
  warnings: string[],
): Record<string, unknown> {
  const version = typeof stored.version === 'number' ? stored.version : 1;
  if (!Number.isInteger(version) || version < 1 || version > LATEST) {
    // From a newer extension (after a downgrade) or garbage: read what still parses.
    warnings.push(
      `settings.version: unknown version ${JSON.stringify(stored.version)}, fields kept where valid`,
    );
    return stored;
  }
  let current = stored;
  for (let next = version + 1; next <= LATEST; next++) {
    current = (MIGRATIONS[next] as (old: Record<string, unknown>) => Record<string, unknown>)(
      current,
    );
  }
  return current;
}
