import type { Comparison } from '../claims/types';
import type { ClaimantKind } from '../core/vocabulary';
import type { I18n } from '../ui/i18n';
import { copyText } from './clipboard';
import { closestTo } from './dom-reads';
import { TOOLTIP_HOST_ID, TooltipHost } from './tooltip-host';

/** What the tooltip needs to know about one highlighted figure. */
export interface FigureInfo {
  text: string;
  comparison: Comparison | undefined;
  /** The focusable highlight element (the first piece of a figure spanning inline elements). */
  element: HTMLElement;
}

/** The reader's display choices that affect the tooltip (options page). */
export interface TooltipDisplay {
  theme: 'system' | 'light' | 'dark';
  hiddenClaimantKinds: readonly ClaimantKind[];
  /** Set while the update channel is off: the "data ends" line offers to turn it on. */
  onOfferUpdates?: () => void;
}

// Every piece of a highlight opens its tooltip, also the later pieces of "<b>790</b> tanks".
const FIGURE_SELECTOR = '[data-crosscount="figure"], [data-crosscount="figure-part"]';
// Long enough to move the pointer from the figure onto the tooltip.
const CLOSE_DELAY_MS = 250;

/**
 * One delegated set of listeners on the document (GUIDE §6.6) opens the tooltip on hover and on
 * keyboard focus, keeps it open while the pointer or focus is in it, lets Enter move focus into it
 * (Shift+Tab from its first control returns to the figure), closes it on Escape (returning focus
 * to the figure) and follows scrolling. Only trusted events count: a page script can't drive it.
 */
export class TooltipController {
  private readonly host: TooltipHost;
  private current: HTMLElement | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private display: TooltipDisplay = { theme: 'system', hiddenClaimantKinds: [] };
  // Escape returns focus to the figure; that focus must not reopen what Escape just closed.
  private refocusing: HTMLElement | null = null;

  constructor(
    doc: Document,
    private readonly lookup: (id: number) => FigureInfo | undefined,
    signal: AbortSignal,
    i18n: I18n,
  ) {
    this.host = new TooltipHost(doc, i18n);
    const options = { signal, capture: true };
    doc.addEventListener('mouseover', (e) => this.onPointer(e, true), options);
    doc.addEventListener('mouseout', (e) => this.onPointer(e, false), options);
    doc.addEventListener('focusin', (e) => this.onFocus(e, true), options);
    doc.addEventListener('focusout', (e) => this.onFocus(e, false), options);
    doc.addEventListener('keydown', (e) => this.onKeydown(e), options);
    const reposition = () => this.reposition();
    doc.defaultView?.addEventListener('scroll', reposition, {
      signal,
      capture: true,
      passive: true,
    });
    doc.defaultView?.addEventListener('resize', reposition, { signal, passive: true });
    signal.addEventListener('abort', () => this.destroy());
  }

  /** Applies the reader's theme and source filter, re-rendering an open tooltip. */
  setDisplay(display: TooltipDisplay): void {
    this.display = display;
    this.host.setTheme(display.theme);
    if (this.current && this.host.isShown) this.open(this.current);
  }

  /** Re-renders the tooltip if it is showing this figure (its comparison just arrived). */
  refresh(id: number): void {
    if (this.current && figureId(this.current) === id) this.open(this.current);
  }

  /** Closes the tooltip. */
  close(): void {
    clearTimeout(this.closeTimer);
    this.current?.setAttribute('aria-expanded', 'false');
    this.current = null;
    this.host.hide();
  }

  private open(piece: HTMLElement): void {
    const info = this.lookup(figureId(piece));
    if (!info) return;
    const figure = info.element;
    clearTimeout(this.closeTimer);
    if (this.current && this.current !== figure)
      this.current.setAttribute('aria-expanded', 'false');
    this.current = figure;
    figure.setAttribute('aria-expanded', 'true');
    figure.setAttribute('aria-controls', TOOLTIP_HOST_ID);
    const shadow = this.host.element.shadowRoot as ShadowRoot;
    this.host.show(
      {
        id: `${TOOLTIP_HOST_ID}-body`,
        text: info.text,
        comparison: info.comparison,
        hiddenClaimantKinds: this.display.hiddenClaimantKinds,
        onCopy: (text) => copyText(text, shadow),
        onOfferUpdates: this.display.onOfferUpdates,
      },
      figure,
    );
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.host.hasFocus) this.close();
    }, CLOSE_DELAY_MS);
  }

  private onPointer(event: MouseEvent, entering: boolean): void {
    if (!event.isTrusted) return;
    const target = event.target as Element | null;
    if (target === this.host.element) {
      if (entering) clearTimeout(this.closeTimer);
      else this.scheduleClose();
      return;
    }
    const figure = closestTo(target, FIGURE_SELECTOR) as HTMLElement | null;
    if (!figure) return;
    if (entering) this.open(figure);
    else if (!isSameFigure(figure, event.relatedTarget)) this.scheduleClose();
  }

  private onFocus(event: FocusEvent, entering: boolean): void {
    if (!event.isTrusted) return;
    const target = event.target as Element | null;
    if (target === this.host.element) {
      if (entering) clearTimeout(this.closeTimer);
      else if (event.relatedTarget !== this.current) this.scheduleClose();
      return;
    }
    const figure = closestTo(target, FIGURE_SELECTOR) as HTMLElement | null;
    if (!figure) return;
    if (entering && figure === this.refocusing) this.refocusing = null;
    else if (entering) this.open(figure);
    else if (event.relatedTarget !== this.host.element) this.scheduleClose();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!event.isTrusted || !this.host.isShown || !this.current) return;
    const figure = this.current;
    if (event.key === 'Escape') {
      const focusWasInTooltip = this.host.hasFocus;
      this.close();
      if (focusWasInTooltip) {
        this.refocusing = figure;
        figure.focus();
      }
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === figure) {
      if (this.host.focusFirst()) event.preventDefault();
    } else if (
      event.key === 'Tab' &&
      event.shiftKey &&
      this.host.isFirstFocusable(this.host.focusedInside)
    ) {
      event.preventDefault();
      figure.focus();
    }
  }

  private reposition(): void {
    if (this.current && this.host.isShown) this.host.position(this.current);
  }

  private destroy(): void {
    clearTimeout(this.closeTimer);
    this.current = null;
    this.host.destroy();
  }
}

function isSameFigure(figure: HTMLElement, other: EventTarget | null): boolean {
  const otherPiece = closestTo(other, FIGURE_SELECTOR);
  return otherPiece != null && figureId(otherPiece) === figureId(figure);
}

function figureId(figure: Element): number {
  return Number(figure.getAttribute('data-crosscount-id'));
}
