/**
 * Calls `onChange(url)` when the page's URL changes without a reload (history API navigations of
 * single-page sites), and `onOrphaned()` once the extension that injected this script is gone
 * (reloaded, updated or removed: `runtime.id` disappears). One cheap check per second; no event a
 * page could forge (WXT's "wxt:locationchange" and "content-script-started" events are plain
 * DOM events that any page can dispatch).
 */
export function watchLocation(
  view: Window,
  signal: AbortSignal,
  handlers: { onChange: (url: string) => void; isOrphaned: () => boolean; onOrphaned: () => void },
  intervalMs = 1_000,
): void {
  let last = view.location.href;
  const check = () => {
    if (handlers.isOrphaned()) {
      view.clearInterval(timer);
      handlers.onOrphaned();
      return;
    }
    const now = view.location.href;
    if (now === last) return;
    last = now;
    handlers.onChange(now);
  };
  const timer = view.setInterval(check, intervalMs);
  // Back/forward is announced at once; the event carries nothing we trust but the URL we read.
  view.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => view.clearInterval(timer));
}
