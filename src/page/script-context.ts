import { browser } from 'wxt/browser';

/**
 * The content script's stand-in for WXT's ContentScriptContext: wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file in the content script's build only. WXT's entry
 * wrapper builds a context and hands it to main(), which takes none (our lifetime is our own:
 * entrypoints/content/index.ts says why), so WXT's timers, listeners, location watcher and
 * signal only weighed on the script every page loads (2.9 KB). What building one does where
 * anything can see it is kept as WXT does it: it announces itself with WXT's event (and message,
 * unless told not to). WXT's context also ends itself when a newer copy announces itself, which
 * nothing here would notice: there is no signal for main() to miss.
 */

/** WXT's event name: the extension's id, the entrypoint's name, then WXT's own name for it. */
const STARTED = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;

export class ContentScriptContext {
  constructor(name: string, options?: { noScriptStartedPostMessage?: boolean }) {
    const detail = { contentScriptName: name, messageId: Math.random().toString(36).slice(2) };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    if (!options?.noScriptStartedPostMessage) {
      window.postMessage({ type: STARTED, ...detail }, '*');
    }
  }
}
