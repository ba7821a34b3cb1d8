import { isIsoDate } from '../../src/claims/dates';
import type { IsoDate } from '../../src/core/vocabulary';
import type { BuildReport } from './report';

/** `DD/MM/YYYY` or `D/M/YYYY` → ISO date, or undefined. */
export function parseDayMonthYear(text: string): IsoDate | undefined {
  const parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!parts) return undefined;
  const iso = `${parts[3]}-${(parts[2] as string).padStart(2, '0')}-${(parts[1] as string).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Known date errors in the list, each with the evidence for the fix. */
const DATE_CORRECTIONS: readonly { source: string; from: IsoDate; to: IsoDate; why: string }[] = [
  {
    source: 'NATO officials (via WP)',
    from: '2022-04-23',
    to: '2022-03-23',
    why: 'the Washington Post source URL is dated 2022/03/24 and NATO reported the estimate on 23 March 2022 (PROVENANCE §6)',
  },
];

/** The row's date, corrected when it is a known error; every correction is reported. */
export function applyDateCorrection(
  source: string,
  date: IsoDate,
  recordNumber: number,
  report: BuildReport,
): IsoDate {
  const fix = DATE_CORRECTIONS.find((c) => c.source === source.trim() && c.from === date);
  if (!fix) return date;
  report.correction({
    dataset: 'economist_estimates',
    file: 'Soldier_deaths_casualties_in_Ukraine_-_estimates.csv',
    ref: `row ${recordNumber} (${fix.source})`,
    change: `date ${fix.from} -> ${fix.to}`,
    reason: fix.why,
  });
  return fix.to;
}
