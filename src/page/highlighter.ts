import type { FigureMention } from '../detect/types';
import { type PageText, segmentAt } from './text-walker';

/** A figure wrapped in the page, per the DOM contract of GUIDE §4. */
export interface Highlight {
  id: number;
  element: HTMLElement;
  mention: FigureMention;
  /** The text node that was split to make room for the highlight (it keeps the text before it). */
  original: Text;
  /** The text node created for what followed the figure in `original`. */
  rest: Text;
}

/**
 * Wraps each mention that lies inside one text node in a `<span data-crosscount="figure">`.
 * The page's text is unchanged: the span holds the very characters that were there. Mentions are
 * wrapped from last to first so every earlier offset stays valid while nodes are split.
 * Mentions that cross an element boundary ("<b>790</b> tanks") are skipped for now.
 */
export function wrapMentions(page: PageText, mentions: FigureMention[], firstId = 0): Highlight[] {
  const highlights: Highlight[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i] as FigureMention;
    const segment = segmentAt(page.segments, mention.start);
    if (!segment || mention.end > segment.start + segment.node.data.length) continue;
    if (!segment.node.parentNode) continue;
    const local = mention.start - segment.start;
    const figure = segment.node.splitText(local);
    const rest = figure.splitText(mention.end - mention.start);
    const element = createHighlightElement(segment.node.ownerDocument, mention, firstId + i);
    figure.replaceWith(element);
    element.append(figure);
    highlights.push({ id: firstId + i, element, mention, original: segment.node, rest });
  }
  return highlights.reverse();
}

function createHighlightElement(doc: Document, mention: FigureMention, id: number): HTMLElement {
  const element = doc.createElement('span');
  element.setAttribute('data-crosscount', 'figure');
  element.setAttribute('data-crosscount-id', String(id));
  element.setAttribute('data-metric', mention.metric);
  element.setAttribute('data-side', mention.side);
  element.setAttribute('data-unit', mention.unit);
  if (mention.value !== null) element.setAttribute('data-value', String(mention.value));
  if (mention.low !== undefined) element.setAttribute('data-low', String(mention.low));
  if (mention.high !== undefined) element.setAttribute('data-high', String(mention.high));
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'true');
  return element;
}

/**
 * Removes highlights and restores the very text nodes the page had: each split node gets its text
 * back and the nodes we created are removed. Undoes in document order, the reverse of wrapping.
 */
export function unwrapHighlights(highlights: Highlight[]): void {
  for (const { element, original, rest } of highlights) {
    const figure = element.firstChild;
    if (original.parentNode && figure instanceof Text && rest.parentNode === original.parentNode) {
      original.appendData(figure.data + rest.data);
      element.remove();
      rest.remove();
    } else if (element.parentNode) {
      // The page moved things around; put the text back where the highlight is.
      element.replaceWith(...Array.from(element.childNodes));
    }
  }
}
