import type { ClaimantRecord } from '../../core/claimants';
import type { Settings } from '../../settings/schema';
import { useI18n } from '../i18n';
import type { DataVersionInfo } from '../shared/DataVersion';
import { AboutData, type DatasetInfo } from './AboutData';
import { AppearanceSection } from './AppearanceSection';
import { SitesSection } from './SitesSection';
import { SourcesSection } from './SourcesSection';

export interface OptionsProps {
  settings: Settings;
  onChange: (next: Settings) => void;
  claimants: readonly ClaimantRecord[];
  datasets: readonly DatasetInfo[];
  /** The claims database in use. */
  dataVersion?: DataVersionInfo;
}

/** The options page: where Crosscount runs, the per-site list, sources, look, and the data. */
export function Options({ settings, onChange, claimants, datasets, dataVersion }: OptionsProps) {
  const { t } = useI18n();
  return (
    <main class="cc-options">
      <h1>{t('optionsTitle')}</h1>
      <SitesSection settings={settings} onChange={onChange} />
      <SourcesSection settings={settings} onChange={onChange} />
      <AppearanceSection settings={settings} onChange={onChange} />
      <AboutData claimants={claimants} datasets={datasets} dataVersion={dataVersion} />
    </main>
  );
}
