/**
 * A live blog of 15 updates, each quoting the General Staff of Ukraine's four headline Russian
 * losses for 19 April 2022 — 60 figures (issue 15's dense popup). Every fifth figure has two
 * digits swapped, the slip a reader is meant to catch, so the page has figures that agree with
 * their source and figures that don't. Our own generated page, not real text; deterministic.
 */
const STAFF_19_APRIL = [
  { value: 802, swapped: 820, noun: 'tanks' },
  { value: 2_063, swapped: 2_036, noun: 'armored combat vehicles' },
  { value: 386, swapped: 368, noun: 'artillery systems' },
  { value: 169, swapped: 196, noun: 'aircraft' },
] as const;

/** The page's HTML. */
export function densePageHtml(): string {
  const updates: string[] = [];
  for (let i = 0; i < 15; i++) {
    const figures = STAFF_19_APRIL.map(({ value, swapped, noun }, k) => {
      const shown = (4 * i + k) % 5 === 0 ? swapped : value;
      return `${shown.toLocaleString('en-US')} ${noun}`;
    });
    updates.push(
      `<section><h2>Update ${i + 1}, ${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}</h2>` +
        `<p>Russian losses included ${figures[0]}, ${figures[1]}, ${figures[2]} and ${figures[3]}, ` +
        'according to the General Staff of Ukraine.</p></section>',
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the war on 19 April 2022</title>
<meta property="article:published_time" content="2022-04-19T20:00:00Z"></head>
<body><main><h1>Live: the war on 19 April 2022</h1>
${updates.join('\n')}
</main></body></html>
`;
}
