import type { ClaimantRecord } from '../../core/claimants';
import type { DataStatus } from '../../data-update/status';
import type { Settings } from '../../settings/schema';
import { useI18n } from '../i18n';
import type { DataVersionInfo } from '../shared/DataVersion';
import { AboutData, type DatasetInfo } from './AboutData';
import { AppearanceSection } from './AppearanceSection';
import { DataUpdateSection } from './DataUpdateSection';
import { SitesSection } from './SitesSection';
import { SourcesSection } from './SourcesSection';

export interface OptionsProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  claimants: readonly ClaimantRecord[];
  /** The bundled data's datasets and version. */
  datasets: readonly DatasetInfo[];
  dataVersion?: DataVersionInfo;
  /** The data in use and the update channel, once the background answered. */
  dataStatus?: DataStatus;
  checking?: boolean;
  onCheckNow?: () => void;
}

/** The options page: where Crosscount runs, the per-site list, sources, look, and the data. */
export function Options(props: OptionsProps) {
  const { settings, onChange, claimants, dataStatus } = props;
  const { t } = useI18n();
  // An installed update brings its own datasets and version; otherwise the bundled ones.
  const inUse = dataStatus?.inUse;
  const version = inUse ? { version: inUse.version, newest: inUse.newest } : props.dataVersion;
  return (
    <main class="cc-options">
      <h1>{t('optionsTitle')}</h1>
      <SitesSection settings={settings} onChange={onChange} />
      <SourcesSection settings={settings} onChange={onChange} />
      <AppearanceSection settings={settings} onChange={onChange} />
      <DataUpdateSection
        settings={settings}
        onChange={onChange}
        status={dataStatus}
        checking={props.checking ?? false}
        onCheckNow={props.onCheckNow ?? (() => {})}
      />
      <AboutData
        claimants={claimants}
        datasets={dataStatus?.datasets ?? props.datasets}
        dataVersion={version}
      />
    </main>
  );
}
