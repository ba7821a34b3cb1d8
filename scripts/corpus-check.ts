/**
 * `npm run corpus:check -- tests/corpus/real/BATCH.json`: validates an annotated batch of real
 * text (docs/DETECTION.md §8) and fills in each figure's offsets and each passage's hash and
 * length from its passage file. It never runs the detector: annotators use it freely.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { METRICS } from '../src/core/vocabulary';
import { locateFigures, passagePath, RealBatchSchema, sha256 } from './lib/real-corpus';

/** Checks one batch file; returns its problems (empty when it is sound) and rewrites it filled in. */
export function checkBatch(file: string): string[] {
  const parsed = RealBatchSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return [z.prettifyError(parsed.error)];
  const batch = parsed.data;
  const dir = dirname(file);
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const p of batch.passages) {
    if (ids.has(p.id)) problems.push(`${p.id}: id used twice`);
    ids.add(p.id);
    let text: string;
    try {
      text = readFileSync(passagePath(dir, batch.batch, p.id), 'utf8');
    } catch {
      problems.push(`${p.id}: no passage file ${passagePath(dir, batch.batch, p.id)}`);
      continue;
    }
    if (p.sha256 && p.sha256 !== sha256(text)) problems.push(`${p.id}: passage text changed`);
    p.sha256 = sha256(text);
    p.chars = text.length;
    for (const problem of locateFigures(text, p.figures)) problems.push(`${p.id}: ${problem}`);
    for (const f of p.figures) {
      const range = f.low !== undefined || f.high !== undefined;
      if (f.value === null && !range && !f.approx)
        problems.push(`${p.id}: "${f.text}" has no value, range or magnitude`);
      if (f.side === 'palestine' && !f.area)
        problems.push(`${p.id}: "${f.text}" is Palestinian but names no area (gaza or west-bank)`);
      if (f.area && f.side !== 'palestine')
        problems.push(`${p.id}: "${f.text}" has an area but is not Palestinian`);
      if (f.alsoMetric === f.metric) problems.push(`${p.id}: "${f.text}" alsoMetric = metric`);
    }
    if (p.kind === 'negative' && p.figures.length > 0)
      problems.push(`${p.id}: a negative passage with figures`);
  }
  writeFileSync(file, `${JSON.stringify(batch, null, 2)}\n`);
  return problems;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run corpus:check -- tests/corpus/real/BATCH.json …');
    console.error(`metrics: ${METRICS.join(', ')}`);
    process.exitCode = 2;
  }
  for (const file of files) {
    const problems = checkBatch(resolve(file));
    for (const p of problems) console.error(`${file}: ${p}`);
    console.log(`${file}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
