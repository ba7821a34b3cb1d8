import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendFromPage, sendToBackground } from './client';

/** The background's answer to whatever is sent, as the runtime would deliver it. */
function answerWith(answer: unknown) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer as never);
}

describe('requests to the background', () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns a content script's answer once it parses", async () => {
    answerWith({ ok: true });
    await expect(
      sendFromPage({ type: 'page-state', url: 'https://a.example/', enabled: true }),
    ).resolves.toEqual({ ok: true });
  });

  it('rejects a malformed answer, from a page or from the popup', async () => {
    answerWith({ comparisons: 'not a list' });
    await expect(sendFromPage({ type: 'match-figures', figures: [] })).rejects.toThrow(
      'malformed answer to match-figures',
    );
    answerWith({ summary: { figures: 3 } });
    await expect(sendToBackground({ type: 'get-tab-summary', tabId: 1 })).rejects.toThrow(
      'malformed answer to get-tab-summary',
    );
  });

  it('never sends a malformed request', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    // A page URL past the limit: the request is refused before it leaves.
    await expect(
      sendFromPage({ type: 'page-state', url: 'x'.repeat(100_000), enabled: true }),
    ).rejects.toThrow();
    expect(send).not.toHaveBeenCalled();
  });
});
