import { h, render } from 'preact';
import { type I18n, I18nContext } from '../ui/i18n';
import { Tooltip, type TooltipProps } from '../ui/tooltip/Tooltip';
import { TOOLTIP_CSS } from '../ui/tooltip/tooltip-styles';
import { type Box, placeTooltip } from './place-tooltip';

export const TOOLTIP_HOST_ID = 'crosscount-tooltip';

/**
 * The one element of ours outside the highlights: a host with an OPEN shadow root (GUIDE §4)
 * that holds the tooltip, attached to <html> rather than <body> so the body's text is never
 * touched. Its own styles are inline and !important because page CSS can reach the host.
 */
export class TooltipHost {
  readonly element: HTMLElement;
  private readonly container: HTMLElement;
  private anchor: Element | null = null;
  // "Show all" and an opened measure change the card's height: keep it placed and inside.
  private readonly resizes: ResizeObserver | null;

  constructor(
    private readonly doc: Document,
    private readonly i18n: I18n,
  ) {
    this.element = doc.createElement('div');
    this.element.setAttribute('data-crosscount', 'tooltip');
    this.element.id = TOOLTIP_HOST_ID;
    const root = this.element.attachShadow({ mode: 'open' });
    adoptStyles(root);
    this.container = doc.createElement('div');
    root.append(this.container);
    setImportant(this.element, {
      position: 'fixed',
      display: 'none',
      margin: '0',
      padding: '0',
      border: '0',
      'z-index': '2147483647',
    });
    const View = doc.defaultView?.ResizeObserver;
    this.resizes = View ? new View(() => this.anchor && this.position(this.anchor)) : null;
    this.resizes?.observe(this.container);
  }

  get isShown(): boolean {
    return this.element.isConnected && this.element.style.display !== 'none';
  }

  /** Whether keyboard focus is inside the tooltip. */
  get hasFocus(): boolean {
    return this.doc.activeElement === this.element;
  }

  /** `system` follows prefers-color-scheme; `light`/`dark` is the reader's override. */
  setTheme(theme: 'system' | 'light' | 'dark'): void {
    if (theme === 'system') this.element.removeAttribute('data-theme');
    else this.element.setAttribute('data-theme', theme);
  }

  /** Moves keyboard focus to the tooltip's first link or button; false when it has none. */
  focusFirst(): boolean {
    const first = this.focusables()[0];
    first?.focus();
    return first !== undefined;
  }

  /** Whether `element` is the first focusable element inside the tooltip. */
  isFirstFocusable(element: Element | null): boolean {
    return element !== null && this.focusables()[0] === element;
  }

  /** The element focused inside the shadow root, if any. */
  get focusedInside(): Element | null {
    return this.element.shadowRoot?.activeElement ?? null;
  }

  private focusables(): HTMLElement[] {
    return Array.from(
      this.container.querySelectorAll<HTMLElement>('a[href], button:not([disabled])'),
    );
  }

  /** Renders the tooltip for a figure and places it next to `anchor`. */
  show(props: TooltipProps, anchor: Element): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
    render(h(I18nContext.Provider, { value: this.i18n }, h(Tooltip, props)), this.container);
    setImportant(this.element, { display: 'block', left: '0px', top: '0px' });
    this.position(anchor);
  }

  /** Keeps the tooltip next to its figure after a scroll or resize. */
  position(anchor: Element): void {
    this.anchor = anchor;
    const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
    const anchorBox: Box = {
      left: rect.left,
      top: rect.top,
      width: rect.width,
      height: rect.height,
    };
    // Measured at its natural height (the viewport's less margins at most), then cut to the room
    // the placement found beside the figure.
    this.element.style.removeProperty('--cc-max-height');
    const size = this.element.getBoundingClientRect();
    const view = this.doc.documentElement;
    const placed = placeTooltip(anchorBox, size, {
      width: view.clientWidth,
      height: view.clientHeight,
    });
    setImportant(this.element, {
      left: `${placed.left}px`,
      top: `${placed.top}px`,
      '--cc-max-height': `${placed.maxHeight}px`,
    });
  }

  /** Hides the tooltip and takes the host out of the document, leaving it as it was. */
  hide(): void {
    setImportant(this.element, { display: 'none' });
    this.anchor = null;
    render(null, this.container);
    this.element.remove();
  }

  destroy(): void {
    this.anchor = null;
    this.resizes?.disconnect();
    render(null, this.container);
    this.element.remove();
  }
}

function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Constructed stylesheets are unavailable in some content-script worlds; a <style> element works there.
    const style = root.ownerDocument.createElement('style');
    style.textContent = TOOLTIP_CSS;
    root.append(style);
  }
}

function setImportant(element: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) {
    element.style.setProperty(name, value, 'important');
  }
}
