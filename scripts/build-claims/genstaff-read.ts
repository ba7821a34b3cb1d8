import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import type { IsoDate, Metric, Qualifier } from '../../src/core/vocabulary';
import {
  Count,
  type CsvRecord,
  firstIssue,
  IsoDateField,
  OptionalCountCell,
  readCsv,
  readJson,
} from './io';
import type { BuildReport } from './report';

/** The General Staff categories and their names in the three transcriptions. */
export const GS_METRICS: readonly {
  metric: Metric;
  primary: string;
  lod: string;
  minfin: string;
}[] = [
  // GS "personnel" is killed AND wounded (PROVENANCE §1).
  { metric: 'personnel_casualties', primary: 'personnel', lod: 'personnel', minfin: 'personnel' },
  { metric: 'tanks', primary: 'tank', lod: 'tanks', minfin: 'tanks' },
  { metric: 'armored_vehicles', primary: 'APC', lod: 'afvs', minfin: 'apv' },
  { metric: 'artillery', primary: 'field artillery', lod: 'artillery', minfin: 'artillery' },
  { metric: 'mlrs', primary: 'MRL', lod: 'rocketSystems', minfin: 'mlrs' },
  { metric: 'air_defense', primary: 'anti-aircraft warfare', lod: 'airDefense', minfin: 'aaws' },
  { metric: 'aircraft', primary: 'aircraft', lod: 'fixedWingAircraft', minfin: 'aircrafts' },
  {
    metric: 'helicopters',
    primary: 'helicopter',
    lod: 'rotaryWingAircraft',
    minfin: 'helicopters',
  },
  { metric: 'drones', primary: 'drone', lod: 'uavs', minfin: 'uav' },
  { metric: 'ships', primary: 'naval ship', lod: 'ships', minfin: 'warships' },
  { metric: 'submarines', primary: 'submarines', lod: 'submarines', minfin: 'submarines' },
  { metric: 'missiles', primary: 'cruise missiles', lod: 'missiles', minfin: 'cruise_missiles' },
  {
    metric: 'vehicles',
    primary: 'vehicles and fuel tanks',
    lod: 'unarmoredVehicles',
    minfin: 'vehicles_fuel_tanks',
  },
  {
    metric: 'special_equipment',
    primary: 'special equipment',
    lod: 'specialEquipment',
    minfin: 'special_equipment',
  },
];

export type DayValues = Partial<Record<Metric, number>>;

export const PRIMARY = 'ua_genstaff_petroivaniuk';
export const LOD = 'ua_mod_orc_losses';
export const MINFIN = 'ua_genstaff_minfin_mirror';
export const PRIMARY_EQUIPMENT: Provenance = {
  dataset: PRIMARY,
  file: 'russia_losses_equipment.json',
};
export const PRIMARY_PERSONNEL: Provenance = {
  dataset: PRIMARY,
  file: 'russia_losses_personnel.json',
};
export const LOD_FILE: Provenance = { dataset: LOD, file: 'russian-losses.json' };
export const MINFIN_FILE: Provenance = { dataset: MINFIN, file: 'russia_losses.csv' };

/** The three transcriptions, validated and keyed by date. */
export interface GsInputs {
  equipment: Map<IsoDate, DayValues>;
  personnel: Map<IsoDate, DayValues>;
  personnelQualifier: Map<IsoDate, Qualifier>;
  lod: Map<IsoDate, DayValues>;
  lodUrl: Map<IsoDate, string>;
  minfin: Map<IsoDate, DayValues>;
}

const where = (p: Provenance) => `${p.dataset}/${p.file}`;

/** Validates each element; rejects duplicates of a date already seen. */
function byDate<T extends { date: string }>(
  rows: readonly NumberedRow[],
  schema: z.ZodType<T>,
  file: Provenance,
  report: BuildReport,
): Map<IsoDate, T> {
  const out = new Map<IsoDate, T>();
  for (const { row, raw } of rows) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      report.reject(where(file), `row ${row}`, firstIssue(parsed.error));
    } else if (out.has(parsed.data.date)) {
      report.reject(where(file), `row ${row}`, `duplicate date ${parsed.data.date}`);
    } else {
      out.set(parsed.data.date, parsed.data);
      report.kept(where(file));
    }
  }
  return out;
}

interface NumberedRow {
  row: number;
  raw: unknown;
}

/** The elements of a JSON array file, numbered from 1; counts them as read. */
function jsonRows(dataDir: string, file: Provenance, report: BuildReport): NumberedRow[] {
  const raw = readJson(dataDir, file.dataset, file.file);
  if (!Array.isArray(raw)) throw new Error(`${where(file)}: expected a JSON array`);
  report.read(where(file), raw.length);
  return raw.map((element: unknown, i) => ({ row: i + 1, raw: element }));
}

function pick(row: Record<string, unknown>, key: 'primary' | 'lod' | 'minfin'): DayValues {
  const out: DayValues = {};
  for (const entry of GS_METRICS) {
    const value = row[entry[key]];
    if (typeof value === 'number') out[entry.metric] = value;
  }
  return out;
}

const equipmentShape = Object.fromEntries(
  GS_METRICS.slice(1).map((m) => [m.primary, Count.optional()]),
);
const EquipmentRow = z.looseObject({ date: IsoDateField, ...equipmentShape });
const PersonnelRow = z.looseObject({
  date: IsoDateField,
  personnel: Count,
  'personnel*': z.enum(['about', 'more']),
});
const lodShape = Object.fromEntries(GS_METRICS.map((m) => [m.lod, Count.nullable().optional()]));
const LodRow = z.looseObject({ date: IsoDateField, sourceUri: z.string(), ...lodShape });
const minfinShape = Object.fromEntries(GS_METRICS.map((m) => [m.minfin, OptionalCountCell]));
const MinfinRow = z.object({ date: IsoDateField, ...minfinShape });

/** Reads and validates the three General Staff transcriptions. */
export function readGeneralStaff(dataDir: string, report: BuildReport): GsInputs {
  const read = (p: Provenance) => jsonRows(dataDir, p, report);
  const equipment = byDate(read(PRIMARY_EQUIPMENT), EquipmentRow, PRIMARY_EQUIPMENT, report);
  const personnel = byDate(read(PRIMARY_PERSONNEL), PersonnelRow, PRIMARY_PERSONNEL, report);
  const lod = byDate(read(LOD_FILE), LodRow, LOD_FILE, report);
  const csv = readCsv(dataDir, MINFIN, MINFIN_FILE.file, report);
  const minfin = byDate(csv.map(csvRow), MinfinRow, MINFIN_FILE, report);
  return {
    equipment: mapValues(equipment, (row) => pick(row, 'primary')),
    personnel: mapValues(personnel, (row) => pick(row, 'primary')),
    personnelQualifier: mapValues(personnel, (row) =>
      row['personnel*'] === 'more' ? 'more-than' : 'about',
    ),
    lod: mapValues(lod, (row) => pick(row, 'lod')),
    lodUrl: mapValues(lod, (row) => row.sourceUri),
    minfin: mapValues(minfin, (row) => pick(row, 'minfin')),
  };
}

function csvRow(record: CsvRecord): NumberedRow {
  return { row: record.row, raw: record.fields };
}

function mapValues<T, U>(map: Map<IsoDate, T>, fn: (value: T) => U): Map<IsoDate, U> {
  return new Map([...map].map(([date, value]) => [date, fn(value)]));
}
