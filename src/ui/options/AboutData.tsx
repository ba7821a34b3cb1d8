import type { ClaimantRecord } from '../../core/claimants';
import { claimantKindLabel } from '../claimant-kinds';
import { useI18n } from '../i18n';
import { safeHttpsUrl } from '../safe-url';
import { DataVersion, type DataVersionInfo } from '../shared/DataVersion';

/** One dataset of the bundled database, as the build's manifest describes it. */
export interface DatasetInfo {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  from: string;
  to: string;
  link: string;
  claims: number;
}

interface Props {
  claimants: readonly ClaimantRecord[];
  datasets: readonly DatasetInfo[];
  dataVersion?: DataVersionInfo;
}

/** "About the data": every dataset with licence, coverage and link; every claimant and its method. */
export function AboutData({ claimants, datasets, dataVersion }: Props) {
  const { t, locale } = useI18n();
  const count = new Intl.NumberFormat(locale);
  return (
    <section aria-labelledby="cc-about-heading">
      <h2 id="cc-about-heading">{t('optionsAboutHeading')}</h2>
      <p class="cc-hint">{t('optionsAboutIntro')}</p>
      {dataVersion ? <DataVersion info={dataVersion} /> : null}
      <h3>{t('optionsDatasetsHeading')}</h3>
      <table class="cc-data-table">
        <thead>
          <tr>
            <th scope="col">{t('aboutDataset')}</th>
            <th scope="col">{t('aboutCoverage')}</th>
            <th scope="col">{t('aboutLicence')}</th>
            <th scope="col">{t('aboutClaims')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((dataset) => (
            <tr key={dataset.id}>
              <th scope="row">
                <ExternalLink href={dataset.link} text={dataset.title} />
                <span class="cc-hint"> · {dataset.publisher}</span>
              </th>
              <td>
                {dataset.from} – {dataset.to}
              </td>
              <td>{dataset.licence}</td>
              <td class="cc-number">{count.format(dataset.claims)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('optionsClaimantsHeading')}</h3>
      <dl class="cc-claimants">
        {claimants.map((claimant) => (
          <div key={claimant.id}>
            <dt>
              <ExternalLink href={claimant.homepage} text={claimant.name} />
              <span class="cc-hint"> · {claimantKindLabel(t, claimant.kind)}</span>
            </dt>
            <dd>{claimant.counts}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ExternalLink({ href, text }: { href: string; text: string }) {
  const safe = safeHttpsUrl(href);
  if (!safe) return <>{text}</>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
