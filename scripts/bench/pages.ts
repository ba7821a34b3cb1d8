import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One page of the benchmark, served from the bench's temporary folder. */
export interface BenchPage {
  name: string;
  /** Path on the bench server. */
  path: string;
  kind: 'real' | 'live-blog' | 'seed';
  bytes: number;
}

/** The real pages' `<script>` elements, which must not run (or reach for the network) here. */
const SCRIPT_RE = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
// Preloads and module hints would fetch scripts even without <script> elements.
const PRELOAD_RE = /<link\b[^>]*\brel=["']?(?:preload|modulepreload|prefetch)\b[^>]*>/gi;

/** Copies the real pages (scripts stripped) and the seed article into `dir`; adds the live blog. */
export async function preparePages(fixtures: string, dir: string): Promise<BenchPage[]> {
  await mkdir(join(dir, 'real'), { recursive: true });
  const realDir = join(fixtures, 'real-pages');
  const names = (await readdir(realDir)).filter((name) => name.endsWith('.html')).sort();
  const pages: BenchPage[] = [];
  const paragraphs: string[] = [];
  for (const name of names) {
    const html = await readFile(join(realDir, name), 'utf8');
    const stripped = html.replace(SCRIPT_RE, '').replace(PRELOAD_RE, '');
    await writeFile(join(dir, 'real', name), stripped);
    paragraphs.push(...paragraphsOf(stripped));
    pages.push({ name, path: `/real/${name}`, kind: 'real', bytes: Buffer.byteLength(stripped) });
  }
  await copyFile(join(fixtures, 'seed-article.html'), join(dir, 'seed-article.html'));
  const seed = await readFile(join(fixtures, 'seed-article.html'), 'utf8');
  const blog = liveBlog(paragraphs, lossParagraphsOf(seed), 2_000_000);
  await writeFile(join(dir, 'live-blog.html'), blog);
  pages.push({
    name: 'live-blog (generated)',
    path: '/live-blog.html',
    kind: 'live-blog',
    bytes: Buffer.byteLength(blog),
  });
  pages.push({
    name: 'seed-article',
    path: '/seed-article.html',
    kind: 'seed',
    bytes: Buffer.byteLength(seed),
  });
  return pages;
}

/** The text of a page's paragraphs (tags dropped, entities kept), long enough to read as prose. */
export function paragraphsOf(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = (match[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length >= 80) found.push(text);
  }
  return found;
}

/** The seed article's paragraphs that report losses (they hold a number and a loss word). */
export function lossParagraphsOf(seedHtml: string): string[] {
  return paragraphsOf(seedHtml).filter(
    (text) => /\d/.test(text) && /lost|losses|wounded|casualties/i.test(text),
  );
}

/**
 * A live blog of about `targetBytes`: timestamped updates made of the real pages' paragraphs in
 * turn, with one of the seed article's loss paragraphs every 20 paragraphs. Deterministic.
 */
export function liveBlog(paragraphs: string[], losses: string[], targetBytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: war in Ukraine</title>' +
    '<meta property="article:published_time" content="2022-04-19T09:00:00Z"></head><body>' +
    '<main><h1>Live: the war in Ukraine</h1>';
  const parts = [head];
  let bytes = head.length;
  for (let i = 0, entry = 0; bytes < targetBytes; entry++) {
    const body: string[] = [];
    for (let j = 0; j < 4; j++, i++) {
      const text =
        i % 20 === 19
          ? (losses[((i / 20) % losses.length) | 0] as string)
          : (paragraphs[i % paragraphs.length] as string);
      body.push(`<p>${text}</p>`);
    }
    const minutes = String(59 - (entry % 60)).padStart(2, '0');
    const html = `<article class="update"><h3><time>${10 + (((entry / 60) % 12) | 0)}:${minutes}</time></h3>${body.join('')}</article>\n`;
    parts.push(html);
    bytes += html.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}
