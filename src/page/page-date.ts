import type { IsoDate } from '../core/vocabulary';
import type { DetectOptions } from '../detect/types';
import { attributeOf, elementsIn, hasAttributeOn } from './dom-reads';

/**
 * The page's publication date, which anchors "Monday" or "March 25" in the text: the
 * `article:published_time` meta tag, else JSON-LD `datePublished`, else the first
 * `<time datetime>`, else today.
 */
export function findPageDate(doc: Document, today: Date = new Date()): IsoDate {
  return (
    isoDateOf(metaContent(doc, 'article:published_time')) ??
    isoDateOf(jsonLdDatePublished(doc)) ??
    isoDateOf(firstTimeDate(doc)) ??
    today.toISOString().slice(0, 10)
  );
}

/**
 * The detector's options, with the page date found only when the detector first asks for it:
 * most pages hold no loss figure, their text never reaches the detector past the page gate's
 * quick looks (which need no date: hot-runs.ts), and finding the date costs a third to half of
 * a bare walk of such a page (three look-ups over the whole document, issue 16).
 */
export function lazyDetectOptions(
  pageDate: () => IsoDate,
  lang: string | undefined,
): DetectOptions {
  let found: IsoDate | undefined;
  return {
    lang,
    get pageDate() {
      found ??= pageDate();
      return found;
    },
  };
}

// Each query names one tag and the attributes are read in code: Chromium answers a query for a
// tag alone on a fast path, while one with attributes or a list matches every element of the
// page against it (the three queries cost about 0.6 of a bare walk of a news page, issue 16).
// The document's own query: a form named "querySelectorAll" is `doc.querySelectorAll`.

function metaContent(doc: Document, property: string): string | null {
  for (const meta of elementsIn(doc, 'meta')) {
    const key = attributeOf(meta, 'property') ?? attributeOf(meta, 'name');
    if (key === property) return attributeOf(meta, 'content');
  }
  return null;
}

function firstTimeDate(doc: Document): string | null {
  for (const time of elementsIn(doc, 'time'))
    if (hasAttributeOn(time, 'datetime')) return attributeOf(time, 'datetime');
  return null;
}

/** `type="application/ld+json"`, whose value a selector matches whatever its ASCII case. */
const isJsonLd = (script: Element) =>
  attributeOf(script, 'type')?.toLowerCase() === 'application/ld+json';

function jsonLdDatePublished(doc: Document): string | null {
  for (const script of elementsIn(doc, 'script')) {
    if (!isJsonLd(script)) continue;
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''), 0);
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's problem; try the next block.
    }
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 5 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

/** `YYYY-MM-DD` from an ISO date or date-time string, or null when it is not one. */
export function isoDateOf(value: string | null | undefined): IsoDate | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)
    ? null
    : `${year}-${month}-${day}`;
}
