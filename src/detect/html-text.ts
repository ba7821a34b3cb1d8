import type { IsoDate } from '../core/vocabulary';
import { decodeEntities } from './entities';

/**
 * String-based HTML to text for the `scan` CLI, mirroring what the content script feeds the
 * detector: the body's text, block elements joined with '\n', script-like elements dropped.
 * It is a tolerant linear scanner, not an HTML parser; the extension itself reads the DOM.
 */

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'textarea',
  'select',
]);
const BLOCKS = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre ' +
    'section summary table tbody td tfoot th thead tr ul body html'
  ).split(' '),
);
const TAG_NAME_RE = /^<\/?([a-zA-Z][a-zA-Z\d-]*)/;
const closers = new Map<string, RegExp>();

/** The visible text of an HTML document, paragraphs separated by '\n'. */
export function htmlToText(html: string): string {
  const body = /<body\b[^>]*>/i.exec(html);
  const chunks: string[] = [];
  let pos = body ? body.index + body[0].length : 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > pos) chunks.push(textChunk(html.slice(pos, textEnd)));
    if (lt < 0) break;
    pos = skipMarkup(html, lt, chunks);
  }
  return chunks
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Collapses HTML white space (not NBSP, which may separate thousands) and decodes entities. */
function textChunk(raw: string): string {
  return decodeEntities(raw.replace(/[ \t\r\n\f]+/g, ' '));
}

/** Consumes the markup starting at `lt` and returns the offset after it. */
function skipMarkup(html: string, lt: number, chunks: string[]): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  const next = html[lt + 1] ?? '';
  // "3 < 5" in text: a '<' that cannot open a tag is text.
  if (!/[a-zA-Z/!?]/.test(next)) {
    chunks.push('<');
    return lt + 1;
  }
  const gt = html.indexOf('>', lt);
  if (gt < 0) return html.length;
  const name = TAG_NAME_RE.exec(html.slice(lt, Math.min(gt + 1, lt + 64)))?.[1]?.toLowerCase();
  const closing = next === '/';
  if (name && BLOCKS.has(name)) chunks.push('\n');
  if (name && !closing && SKIPPED.has(name) && html[gt - 1] !== '/')
    return skipElement(html, name, gt + 1);
  return gt + 1;
}

/** The offset after the end tag of a skipped element whose content starts at `from`. */
function skipElement(html: string, name: string, from: number): number {
  let closer = closers.get(name);
  if (!closer) {
    closer = new RegExp(`</${name}\\s*>`, 'gi');
    closers.set(name, closer);
  }
  closer.lastIndex = from;
  const m = closer.exec(html);
  return m ? m.index + m[0].length : html.length;
}

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
 * The page's publication date: `<meta property="article:published_time">` (or a similar meta),
 * else JSON-LD `datePublished`, else the first `<time datetime>`; undefined when none is found.
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
function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = (m[1] ?? '').toLowerCase();
    attrs[name] ??= decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
