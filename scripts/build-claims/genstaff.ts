import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import type { IsoDate, Metric } from '../../src/core/vocabulary';
import {
  type Choice,
  chooseGsValue,
  type DayReadings,
  type Mirror,
  majorityOf,
} from './genstaff-majority';
import {
  GS_METRICS,
  type GsInputs,
  LOD_FILE,
  MINFIN_FILE,
  PRIMARY_EQUIPMENT,
  PRIMARY_PERSONNEL,
  readGeneralStaff,
} from './genstaff-read';
import { compareText, isHttpsUrl } from './io';
import type { BuildReport } from './report';
import type { ImportResult, SeriesDraft, SeriesPoint } from './types';

/** Used when lod-db has no https page for the day: the dataset the value was taken from. */
const FALLBACK_URL: Record<Mirror, string> = {
  primary: 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset',
  lod: 'https://github.com/lod-db/orc-losses',
  minfin: 'https://github.com/romansverdan/russian-Losses-in-Ukraine',
};

const SECTION = 'General Staff of Ukraine';

/**
 * The General Staff's daily cumulative claims of Russian losses from its three transcriptions
 * (PetroIvaniuk, lod-db, minfin), reconciled day by day by majority (genstaff-majority.ts).
 */
export function importGeneralStaff(dataDir: string, report: BuildReport): ImportResult {
  const inputs = readGeneralStaff(dataDir, report);
  const all = [inputs.equipment, inputs.personnel, inputs.lod, inputs.minfin];
  const dates = [...new Set(all.flatMap((map) => [...map.keys()]))].sort(compareText);
  const series = GS_METRICS.map(({ metric }) => buildSeries(metric, dates, inputs, report));
  const kept = series.filter((s) => s.points.length > 0);
  countClaims(kept, report);
  noteChoices(inputs, report);
  return { series: kept, statements: [] };
}

function buildSeries(
  metric: Metric,
  dates: readonly IsoDate[],
  inputs: GsInputs,
  report: BuildReport,
): SeriesDraft {
  const days = dates.flatMap((date) => {
    const readings = readingsOf(metric, date, inputs);
    return readings ? [{ date, readings }] : [];
  });
  const points: SeriesPoint[] = [];
  let before: number | undefined;
  days.forEach(({ date, readings }, i) => {
    const next = days[i + 1];
    const after = next ? majorityOf(next.readings)?.value : undefined;
    const chosen = chooseGsValue(readings, before, after);
    if (!chosen) return;
    if (chosen.rule !== 'agree') {
      report.disagreements.push({
        date,
        metric,
        ...readings,
        used: chosen.value,
        ...namesOf(chosen),
      });
    }
    points.push(pointOf(metric, date, chosen.value, chosen.from, inputs));
    before = chosen.value;
  });
  return {
    claimantId: 'ua-general-staff',
    side: 'russia',
    metric,
    method: 'party-claim',
    periodStart: WAR_START,
    points,
  };
}

/** The day's value in each transcription; undefined when the GS did not report the category. */
function readingsOf(metric: Metric, date: IsoDate, inputs: GsInputs): DayReadings | undefined {
  const isPersonnel = metric === 'personnel_casualties';
  const primaryDay = (isPersonnel ? inputs.personnel : inputs.equipment).get(date);
  const primary = primaryDay?.[metric];
  // The primary lists every category the GS reported; a key it lacks on a date it covers was not
  // reported then. The mirrors are not used to fill it: before May 2022 lod-db's "vehicles" is
  // military vehicles alone, a different quantity from "vehicles and fuel tanks".
  if (primaryDay && primary === undefined) return undefined;
  const readings: DayReadings = {};
  if (primary !== undefined) readings.primary = primary;
  const lod = inputs.lod.get(date)?.[metric];
  if (lod !== undefined) readings.lod = lod;
  const minfin = inputs.minfin.get(date)?.[metric];
  if (minfin !== undefined) readings.minfin = minfin;
  return Object.keys(readings).length > 0 ? readings : undefined;
}

function pointOf(
  metric: Metric,
  date: IsoDate,
  value: number,
  from: Mirror,
  inputs: GsInputs,
): SeriesPoint {
  const isPersonnel = metric === 'personnel_casualties';
  const lodUrl = inputs.lodUrl.get(date);
  return {
    date,
    value,
    // GS personnel is always approximate ("about"); the qualifier is only transcribed by the primary.
    qualifier: isPersonnel ? (inputs.personnelQualifier.get(date) ?? 'about') : 'exact',
    url: lodUrl && isHttpsUrl(lodUrl) ? lodUrl : FALLBACK_URL[from],
    source: sourceOf(from, isPersonnel),
  };
}

const MIRROR_NAMES: Record<Mirror, string> = {
  primary: 'PetroIvaniuk',
  lod: 'lod-db',
  minfin: 'minfin',
};

function namesOf(chosen: Choice) {
  return { usedFrom: MIRROR_NAMES[chosen.from], rule: chosen.rule };
}

function sourceOf(from: Mirror, isPersonnel: boolean): Provenance {
  if (from === 'lod') return LOD_FILE;
  if (from === 'minfin') return MINFIN_FILE;
  return isPersonnel ? PRIMARY_PERSONNEL : PRIMARY_EQUIPMENT;
}

function countClaims(series: readonly SeriesDraft[], report: BuildReport): void {
  for (const s of series) {
    for (const p of s.points) report.claims(`${p.source.dataset}/${p.source.file}`, 1);
  }
}

function noteChoices(inputs: GsInputs, report: BuildReport): void {
  const badUrls = [...inputs.lodUrl.values()].filter((url) => !isHttpsUrl(url)).length;
  report.note(
    SECTION,
    [
      'Metric mapping: personnel -> personnel_casualties (killed + wounded), tank -> tanks,',
      'APC -> armored_vehicles, field artillery -> artillery, MRL -> mlrs, anti-aircraft warfare ->',
      'air_defense, aircraft, helicopter -> helicopters, drone -> drones, naval ship -> ships,',
      'submarines, cruise missiles -> missiles, vehicles and fuel tanks -> vehicles, special',
      'equipment -> special_equipment. "military auto", "fuel tank" and "mobile SRBM system" (spring',
      '2022 only) are not imported.',
    ].join(' '),
  );
  report.note(
    SECTION,
    'Dates covered by only one mirror (2022-02-24 from minfin; dates after the primary ends from lod-db/minfin) are included; their personnel qualifier is "about", as the GS always words it.',
  );
  report.note(
    SECTION,
    `Source link: the lod-db sourceUri for the date; otherwise the GitHub page of the dataset the value came from. lod-db rows without an https sourceUri: ${badUrls}.`,
  );
}
