/**
 * The detector's output on every text at hand, for a change meant to leave it as it is (a speed
 * change): the development corpus, the real pages, the seed article, the bench's live blog and the
 * adversarial mix, each read as en, uk and ru, one hash per output. Another checkout's detector
 * can be read with `--root` (its own src/ and scripts/), so two versions are compared in one go.
 *
 *   npx tsx scripts/bench/identity.ts OUT.json [--root CHECKOUT] [--against BASE.json]
 *
 * With `--against`, prints how many outputs differ from BASE.json (0 is the goal) and exits 1 when
 * any does. Writes OUT.json either way.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR } from '../lib/static-server';

type Detect = (text: string, options: { pageDate: string; lang: string }) => unknown[];

async function textsOf(root: string): Promise<[string, string, string | undefined][]> {
  const { htmlToText } = await import(join(root, 'src/detect/html-text.ts'));
  const { ALL_CASES } = await import(join(root, 'tests/corpus/dev/index.ts'));
  const { adversarialMix } = await import(join(root, 'scripts/bench/adversarial-mix.ts'));
  const pages = await import(join(root, 'scripts/bench/pages.ts'));
  const texts: [string, string, string | undefined][] = [];
  for (const c of ALL_CASES as { text: string; date?: string }[])
    texts.push([`dev:${texts.length}`, c.text, c.date]);
  const seed = readFileSync(join(FIXTURES_DIR, 'seed-article.html'), 'utf8');
  texts.push(['seed', htmlToText(seed), undefined]);
  const realDir = join(FIXTURES_DIR, 'real-pages');
  const paragraphs: string[] = [];
  for (const name of readdirSync(realDir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(realDir, name), 'utf8');
    texts.push([name, htmlToText(html), undefined]);
    paragraphs.push(...pages.paragraphsOf(html));
  }
  const blog = pages.liveBlog(paragraphs, pages.lossParagraphsOf(seed), 2_000_000);
  texts.push(['live-blog', htmlToText(blog), undefined]);
  texts.push(['adversarial-mix', adversarialMix(), undefined]);
  return texts;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { root: { type: 'string' }, against: { type: 'string' } },
  });
  const [out] = positionals;
  if (!out)
    throw new Error(
      'usage: tsx scripts/bench/identity.ts OUT.json [--root DIR] [--against BASE.json]',
    );
  const root = resolve(values.root ?? resolve(import.meta.dirname, '../..'));
  const { detectFigures } = (await import(join(root, 'src/detect/index.ts'))) as {
    detectFigures: Detect;
  };
  const hashes: Record<string, string> = {};
  let figures = 0;
  for (const [id, text, date] of await textsOf(root)) {
    for (const lang of ['en', 'uk', 'ru']) {
      const found = detectFigures(text, { pageDate: date ?? '2025-03-01', lang });
      figures += found.length;
      hashes[`${id}:${lang}`] = createHash('sha1').update(JSON.stringify(found)).digest('hex');
    }
  }
  writeFileSync(out, JSON.stringify(hashes));
  console.log(`${Object.keys(hashes).length} outputs, ${figures} figures (${root})`);
  if (!values.against) return;
  const base = JSON.parse(readFileSync(values.against, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(base), ...Object.keys(hashes)]);
  const differ = [...keys].filter((key) => base[key] !== hashes[key]);
  console.log(
    `${differ.length} differ${differ.length ? `: ${differ.slice(0, 20).join(', ')}` : ''}`,
  );
  if (differ.length > 0) process.exitCode = 1;
}

await main();
