// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './script-context';

// The stand-in must do what building WXT's own context does where anything can see it: the same
// announcement, which an older copy of the script (WXT's context) takes as a newer copy's.

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** The events one construction dispatches on the document, and the messages it posts. */
function announcements(build: () => void) {
  const dispatch = vi.spyOn(document, 'dispatchEvent');
  const post = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
  build();
  // happy-dom's own propagation calls dispatchEvent again with the same event: one each.
  const events = [...new Set(dispatch.mock.calls.map(([event]) => event))].map((event) => ({
    type: event.type,
    custom: event instanceof CustomEvent,
    detailKeys: Object.keys((event as CustomEvent).detail ?? {}),
    name: (event as CustomEvent).detail?.contentScriptName,
  }));
  const posts = post.mock.calls.map(([message, origin]) => ({
    keys: Object.keys(message),
    type: message.type,
    name: message.contentScriptName,
    origin,
  }));
  dispatch.mockRestore();
  post.mockRestore();
  return { events, posts };
}

describe('ContentScriptContext (the content script build stand-in)', () => {
  it("announces itself with WXT's event, and posts nothing when told not to", () => {
    const options = { noScriptStartedPostMessage: true };
    const ours = announcements(() => new ContentScriptContext('content', options));
    const wxts = announcements(() => new WxtContext('content', options as never));
    expect(ours).toEqual(wxts);
    expect(ours.events).toHaveLength(1);
    expect(ours.posts).toEqual([]);
  });

  it("posts WXT's message when not told otherwise", () => {
    const ours = announcements(() => new ContentScriptContext('content'));
    const wxts = announcements(() => new WxtContext('content'));
    expect(ours).toEqual(wxts);
    expect(ours.posts).toHaveLength(1);
  });

  it('is understood by an older copy’s WXT context as a newer copy of the same script', () => {
    const older = new WxtContext('content', { noScriptStartedPostMessage: true } as never);
    new ContentScriptContext('other', { noScriptStartedPostMessage: true });
    expect(older.signal.aborted).toBe(false);
    new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(older.signal.aborted).toBe(true);
  });
});
