import type { FigureMention } from '../detect/types';
import { type PageText, segmentAt, type TextSegment } from './text-walker';

/** One wrapped piece of text: the split text node and the nodes we made from it. */
interface WrappedPiece {
  element: HTMLElement;
  /** The text node that was split (it keeps the text before the piece). */
  original: Text;
  /** The text node created for what followed the piece in `original`. */
  rest: Text;
}

/** A figure wrapped in the page, per the DOM contract of GUIDE §4. */
export interface Highlight {
  id: number;
  /** The focusable element carrying the figure's attributes (the first piece). */
  element: HTMLElement;
  mention: FigureMention;
  /** Every wrapped piece in document order: one, or more when the figure spans inline elements. */
  pieces: WrappedPiece[];
}

/**
 * Wraps each mention in `<span data-crosscount="figure">`. A figure that spans inline elements
 * ("<b>790</b> tanks") gets one span per text node; the first carries the attributes and focus,
 * the others `data-crosscount="figure-part"` with the same id. The page's text is unchanged: the
 * spans hold the very characters that were there. Mentions are wrapped from last to first so
 * every earlier offset stays valid while nodes are split.
 */
export function wrapMentions(page: PageText, mentions: FigureMention[], firstId = 0): Highlight[] {
  const highlights: Highlight[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i] as FigureMention;
    const ranges = pieceRanges(page, mention);
    if (!ranges) continue;
    const id = firstId + i;
    const pieces: WrappedPiece[] = [];
    for (let j = ranges.length - 1; j >= 0; j--) {
      const { segment, from, to } = ranges[j] as PieceRange;
      const element = createPieceElement(segment.node.ownerDocument, mention, id, j === 0);
      pieces.unshift(wrapPiece(segment.node, from, to, element));
    }
    highlights.push({ id, element: (pieces[0] as WrappedPiece).element, mention, pieces });
  }
  return highlights.reverse();
}

interface PieceRange {
  segment: TextSegment;
  from: number;
  to: number;
}

/** The text-node pieces a mention covers, or null when it crosses a block boundary. */
function pieceRanges(page: PageText, mention: FigureMention): PieceRange[] | null {
  const ranges: PieceRange[] = [];
  let offset = mention.start;
  while (offset < mention.end) {
    const segment = segmentAt(page.segments, offset);
    if (!segment?.node.parentNode) return null;
    const to = Math.min(mention.end, segment.start + segment.node.data.length);
    ranges.push({ segment, from: offset - segment.start, to: to - segment.start });
    offset = to;
  }
  return ranges.length > 0 ? ranges : null;
}

function wrapPiece(node: Text, from: number, to: number, element: HTMLElement): WrappedPiece {
  const piece = node.splitText(from);
  const rest = piece.splitText(to - from);
  piece.replaceWith(element);
  element.append(piece);
  return { element, original: node, rest };
}

function createPieceElement(
  doc: Document,
  mention: FigureMention,
  id: number,
  first: boolean,
): HTMLElement {
  const element = doc.createElement('span');
  element.setAttribute('data-crosscount-id', String(id));
  if (!first) {
    element.setAttribute('data-crosscount', 'figure-part');
    return element;
  }
  element.setAttribute('data-crosscount', 'figure');
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
  for (const highlight of highlights) {
    for (const { element, original, rest } of highlight.pieces) {
      const piece = element.firstChild;
      if (original.parentNode && piece instanceof Text && rest.parentNode === original.parentNode) {
        original.appendData(piece.data + rest.data);
        element.remove();
        rest.remove();
      } else if (element.parentNode) {
        // The page moved things around; put the text back where the highlight is.
        element.replaceWith(...Array.from(element.childNodes));
      }
    }
  }
}
