/**
 * The real-text corpus (docs/DETECTION.md §8): batches of passages from published articles,
 * annotated before the detector read them. A batch file (tests/corpus/real/BATCH.json, committed)
 * holds each passage's address, date, hash and annotated figures; the passage's text is
 * third-party and lives in the git-ignored passages/BATCH/ID.txt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  AreaSchema,
  IsoDateSchema,
  MetricSchema,
  QualifierSchema,
  SideSchema,
} from '../../src/core/vocabulary';

const PeriodSchema = z.strictObject({ start: z.nullable(IsoDateSchema), end: IsoDateSchema });

/** One annotated figure; offsets are filled in by `npm run corpus:check`. */
export const RealFigureSchema = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  metric: MetricSchema,
  side: SideSchema,
  area: z.optional(AreaSchema),
  value: z.number().nullable(),
  low: z.number().optional(),
  high: z.number().optional(),
  approx: z.strictObject({ magnitude: z.number() }).optional(),
  unit: z.enum(['count', 'percent']).optional(),
  qualifier: z.optional(QualifierSchema),
  claimant: z.string().optional(),
  asOf: z.optional(IsoDateSchema),
  period: PeriodSchema.optional(),
  /** The other measure the wording allows (docs/DETECTION.md §7), when it allows one. */
  alsoMetric: z.optional(MetricSchema),
  note: z.string().optional(),
});
export type RealFigure = z.infer<typeof RealFigureSchema>;

export const RealPassageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  url: z.string().url().startsWith('https://').or(z.string().url().startsWith('http://')),
  outlet: z.string().min(1),
  published: IsoDateSchema,
  lang: z.enum(['en', 'uk', 'ru']),
  /** `negative`: a passage full of numbers that are not loss figures. */
  kind: z.enum(['loss', 'negative']),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  chars: z.number().int().positive().optional(),
  figures: z.array(RealFigureSchema),
  note: z.string().optional(),
});
export type RealPassage = z.infer<typeof RealPassageSchema>;

export const RealBatchSchema = z.strictObject({
  batch: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['en', 'uk', 'ru', 'mixed']),
  annotator: z.string().min(1),
  annotated: IsoDateSchema,
  /** How the passages were chosen, so a later reader can judge the batch. */
  selection: z.string().min(1),
  passages: z.array(RealPassageSchema),
});
export type RealBatch = z.infer<typeof RealBatchSchema>;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The passage file of a passage of a batch in `dir`. */
export const passagePath = (dir: string, batch: string, id: string) =>
  join(dir, 'passages', batch, `${id}.txt`);

/**
 * Locates every figure's span in the passage: at its recorded offsets when they still hold, else
 * the first occurrence after the previous figure's span. Returns the problems found.
 */
export function locateFigures(text: string, figures: RealFigure[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const f of figures) {
    if (f.start !== undefined && text.slice(f.start, f.end) === f.text) {
      from = f.end ?? from;
      continue;
    }
    const at = text.indexOf(f.text, from);
    if (at < 0) {
      problems.push(`span "${f.text}" not found after offset ${from}`);
      continue;
    }
    f.start = at;
    f.end = at + f.text.length;
    from = f.end;
  }
  return problems;
}

/** A batch's passages whose text is present, with that text; the others are listed as missing. */
export function readBatchTexts(
  dir: string,
  batch: RealBatch,
): { present: { passage: RealPassage; text: string }[]; missing: string[]; changed: string[] } {
  const present: { passage: RealPassage; text: string }[] = [];
  const missing: string[] = [];
  const changed: string[] = [];
  for (const passage of batch.passages) {
    const file = passagePath(dir, batch.batch, passage.id);
    if (!existsSync(file)) {
      missing.push(passage.id);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (passage.sha256 && sha256(text) !== passage.sha256) changed.push(passage.id);
    else present.push({ passage, text });
  }
  return { present, missing, changed };
}

/**
 * Every batch file of `dir` (or only batch `only`), parsed; a file that does not parse throws,
 * naming it.
 */
export function readBatches(dir: string, only?: string): RealBatch[] {
  return readdirSync(dir)
    .filter((f) => (only ? f === `${only}.json` : f.endsWith('.json')))
    .sort()
    .map((f) => {
      const parsed = RealBatchSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
