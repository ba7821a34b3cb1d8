/**
 * Markdown as Biome formats it (`npm run lint` checks src/data/claims-report.md too): tables with
 * padded columns, so the generated report is already in its formatted form and a rebuild gives
 * byte-identical, lint-clean output.
 */

export type Align = 'left' | 'right';

/** A table with every column padded to its widest cell; `align` per column. */
export function table(
  header: readonly string[],
  align: readonly Align[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const pad = (cell: string, i: number) =>
    align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) =>
    align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/** A section: heading, blank line, the items as a list (or "None."), blank line. */
export function section(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [`## ${title}`, '', 'None.', ''];
  return [`## ${title}`, '', ...items.map((item) => `- ${item}`), ''];
}
