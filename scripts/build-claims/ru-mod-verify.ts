/** How a briefing names a category: a lower-case stem (regex alternatives allowed). */
export interface Check {
  stem: string;
  /** A second category that, right after the number, means a combined figure ("самолетов и вертолетов"). */
  exclude?: string;
}

/** Characters allowed between a number and its category: words, spaces and punctuation, no digits. */
const GAP = '[^\\d]{0,60}?';

/**
 * True when the message states `value` (digits possibly grouped by spaces, "2 337") followed by
 * the category's name with no other number in between, and not as a combined figure.
 */
export function findInMessage(message: string, value: number, check: Check): boolean {
  const text = message.toLowerCase().replaceAll('\u00a0', ' ');
  const digits = String(value).split('').join('\\s?');
  const pattern = new RegExp(`(?<![\\d])${digits}(?![\\d])(${GAP})(?:${check.stem})`, 'g');
  for (const found of text.matchAll(pattern)) {
    const between = found[1] ?? '';
    const after = text.slice(
      (found.index ?? 0) + found[0].length,
      (found.index ?? 0) + found[0].length + 20,
    );
    if (!/[.;]/.test(between) && !isCombined(between, after, check.exclude)) return true;
  }
  return false;
}

/** "180 самолетов и вертолетов": the number belongs to two categories at once. */
function isCombined(between: string, after: string, exclude: string | undefined): boolean {
  if (!exclude) return false;
  const other = new RegExp(exclude);
  return other.test(between) || new RegExp(`^\\S*\\s+и\\s+(?:${exclude})`).test(after);
}
