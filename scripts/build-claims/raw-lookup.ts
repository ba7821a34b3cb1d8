import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ORYX_RECIPES } from './oryx-recipes';

/**
 * Reads a figure straight from the raw files in ../shared/data, for the sampled check of the
 * bundle (sample-check.test.ts). Deliberately written apart from the importers, with its own
 * field names, so a mistake in an importer cannot hide itself: only the Oryx category recipes are
 * shared, because they are data (which categories make up a metric), not logic.
 */

/** One claim of the bundle, as the check sees it. */
export interface ClaimToCheck {
  dataset: string;
  file: string;
  metric: string;
  side: string;
  date: string;
  /** 1-based data record number, for statements. */
  row?: number;
}

/** The figure the raw file gives for a claim. */
export interface RawFigure {
  value: number | null;
  low?: number;
  high?: number;
}

type Row = Record<string, unknown>;

// Field names by metric, in each General Staff transcription and the Russian MoD briefings.
const PRIMARY_KEYS: Record<string, string> = {
  personnel_casualties: 'personnel',
  tanks: 'tank',
  armored_vehicles: 'APC',
  artillery: 'field artillery',
  mlrs: 'MRL',
  air_defense: 'anti-aircraft warfare',
  aircraft: 'aircraft',
  helicopters: 'helicopter',
  drones: 'drone',
  ships: 'naval ship',
  submarines: 'submarines',
  missiles: 'cruise missiles',
  vehicles: 'vehicles and fuel tanks',
  special_equipment: 'special equipment',
};
const LOD_KEYS: Record<string, string> = {
  personnel_casualties: 'personnel',
  tanks: 'tanks',
  armored_vehicles: 'afvs',
  artillery: 'artillery',
  mlrs: 'rocketSystems',
  air_defense: 'airDefense',
  aircraft: 'fixedWingAircraft',
  helicopters: 'rotaryWingAircraft',
  drones: 'uavs',
  ships: 'ships',
  submarines: 'submarines',
  missiles: 'missiles',
  vehicles: 'unarmoredVehicles',
  special_equipment: 'specialEquipment',
};
const MINFIN_KEYS: Record<string, string> = {
  personnel_casualties: 'personnel',
  tanks: 'tanks',
  armored_vehicles: 'apv',
  artillery: 'artillery',
  mlrs: 'mlrs',
  air_defense: 'aaws',
  aircraft: 'aircrafts',
  helicopters: 'helicopters',
  drones: 'uav',
  ships: 'warships',
  submarines: 'submarines',
  missiles: 'cruise_missiles',
  vehicles: 'vehicles_fuel_tanks',
  special_equipment: 'special_equipment',
};
const RU_MOD_KEYS: Record<string, string> = {
  aircraft: 'САМОЛЕТЫ',
  helicopters: 'ВЕРТОЛЕТЫ',
  drones: 'БЕСПИЛОТНИКИ',
  air_defense: 'ЗЕНИТКИ',
  tanks_and_armored_vehicles: 'ТАНКИ И БМ',
  mlrs: 'РСЗО',
  artillery: 'АРТИЛЛЕРИЯ И МИНОМЕТЫ',
  vehicles: 'АВТОМОБИЛЬНАЯ ТЕХНИКА',
};
const OHCHR_FIGURES: Record<string, string> = {
  civilians_killed: 'Civilians Killed since 24 Feb 2022',
  civilians_injured: 'Civilians Injured since 24 Feb 2022',
};
/** The two OHCHR values with wrong years (PROVENANCE §3): corrected date → date in the file. */
const OHCHR_DATE_FIXES: Record<string, string> = {
  '2022-03-10': '2021-03-10',
  '2023-01-29': '2022-01-29',
};

/** TechForPalestine field names as the sources published them (never the ext_* fields). */
const TFP_KEYS: Record<string, string> = {
  people_killed: 'killed_cum',
  people_injured: 'injured_cum',
  children_killed: 'killed_children_cum',
};
const LEBANON_KEYS: Record<string, string> = {
  people_killed: 'killed_cum_reported',
  people_injured: 'injured_cum_reported',
};

const cell = (text: unknown) =>
  text === '' || text === undefined ? undefined : Number(String(text).replaceAll(',', ''));

/** Lazily reads and caches each raw file. */
export class RawLookup {
  private readonly cache = new Map<string, unknown>();
  constructor(private readonly dataDir: string) {}

  private load<T>(file: string, read: (text: string) => T): T {
    if (!this.cache.has(file)) {
      this.cache.set(file, read(readFileSync(path.join(this.dataDir, file), 'utf8')));
    }
    return this.cache.get(file) as T;
  }

  private json(file: string): unknown {
    return this.load(file, (text) => JSON.parse(text));
  }

  private csv(file: string): Row[] {
    return this.load(file, (text) => parse(text, { bom: true, columns: true }) as Row[]);
  }

  /** The raw figure for a claim; throws when the file has no such figure. */
  figure(claim: ClaimToCheck): RawFigure {
    const where = `${claim.dataset}/${claim.file}`;
    switch (where) {
      case 'ua_genstaff_petroivaniuk/russia_losses_equipment.json':
      case 'ua_genstaff_petroivaniuk/russia_losses_personnel.json':
        return this.byDate(this.json(where) as Row[], claim, PRIMARY_KEYS);
      case 'ua_mod_orc_losses/russian-losses.json':
        return this.byDate(this.json(where) as Row[], claim, LOD_KEYS);
      case 'ua_genstaff_minfin_mirror/russia_losses.csv':
        return this.byDate(this.csv(where), claim, MINFIN_KEYS);
      case 'oryx_scarnecchia/derived/totals_by_type_history.csv':
        return { value: this.oryx(claim) };
      case 'ohchr_via_reliefweb/main.json':
        return { value: this.ohchr(claim) };
      case 'ru_mod_claims_heroes/destroyed.json':
        return { value: this.ruMod(claim) };
      case 'curated_statements/statements.csv':
        return this.statement(this.csv(where), claim);
      case 'economist_estimates/Soldier_deaths_casualties_in_Ukraine_-_estimates.csv':
        return this.economist(this.csv(where), claim);
      case 'economist_estimates/meta-estimate-deaths.csv':
      case 'economist_estimates/meta-estimate-casualties.csv':
        return { value: this.meta(this.csv(where), claim) };
      case 'gaza_techforpalestine/casualties_daily.json':
        return this.tfp(where, claim, TFP_KEYS, (r) => r.report_source !== 'missing');
      case 'gaza_techforpalestine/west_bank_daily.json':
        return this.tfp(where, claim, TFP_KEYS, (r) => r.flash_source === 'un');
      case 'gaza_techforpalestine/lebanon_casualties_daily.json':
        return this.tfp(where, claim, LEBANON_KEYS, () => true);
      default:
        throw new Error(`no raw reader for ${where}`);
    }
  }

  /** The published figure of the row dated `date`, which must be one the source reported. */
  private tfp(
    file: string,
    claim: ClaimToCheck,
    keys: Record<string, string>,
    published: (row: Row) => boolean,
  ): RawFigure {
    const row = (this.json(file) as Row[]).find((r) => r.report_date === claim.date);
    if (!row || !published(row)) throw new Error(`no published row on ${claim.date}`);
    const value = row[keys[claim.metric] ?? ''];
    if (typeof value !== 'number') throw new Error(`no ${claim.metric} on ${claim.date}`);
    return { value };
  }

  /** The Economist's model output for the day, to the nearest whole number. */
  private meta(rows: Row[], claim: ClaimToCheck): number {
    const row = rows.find((r) => r.date === claim.date);
    const value = Number(row?.estimate);
    if (!row || row.country !== claim.side || !Number.isFinite(value)) {
      throw new Error(`no meta-estimate for ${claim.side} on ${claim.date}`);
    }
    return Math.round(value);
  }

  private byDate(rows: Row[], claim: ClaimToCheck, keys: Record<string, string>): RawFigure {
    const row = rows.find((r) => r.date === claim.date);
    const value = cell(row?.[keys[claim.metric] ?? '']);
    if (value === undefined) throw new Error(`no ${claim.metric} on ${claim.date}`);
    return { value };
  }

  /** Type totals of the latest scrape dated `date`, summed by the first complete recipe. */
  private oryx(claim: ClaimToCheck): number {
    const rows = this.csv('oryx_scarnecchia/derived/totals_by_type_history.csv');
    const country = claim.side === 'russia' ? 'Russia' : 'Ukraine';
    const dated = rows.filter(
      (r) => (r.commit_subject_date || String(r.commit_time).slice(0, 10)) === claim.date,
    );
    const latest = dated.reduce<Row | undefined>(
      (best, r) =>
        !best || Date.parse(String(r.commit_time)) > Date.parse(String(best.commit_time))
          ? r
          : best,
      undefined,
    );
    const scrape = rows.filter(
      (r) => r.snapshot_commit === latest?.snapshot_commit && r.country === country,
    );
    const total = (label: string) =>
      scrape.filter((r) => String(r.equipment_type).trim() === label);
    for (const recipe of ORYX_RECIPES[claim.metric as keyof typeof ORYX_RECIPES] ?? []) {
      if (recipe.every((label) => total(label).length === 1)) {
        return recipe.reduce((sum, label) => sum + Number(total(label)[0]?.type_total), 0);
      }
    }
    throw new Error(`no Oryx ${claim.metric} for ${country} on ${claim.date}`);
  }

  private ohchr(claim: ClaimToCheck): number {
    const countries = this.json('ohchr_via_reliefweb/main.json') as Row[];
    const ukraine = countries.find((c) => String(c.iso3).toLowerCase() === 'ukr');
    const figures = (ukraine?.figures ?? []) as Row[];
    const figure = figures.find((f) => f.name === OHCHR_FIGURES[claim.metric]);
    const rawDate = OHCHR_DATE_FIXES[claim.date] ?? claim.date;
    const found = ((figure?.values ?? []) as Row[]).find(
      (v) => String(v.date).slice(0, 10) === rawDate,
    );
    if (!found) throw new Error(`no OHCHR ${claim.metric} on ${rawDate}`);
    return Number(found.value);
  }

  /** The parsed value, which must also be written in the briefing text. */
  private ruMod(claim: ClaimToCheck): number {
    const entries = this.json('ru_mod_claims_heroes/destroyed.json') as Record<string, Row>;
    const [y, m, d] = claim.date.split('-');
    const entry = entries[`${d}.${m}.${y}`];
    const value = (entry?.destroyed as Record<string, number> | undefined)?.[
      RU_MOD_KEYS[claim.metric] ?? ''
    ];
    if (value === undefined) throw new Error(`no Russian MoD ${claim.metric} on ${claim.date}`);
    const digits = String(value).split('').join('\\s?');
    const stated = new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(
      String(entry?.message).replaceAll('\u00a0', ' '),
    );
    if (!stated) throw new Error(`${value} is not in the briefing text of ${claim.date}`);
    return value;
  }

  private statement(rows: Row[], claim: ClaimToCheck): RawFigure {
    const row = rows[(claim.row ?? 0) - 1];
    if (!row || row.date !== claim.date || row.metric !== claim.metric || row.side !== claim.side) {
      throw new Error(`statements.csv row ${claim.row} is not ${claim.metric} on ${claim.date}`);
    }
    return figureOf(cell(row.value), cell(row.low), cell(row.high));
  }

  /** The Economist's row: a low–high range (with the estimate as value), or one number. */
  private economist(rows: Row[], claim: ClaimToCheck): RawFigure {
    const row = rows[(claim.row ?? 0) - 1];
    if (!row) throw new Error(`no estimates row ${claim.row}`);
    const [low, high, value] = [
      cell(row.estimate_low),
      cell(row.estimate_high),
      cell(row.estimate),
    ];
    if (low !== undefined && high !== undefined) return figureOf(value, low, high);
    return { value: value ?? low ?? high ?? null };
  }
}

function figureOf(value: number | undefined, low?: number, high?: number): RawFigure {
  const out: RawFigure = { value: value ?? null };
  if (low !== undefined && high !== undefined) {
    out.low = low;
    out.high = high;
  }
  return out;
}
