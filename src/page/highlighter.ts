import type { FigureMention } from '../detect/types';
import { hasAttributeOn, nodeTypeOf } from './dom-reads';
import { type PageText, segmentAt, type TextSegment } from './text-walker';

/** One wrapped piece of text: the split text node and the nodes we made from it. */
export interface WrappedPiece {
  element: HTMLElement;
  /** The text node that was split (it keeps the text before the piece). */
  original: Text;
  /** The text node created for what followed the piece in `original`. */
  rest: Text;
  /** When it was wrapped: undoing in the reverse order restores every node exactly. */
  sequence: number;
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

let sequence = 0;

/** Where a part of a read text node is now: the node holding it and the offset there. */
interface Located {
  node: Text;
  offset: number;
}

/**
 * Follows text nodes through our own splits. Figures are wrapped in any order (the visible ones
 * first), and wrapping one splits its text node; this table maps an offset in a node as it was
 * read to the node that holds that character now. One table per scan's segments.
 */
export class SplitTable {
  // For each split node: the start offset (in the node as read) and node of each later part.
  private readonly parts = new Map<Text, { start: number; node: Text }[]>();

  locate(node: Text, offset: number): Located {
    const parts = this.parts.get(node);
    let located: Located = { node, offset };
    for (const part of parts ?? []) {
      if (part.start > offset) break;
      located = { node: part.node, offset: offset - part.start };
    }
    return located;
  }

  record(node: Text, start: number, rest: Text): void {
    const parts = this.parts.get(node) ?? [];
    const at = parts.findIndex((part) => part.start > start);
    parts.splice(at < 0 ? parts.length : at, 0, { start, node: rest });
    this.parts.set(node, parts);
  }
}

interface PieceRange {
  segment: TextSegment;
  from: number;
  to: number;
}

/**
 * Wraps one mention in `<span data-crosscount="figure">`. A figure that spans inline elements
 * ("<b>790</b> tanks") gets one span per text node; the first carries the attributes and focus,
 * the others `data-crosscount="figure-part"` with the same id. The page's text is unchanged: the
 * spans hold the very characters that were there. Returns null, changing nothing, when the
 * figure crosses a block, is already highlighted, or the page changed its text since it was read.
 */
export function wrapMention(
  segments: TextSegment[],
  mention: FigureMention,
  id: number,
  splits: SplitTable,
): Highlight | null {
  const ranges = pieceRanges(segments, mention);
  if (!ranges?.every((range) => isUnchanged(range, splits))) return null;
  const pieces: WrappedPiece[] = [];
  // Last piece first, so the offsets of the earlier pieces in a shared node stay valid.
  for (let j = ranges.length - 1; j >= 0; j--) {
    const { segment, from, to } = ranges[j] as PieceRange;
    const located = splits.locate(segment.node, from);
    const element = createPieceElement(segment.node.ownerDocument, mention, id, j === 0);
    const piece = wrapPiece(located.node, located.offset, located.offset + to - from, element);
    splits.record(segment.node, to, piece.rest);
    pieces.unshift(piece);
  }
  return { id, element: (pieces[0] as WrappedPiece).element, mention, pieces };
}

/** Wraps every mention of one page text at once; ids are `firstId` plus the mention's index. */
export function wrapMentions(page: PageText, mentions: FigureMention[], firstId = 0): Highlight[] {
  const splits = new SplitTable();
  const highlights: Highlight[] = [];
  for (const [i, mention] of mentions.entries()) {
    const highlight = wrapMention(page.segments, mention, firstId + i, splits);
    if (highlight) highlights.push(highlight);
  }
  return highlights;
}

/** The text-node pieces a mention covers, or null when it crosses a block or a highlight. */
function pieceRanges(segments: TextSegment[], mention: FigureMention): PieceRange[] | null {
  const ranges: PieceRange[] = [];
  let offset = mention.start;
  while (offset < mention.end) {
    const segment = segmentAt(segments, offset);
    if (!segment || segment.taken) return null;
    const to = Math.min(mention.end, segment.start + segment.data.length);
    ranges.push({ segment, from: offset - segment.start, to: to - segment.start });
    offset = to;
  }
  return ranges.length > 0 ? ranges : null;
}

/** Whether the characters of a piece are still where and what they were when the page was read. */
function isUnchanged({ segment, from, to }: PieceRange, splits: SplitTable): boolean {
  const { node, offset } = splits.locate(segment.node, from);
  const parent = node.parentNode;
  if (!parent) return false;
  // The parent may be a form whose controls are named like DOM methods (dom-reads.ts).
  if (
    nodeTypeOf(parent) === Node.ELEMENT_NODE &&
    hasAttributeOn(parent as Element, 'data-crosscount')
  )
    return false;
  return node.data.slice(offset, offset + to - from) === segment.data.slice(from, to);
}

function wrapPiece(node: Text, from: number, to: number, element: HTMLElement): WrappedPiece {
  const piece = node.splitText(from);
  const rest = piece.splitText(to - from);
  piece.replaceWith(element);
  element.append(piece);
  sequence += 1;
  return { element, original: node, rest, sequence };
}

/**
 * A figure's first piece as a template per document and kind of figure (metric, side, unit: a
 * page has a few dozen kinds at most), with the attributes all such figures carry: cloning copies
 * them natively, for less than setting them one by one (measured in Chromium: 2.7 against 3.5 µs
 * an element with the four fixed attributes alone).
 */
const FIGURE_TEMPLATES = new WeakMap<Document, Map<string, HTMLElement>>();

function figureTemplate(doc: Document, { metric, side, unit }: FigureMention): HTMLElement {
  let templates = FIGURE_TEMPLATES.get(doc);
  if (!templates) {
    templates = new Map();
    FIGURE_TEMPLATES.set(doc, templates);
  }
  const kind = `${metric} ${side} ${unit}`;
  let template = templates.get(kind);
  if (!template) {
    template = doc.createElement('span');
    template.setAttribute('data-crosscount', 'figure');
    template.setAttribute('data-metric', metric);
    template.setAttribute('data-side', side);
    template.setAttribute('data-unit', unit);
    template.setAttribute('tabindex', '0');
    template.setAttribute('role', 'button');
    template.setAttribute('aria-haspopup', 'dialog');
    templates.set(kind, template);
  }
  return template;
}

function createPieceElement(
  doc: Document,
  mention: FigureMention,
  id: number,
  first: boolean,
): HTMLElement {
  if (!first) {
    const part = doc.createElement('span');
    part.setAttribute('data-crosscount-id', String(id));
    part.setAttribute('data-crosscount', 'figure-part');
    return part;
  }
  const element = figureTemplate(doc, mention).cloneNode(false) as HTMLElement;
  element.setAttribute('data-crosscount-id', String(id));
  if (mention.value !== null) element.setAttribute('data-value', String(mention.value));
  if (mention.low !== undefined) element.setAttribute('data-low', String(mention.low));
  if (mention.high !== undefined) element.setAttribute('data-high', String(mention.high));
  return element;
}

/**
 * Removes highlights and restores the very text nodes the page had: each split node gets its text
 * back and the nodes we created are removed. Pieces are undone newest first, the exact reverse of
 * wrapping, whatever order the figures were wrapped in.
 */
export function unwrapHighlights(highlights: Highlight[]): void {
  const pieces = highlights.flatMap((highlight) => highlight.pieces);
  pieces.sort((a, b) => b.sequence - a.sequence);
  for (const { element, original, rest } of pieces) {
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
