/** A label the chart would like to print under the axis, centred on its mark. */
export interface LabelRequest {
  key: string;
  /** The mark's position on the axis. */
  x: number;
  text: string;
}

/** A label with its place: centre, width and row (0 nearest the axis). */
export interface PlacedLabel extends LabelRequest {
  centre: number;
  width: number;
  row: number;
}

/**
 * The widest a character of the chart's 10 px system font gets in practice (digits are ~5.6 px,
 * Cyrillic capitals ~7): an estimate on the safe side, since measuring needs a rendered DOM and
 * the layout must be a pure function the tests can check.
 */
export const CHAR_WIDTH = 6.5;
const GAP = 6;

/**
 * Places labels in at most `rows` rows so that no two overlap and none leaves [left, right]:
 * each goes to the first row where it clears the labels already there, and a label that fits in
 * no row is left out (the chart's text alternative and the table still say it).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  left: number,
  right: number,
  rows = 2,
): PlacedLabel[] {
  const taken: Array<Array<[number, number]>> = Array.from({ length: rows }, () => []);
  const placed: PlacedLabel[] = [];
  for (const request of [...requests].sort((a, b) => a.x - b.x)) {
    const width = labelWidth(request.text);
    if (width > right - left) continue;
    const centre = Math.min(right - width / 2, Math.max(left + width / 2, request.x));
    const span: [number, number] = [centre - width / 2, centre + width / 2];
    const row = taken.findIndex((spans) =>
      spans.every(([a, b]) => span[1] + GAP <= a || span[0] >= b + GAP),
    );
    if (row === -1) continue;
    taken[row]?.push(span);
    placed.push({ ...request, centre, width, row });
  }
  return placed;
}

/** The width a label takes, by the safe per-character estimate. */
export function labelWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH);
}
