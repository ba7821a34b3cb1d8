/**
 * The tab id the browser gave a page, read from the extension's per-tab summaries in session
 * storage (keys "tab-summary-<id>"). `readOnce` runs in the extension (its service worker in
 * Chromium, an add-on page in Firefox) and returns the id or null; the summary is written a
 * moment after the page loads, so it is polled.
 */
export async function pollTabId(
  readOnce: () => Promise<number | null>,
  url: string,
): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const tabId = await readOnce();
    if (tabId !== null) return tabId;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab summary for ${url}`);
}
