import type { IsoDate } from '../core/vocabulary';
import { decodeEntities } from './entities';

/** Where a page date was found. */
export type PageDateSource = 'meta' | 'json-ld' | 'time';

const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
  'sailthru.date',
];
const ISO_PREFIX = /^\s*(\d{4}-\d{2}-\d{2})/;

/**
 * The page's publication date from its HTML source, for the `scan` CLI: `<meta
 * property="article:published_time">` (or a similar meta), else JSON-LD `datePublished`, else the
 * first `<time datetime>`; undefined when none is found. The extension reads the same from the
 * DOM (src/page/page-date.ts), with fewer meta names.
 */
export function findPageDate(html: string): { date: IsoDate; source: PageDateSource } | undefined {
  const metas = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    const date = ISO_PREFIX.exec(attrs.content ?? '')?.[1];
    if (key && date && !metas.has(key)) metas.set(key, date);
  }
  for (const key of DATE_METAS) {
    const date = metas.get(key);
    if (date) return { date, source: 'meta' };
  }
  const jsonLd = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
  if (jsonLd) return { date: jsonLd, source: 'json-ld' };
  const time = /<time\b[^>]*?\bdatetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/i.exec(html)?.[1];
  return time ? { date: time, source: 'time' } : undefined;
}

/** The attributes of one start tag, names lower-cased, values entity-decoded. */
export function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = (m[1] ?? '').toLowerCase();
    attrs[name] ??= decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
