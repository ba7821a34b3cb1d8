/**
 * A live blog of `updates` timestamped updates, each reporting four Russian losses in the seed
 * article's words ("Russian losses included 790 tanks, …"): 3,000 updates make the 12,000-figure
 * page of issue 17's end-to-end test and benchmark. Our own generated page, not real text: it
 * measures how the extension bears many figures, not how well it reads them. Deterministic.
 */
export function bigPageHtml(updates: number): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const parts: string[] = [];
  for (let i = 0; i < updates; i++) {
    const time = `${String(10 + (Math.floor(i / 60) % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
    parts.push(
      `<section><h2>Update ${i + 1}, ${time}</h2><p>Russian losses included ${n(700 + (i % 400))} tanks, ` +
        `${n(2_000 + (i % 300))} armored combat vehicles, ${n(300 + (i % 200))} artillery systems ` +
        `and ${n(100 + (i % 90))} aircraft, according to the General Staff of Ukraine.</p></section>`,
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: the war, day by day</title>
<meta property="article:published_time" content="2022-04-19T09:00:00Z"></head>
<body><main><h1>Live: the war, day by day</h1>
${parts.join('\n')}
</main></body></html>
`;
}

/** Figures in a page of `updates` updates: four each. */
export const FIGURES_PER_UPDATE = 4;
