/**
 * A full `npm run bench` writes docs/PERFORMANCE.md anew; the sections added there by hand (the
 * notes of issues 9, 13, 16…) are not its to drop. This keeps every section of the old document
 * whose heading the new one does not write, each after the section it followed before. Pure.
 */

/** The document cut at its level-2 headings: the text before the first, then one per section. */
function sections(doc: string): { heading: string; text: string }[] {
  const parts = doc.split(/\n(?=## )/);
  return parts.map((text, i) => ({ heading: i === 0 ? '' : (text.split('\n')[0] ?? ''), text }));
}

/**
 * `generated` with the hand-written sections of `previous` put back. `alsoGenerated` names the
 * headings written by other steps of the bench (spliced in later), which are not hand-written.
 */
export function keepHandWritten(
  generated: string,
  previous: string,
  alsoGenerated: readonly string[] = [],
): string {
  const fresh = sections(generated.trimEnd());
  const written = new Set([...fresh.map((s) => s.heading), ...alsoGenerated]);
  const old = sections(previous.trimEnd());
  let after = '';
  const kept = new Map<string, string[]>();
  for (const section of old.slice(1)) {
    if (written.has(section.heading)) after = section.heading;
    else kept.set(after, [...(kept.get(after) ?? []), section.text.trimEnd()]);
  }
  const out: string[] = [];
  const placed = new Set<string>();
  for (const section of fresh) {
    out.push(section.text.trimEnd());
    const own = kept.get(section.heading);
    if (own && section.heading !== '') {
      out.push(...own);
      placed.add(section.heading);
    }
  }
  for (const [heading, texts] of kept) if (!placed.has(heading)) out.push(...texts);
  return `${out.join('\n\n')}\n`;
}
