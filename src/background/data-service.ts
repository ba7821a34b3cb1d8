import { type ClaimsIndex, loadClaimsIndex } from '../claims/claims-index';
import { matchReading } from '../claims/reading';
import { checkForUpdate, type DataSource, type Fetch } from '../data-update/channel';
import type { CheckStatus, DataStatus } from '../data-update/status';
import { bundledPublished } from '../data-update/update-manifest';
import type { DataUpdateSettings, Settings } from '../settings/schema';
import type { Installed } from './data-store';
import type { Matcher } from './handlers';

/** At most one automatic check a day: the manifest is small, but a reader's browser is not a crawler. */
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface DataServiceDeps {
  bundled: { read: () => string; version: string; newest: string };
  /** The source built into the extension by the release workflow, if any. */
  defaultSource: DataSource | undefined;
  fetcher: Fetch;
  loadSettings: () => Promise<Settings>;
  now: () => number;
  store: {
    readInstalled: () => Promise<Installed | undefined>;
    saveInstalled: (installed: Installed) => Promise<void>;
    readCheckStatus: () => Promise<CheckStatus | undefined>;
    saveCheckStatus: (status: CheckStatus) => Promise<void>;
  };
}

interface Active {
  index: ClaimsIndex;
  status: DataStatus['inUse'] & { published: string };
  datasets?: DataStatus['datasets'];
}

/** The reader's own source when they gave one, else the built-in one, else none. */
export function sourceOf(
  settings: DataUpdateSettings,
  defaultSource: DataSource | undefined,
): { source: DataSource | undefined; kind: DataStatus['source'] } {
  if (settings.url && settings.publicKey) {
    return { source: { url: settings.url, publicKey: settings.publicKey }, kind: 'own' };
  }
  return defaultSource
    ? { source: defaultSource, kind: 'default' }
    : { source: undefined, kind: 'none' };
}

/**
 * The claims database in use and the opt-in update channel. The bundled database is the
 * fallback; an installed update is used while the channel is on, its source is still the one
 * configured, it is newer than the bundled data (an extension update may bring newer data) and
 * it passes validation again. A check never changes the data in use unless it succeeds.
 */
export function createDataService(deps: DataServiceDeps) {
  let active: Promise<Active> | undefined;
  let checking: Promise<DataStatus> | undefined;

  async function activate(): Promise<Active> {
    const { dataUpdate } = await deps.loadSettings();
    const { source } = sourceOf(dataUpdate, deps.defaultSource);
    const installed = dataUpdate.enabled && source ? await deps.store.readInstalled() : undefined;
    const bundledAt = bundledPublished(deps.bundled.newest);
    if (
      installed &&
      sameSource(installed.source, source) &&
      installed.manifest.published > bundledAt
    ) {
      try {
        const { manifest } = installed;
        return {
          index: loadClaimsIndex(JSON.parse(installed.json)),
          status: {
            origin: 'update',
            version: manifest.version,
            newest: manifest.newest,
            published: manifest.published,
          },
          datasets: manifest.datasets,
        };
      } catch (error) {
        console.warn(
          'Crosscount: the installed data update is unreadable; using the bundled data',
          error,
        );
      }
    }
    const { version, newest } = deps.bundled;
    return {
      index: loadClaimsIndex(JSON.parse(deps.bundled.read())),
      status: { origin: 'bundled', version, newest, published: bundledAt },
    };
  }

  const current = () => {
    active ??= activate();
    return active;
  };

  async function status(): Promise<DataStatus> {
    const [{ dataUpdate }, inUse, last] = await Promise.all([
      deps.loadSettings(),
      current(),
      deps.store.readCheckStatus(),
    ]);
    const { published: _, ...shown } = inUse.status;
    return {
      inUse: shown,
      ...(inUse.datasets ? { datasets: inUse.datasets } : {}),
      enabled: dataUpdate.enabled,
      source: sourceOf(dataUpdate, deps.defaultSource).kind,
      ...(last ? { last } : {}),
    };
  }

  async function runCheck(force: boolean): Promise<DataStatus> {
    const { dataUpdate } = await deps.loadSettings();
    const { source } = sourceOf(dataUpdate, deps.defaultSource);
    if (!dataUpdate.enabled || !source) return status();
    const last = await deps.store.readCheckStatus();
    const recent = last && last.url === source.url && deps.now() - last.at < CHECK_INTERVAL_MS;
    if (recent && !force) return status();
    const result = await checkForUpdate(deps.fetcher, source, (await current()).status.published);
    if (result.kind === 'installed') {
      await deps.store.saveInstalled({ manifest: result.manifest, json: result.json, source });
      active = undefined;
    }
    const outcome = result.kind === 'refused' ? result.reason : result.kind;
    const detail = result.kind === 'refused' ? { detail: result.detail.slice(0, 300) } : {};
    await deps.store.saveCheckStatus({ at: deps.now(), url: source.url, outcome, ...detail });
    return status();
  }

  return {
    /** The matcher over the data in use; a request that arrives while it loads waits for it. */
    getMatcher: async (): Promise<Matcher> => {
      const { index } = await current();
      return (query) => matchReading(index, query);
    },
    status,
    /** Checks the source now (force) or when the last check is a day old; one check at a time. */
    check: (force: boolean): Promise<DataStatus> => {
      checking ??= runCheck(force).finally(() => {
        checking = undefined;
      });
      return checking;
    },
    /** The settings changed: choose the data in use again (turning the channel off reverts it). */
    reselect: () => {
      active = undefined;
    },
  };
}

export type DataService = ReturnType<typeof createDataService>;

function sameSource(a: DataSource, b: DataSource | undefined): boolean {
  return b !== undefined && a.url === b.url && a.publicKey === b.publicKey;
}
