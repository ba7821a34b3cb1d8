/**
 * The tooltip's CSS, adopted into its shadow root as a constructed stylesheet (not a <style>
 * element, which a strict page CSP would block). px, not rem: the page's root font size must not
 * scale us. Variables are namespaced --cc-* (GUIDE §6.7). The notes on the rules are JavaScript
 * comments in empty `${}` slots, so the build drops them from the script every page loads, and
 * the content script's build collapses the layout (scripts/lib/css-template.ts): the template
 * holds CSS and notes only.
 */
export const TOOLTIP_CSS = `
:host { all: initial; }
.cc-tooltip {
  ${/* light-dark() pairs: the system's scheme, unless the reader pinned one (data-theme). */ ''}
  color-scheme: light dark;
  --cc-bg: light-dark(#ffffff, #1f2328); --cc-fg: light-dark(#1b1f24, #e6edf3);
  --cc-muted: light-dark(#57606a, #9da7b3); --cc-border: light-dark(#d0d7de, #3d444d);
  --cc-accent: light-dark(#0b5cad, #6cb6ff); --cc-ok: light-dark(#1a7f37, #56d364);
  --cc-warn: light-dark(#9a3412, #ffa657); --cc-chip: light-dark(#eef1f4, #2d333b);
  box-sizing: border-box; width: 400px; max-width: calc(100vw - 16px);
  ${
    /* Never taller than the room the placement found (--cc-max-height, set on the host), and
     never taller than the viewport: the body scrolls, the header and the actions stay. */ ''
  }
  max-height: var(--cc-max-height, calc(100vh - 16px));
  display: flex; flex-direction: column; overflow: hidden;
  border: 1px solid var(--cc-border); border-radius: 8px;
  background: var(--cc-bg); color: var(--cc-fg);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left; white-space: normal;
}
:host([data-theme="light"]) .cc-tooltip { color-scheme: light; }
:host([data-theme="dark"]) .cc-tooltip { color-scheme: dark; }
.cc-tooltip p { margin: 0 0 6px; }
.cc-tooltip > p { padding: 12px 14px 6px; margin: 0; }
.cc-head { flex: none; padding: 12px 14px 0; }
.cc-body {
  flex: 1 1 auto; min-height: 0; overflow-x: hidden; overflow-y: auto;
  overscroll-behavior: contain; padding: 0 14px 4px;
}
.cc-measure { margin: 0 0 6px; }
.cc-measure-heading { margin: 8px 0 4px; font-size: 13px; font-weight: 600; }
.cc-more, .cc-disclosure {
  padding: 2px 0; border: 0; background: none; color: var(--cc-accent);
  font: inherit; font-weight: 600; text-align: left; cursor: pointer;
}
.cc-disclosure::before { content: "▸ "; }
.cc-disclosure[aria-expanded="true"]::before { content: "▾ "; }
.cc-chart-note { color: var(--cc-muted); font-size: 11px; }
.cc-headline { font-size: 14px; }
.cc-subline, .cc-empty { color: var(--cc-muted); }
${/* The chart scales down with the card (a scrollbar or a narrow viewport takes its width). */ ''}
.cc-spread { display: block; width: 100%; max-width: 100%; height: auto; margin: 4px 0 2px; }
.cc-spread text { fill: var(--cc-muted); font-size: 10px; }
.cc-axis { stroke: var(--cc-border); stroke-width: 2; }
.cc-dot { fill: var(--cc-accent); }
.cc-floor { fill: var(--cc-bg); stroke: var(--cc-accent); stroke-width: 2; }
.cc-range { fill: var(--cc-accent); opacity: 0.55; }
.cc-interval { fill: var(--cc-accent); opacity: 0.35; }
.cc-article { fill: var(--cc-warn); }
.cc-article rect { opacity: 0.6; }
${
  /* Fixed layout: a long claimant name or a model's interval wraps inside its cell instead of
   widening the table past the card. */ ''
}
.cc-estimates { width: 100%; border-collapse: collapse; table-layout: fixed; }
.cc-row > * { padding: 6px 0; vertical-align: top; border-top: 1px solid var(--cc-border); }
.cc-claimant { position: relative; font-weight: 600; text-align: left; overflow-wrap: anywhere; }
.cc-cited-note { font-weight: 400; color: var(--cc-muted); }
.cc-next { display: block; font-weight: 400; color: var(--cc-muted); font-size: 12px; }
${/* The explanation drops below the claimant's cell, as wide as it: inside the card at any width. */ ''}
.cc-chip { cursor: help; }
.cc-chip:focus-visible { outline: 2px solid var(--cc-accent); outline-offset: 1px; }
.cc-chip:hover::after, .cc-chip:focus-visible::after {
  content: attr(data-tip); position: absolute; z-index: 1; left: 0; right: 0; top: calc(100% - 2px);
  padding: 6px 8px; border: 1px solid var(--cc-border); border-radius: 6px;
  background: var(--cc-bg); color: var(--cc-fg); box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
  font-size: 12px; font-weight: 400; line-height: 1.4; white-space: normal;
}
.cc-meta { display: block; margin-top: 2px; font-weight: 400; }
.cc-value {
  width: 38%; padding-left: 8px; text-align: right; font-weight: 600;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere;
}
.cc-date { margin-right: 6px; color: var(--cc-muted); white-space: nowrap; }
.cc-badge, .cc-flag {
  display: inline-block; margin: 0 4px 2px 0; padding: 0 6px; border-radius: 9px;
  background: var(--cc-chip); font-size: 11px;
}
.cc-flag-matches { color: var(--cc-ok); }
.cc-flag-digits-swapped, .cc-flag-differs, .cc-flag-metric-equivalence, .cc-flag-metric-mismatch,
.cc-flag-stale, .cc-flag-below-floor, .cc-flag-latest-known, .cc-flag-below-total,
.cc-date-old { color: var(--cc-warn); }
.cc-data-ends { padding-left: 8px; border-left: 3px solid var(--cc-warn); }
a { color: var(--cc-accent); }
a:focus-visible, button:focus-visible, .cc-body:focus-visible { outline: 2px solid var(--cc-accent); outline-offset: 2px; }
.cc-tooltip .cc-actions {
  flex: none; display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0;
  padding: 8px 14px 12px; border-top: 1px solid var(--cc-border);
}
.cc-actions button {
  padding: 2px 8px; border: 1px solid var(--cc-border); border-radius: 4px;
  background: var(--cc-chip); color: var(--cc-fg); font: inherit; font-size: 12px; cursor: pointer;
}
.cc-status { color: var(--cc-muted); font-size: 12px; }
.cc-link-button {
  padding: 0; border: 0; background: none; color: var(--cc-accent); font: inherit;
  text-decoration: underline; cursor: pointer;
}
.cc-visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
`;
