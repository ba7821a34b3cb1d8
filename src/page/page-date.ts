import type { IsoDate } from '../core/vocabulary';
import { elementsIn } from './dom-reads';

/**
 * The page's publication date, which anchors "Monday" or "March 25" in the text: the
 * `article:published_time` meta tag, else JSON-LD `datePublished`, else the first
 * `<time datetime>`, else today.
 */
export function findPageDate(doc: Document, today: Date = new Date()): IsoDate {
  return (
    isoDateOf(metaContent(doc, 'article:published_time')) ??
    isoDateOf(jsonLdDatePublished(doc)) ??
    isoDateOf(elementsIn(doc, 'time[datetime]')[0]?.getAttribute('datetime')) ??
    today.toISOString().slice(0, 10)
  );
}

function metaContent(doc: Document, property: string): string | null {
  // The document's own query: a form named "querySelectorAll" is `doc.querySelectorAll`.
  for (const meta of elementsIn(doc, 'meta[property], meta[name]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key === property) return meta.getAttribute('content');
  }
  return null;
}

function jsonLdDatePublished(doc: Document): string | null {
  for (const script of elementsIn(doc, 'script[type="application/ld+json"]')) {
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
