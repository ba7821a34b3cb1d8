import { browser } from 'wxt/browser';

/**
 * The content script's stand-in for WXT's ContentScriptContext: wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file in the content script's build only. WXT's entry
 * wrapper builds a context and hands it to main(), which takes none (our lifetime is our own:
 * entrypoints/content/index.ts says why), so WXT's timers, listeners and location watcher only
 * weighed on the script every page loads (2.6 KB). What a context does by being built is kept
 * as WXT does it: it announces itself with WXT's event, and it ends when a newer copy of the
 * same script announces itself.
 */

/** WXT's event name: the extension's id, the entrypoint's name, then WXT's own name for it. */
const STARTED = `${browser?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;

interface StartedDetail {
  contentScriptName?: string;
  messageId?: string;
}

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(
    private readonly name: string,
    options?: { noScriptStartedPostMessage?: boolean },
  ) {
    const detail: StartedDetail = { contentScriptName: name, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    if (!options?.noScriptStartedPostMessage) {
      window.postMessage({ type: STARTED, ...detail }, '*');
    }
    const onStarted = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const other = event.detail as StartedDetail | null;
      if (other?.contentScriptName === this.name && other?.messageId !== this.id) {
        this.controller.abort('Content script context invalidated');
      }
    };
    document.addEventListener(STARTED, onStarted);
    this.signal.addEventListener('abort', () => document.removeEventListener(STARTED, onStarted));
  }

  /** Aborted when a newer copy of the same content script has started. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }
}
