import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * Bundles the in-page half of the benchmark (scripts/bench/in-page.ts with src/page, src/detect
 * and mark.js, or scripts/bench/claims-page.ts with src/claims) into one script for
 * page.addScriptTag. Built at bench time, never shipped: the extension carries no test hooks.
 */
export async function buildInPageBundle(
  entry = 'in-page.ts',
  root = resolve(import.meta.dirname, '../..'),
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(import.meta.dirname, entry),
        formats: ['iife'],
        name: 'crosscountBenchBundle',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs
    .flatMap((output) => output.output)
    .find((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('bench: the in-page bundle is empty');
  return chunk.code;
}
