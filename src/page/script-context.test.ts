// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from './script-context';

// The stand-in must do what building WXT's own context does: the same announcement, and the
// same hand-over between an older and a newer copy of a script, either of them WXT's.

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

  it('ends when a newer copy of the same script starts, its own or WXT’s, and not before', () => {
    const older = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(older.signal.aborted).toBe(false);
    new ContentScriptContext('other', { noScriptStartedPostMessage: true });
    expect(older.signal.aborted).toBe(false);
    const newer = new WxtContext('content', { noScriptStartedPostMessage: true } as never);
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
    new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(newer.signal.aborted).toBe(true);
  });

  it('ignores an event of its name that is not a CustomEvent', () => {
    const context = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    const spy = vi.spyOn(document, 'dispatchEvent');
    new ContentScriptContext('probe', { noScriptStartedPostMessage: true });
    const type = spy.mock.calls[0]?.[0]?.type ?? '';
    expect(type).toMatch(/:wxt:content-script-started$/);
    spy.mockRestore();
    document.dispatchEvent(new Event(type));
    expect(context.signal.aborted).toBe(false);
  });
});
