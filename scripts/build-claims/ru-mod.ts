import { z } from 'zod';
import type { Provenance } from '../../src/claims/db-types';
import { WAR_START } from '../../src/claims/equivalences';
import type { IsoDate, Metric } from '../../src/core/vocabulary';
import { compareText, firstIssue, HttpsUrl, readJson } from './io';
import type { BuildReport } from './report';
import { type Check, findInMessage } from './ru-mod-verify';
import type { ImportResult, SeriesDraft, SeriesPoint } from './types';

const FILE: Provenance = { dataset: 'ru_mod_claims_heroes', file: 'destroyed.json' };
const WHERE = `${FILE.dataset}/${FILE.file}`;
const SECTION = 'Russian MoD briefings';

/** Parsed category → metric, and how the briefing text names it (lower-case stem). */
const CATEGORIES: Readonly<Record<string, { metric: Metric } & Check>> = {
  САМОЛЕТЫ: { metric: 'aircraft', stem: 'самол', exclude: 'вертол' },
  ВЕРТОЛЕТЫ: { metric: 'helicopters', stem: 'вертол', exclude: 'самол' },
  БЕСПИЛОТНИКИ: { metric: 'drones', stem: 'беспилотн' },
  ЗЕНИТКИ: { metric: 'air_defense', stem: 'зенитн' },
  // One combined figure: tanks and other armoured combat vehicles (GUIDE §5).
  'ТАНКИ И БМ': { metric: 'tanks_and_armored_vehicles', stem: 'танк' },
  РСЗО: { metric: 'mlrs', stem: 'реактивн' },
  'АРТИЛЛЕРИЯ И МИНОМЕТЫ': { metric: 'artillery', stem: 'орудий|орудия|артиллер|миномет' },
  'АВТОМОБИЛЬНАЯ ТЕХНИКА': { metric: 'vehicles', stem: 'автомобил' },
};

const Entry = z.object({
  date: z.string().regex(/^\d{2}\.\d{2}\.\d{4}$/, 'not DD.MM.YYYY'),
  message: z.string().min(1),
  url: HttpsUrl,
  destroyed: z.record(z.string(), z.number().int().nonnegative()),
});
type Entry = z.infer<typeof Entry>;

/**
 * Russian MoD daily briefings (Feb–Jul 2022), claims about Ukrainian losses. The numbers were
 * machine-extracted by the source repo, so each is kept only if the briefing text itself states
 * it next to the category's name (PROVENANCE §4: the message is authoritative).
 */
export function importRuMod(dataDir: string, report: BuildReport): ImportResult {
  const raw = z.record(z.string(), z.unknown()).parse(readJson(dataDir, FILE.dataset, FILE.file));
  // Keys are DD.MM.YYYY; sort by the ISO form so points and report lines come in date order.
  const keys = Object.keys(raw).sort((a, b) => compareText(toIso(a) ?? a, toIso(b) ?? b));
  report.read(WHERE, keys.length);
  const points = new Map<Metric, SeriesPoint[]>();
  for (const key of keys) {
    const parsed = Entry.safeParse(raw[key]);
    if (!parsed.success) {
      report.reject(WHERE, key, firstIssue(parsed.error));
      continue;
    }
    report.kept(WHERE);
    for (const [metric, point] of entryPoints(key, parsed.data, report)) {
      points.set(metric, [...(points.get(metric) ?? []), point]);
    }
  }
  const series = [...points].map(([metric, list]) => toSeries(metric, list));
  report.claims(
    WHERE,
    series.reduce((n, s) => n + s.points.length, 0),
  );
  report.note(
    SECTION,
    'Categories without a metric (infrastructure, airfields, command posts, radars, boats) are not imported. "АРТИЛЛЕРИЯ И МИНОМЕТЫ" (field artillery and mortars) -> artillery; "АВТОМОБИЛЬНАЯ ТЕХНИКА" (special military vehicles) -> vehicles; "ЗЕНИТКИ" (SAM systems) -> air_defense.',
  );
  return { series, statements: [] };
}

function entryPoints(key: string, entry: Entry, report: BuildReport): [Metric, SeriesPoint][] {
  const date = toIso(entry.date);
  if (!date || toIso(key) !== date) {
    report.reject(WHERE, key, `date "${entry.date}" does not match its key`);
    return [];
  }
  return Object.entries(entry.destroyed).flatMap(([category, value]): [Metric, SeriesPoint][] => {
    const rule = CATEGORIES[category];
    if (!rule) return [];
    if (!findInMessage(entry.message, value, rule)) {
      report.note(
        SECTION,
        `${date} ${category} = ${value}: not stated in the briefing text; dropped.`,
      );
      report.exclude(`${FILE.dataset}: a parsed value the briefing text does not state`);
      return [];
    }
    return [[rule.metric, { date, value, qualifier: 'exact', url: entry.url, source: FILE }]];
  });
}

function toIso(ddmmyyyy: string): IsoDate | undefined {
  const parts = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(ddmmyyyy);
  return parts ? `${parts[3]}-${parts[2]}-${parts[1]}` : undefined;
}

function toSeries(metric: Metric, points: SeriesPoint[]): SeriesDraft {
  return {
    claimantId: 'ru-mod',
    side: 'ukraine',
    metric,
    method: 'party-claim',
    periodStart: WAR_START,
    points: [...points].sort((a, b) => compareText(a.date, b.date)),
  };
}
