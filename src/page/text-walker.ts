import { partitionPoint } from '../core/sorted';
import {
  attributeOf,
  designModeOf,
  documentOf,
  hasAttributesOf,
  nodeTypeOf,
  parentOf,
  tagOf,
} from './dom-reads';

/**
 * One pass over the page's text nodes (GUIDE §6.6). The result is the page's text as the
 * detector sees it — each text node's characters, with '\n' between blocks — and the segment
 * table that maps an offset in that text back to a node. The pass can be done in steps, so a
 * large page is read across several idle slices.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
  /** The node's text when it was read: a later wrap checks it is still there. */
  data: string;
  /** The node is inside one of our highlights: it is read for context but never wrapped again. */
  taken: boolean;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

// Never read (and so never touch) the contents of these: code, form fields and buttons (a
// focusable highlight inside a button would nest one control in another), embedded documents.
const SKIPPED_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION BUTTON IFRAME OBJECT CANVAS svg SVG MATH math'.split(
    ' ',
  ),
);

// Elements that start a new paragraph for the detector's sentence and context rules.
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE ' +
    'TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** The tags of the elements whose text is never read, lower case, each once (CSS selectors). */
export const SKIPPED_TAG_NAMES: readonly string[] = [
  ...new Set([...SKIPPED_TAGS].map((tag) => tag.toLowerCase())),
];

/** Whether an element starts a new paragraph for the detector. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(tagOf(element));
}

/** What the walker knows about the text directly inside one element; cached per element. */
interface ElementInfo {
  /** Inside code, a form field, editable content or our own UI: never read. */
  skip: boolean;
  /** Inside one of our highlights. */
  taken: boolean;
  /** Inside content the user can edit (ours to leave alone). */
  editable: boolean;
  /** The nearest block ancestor (or the element itself): text in different blocks is split. */
  block: Node;
}

/**
 * The facts about elements the walker needs, computed once per element from its parent's. Plain
 * attributes only: `isContentEditable` would force a style recalculation on a page we just changed.
 */
export class ElementFacts {
  private readonly cache = new Map<Node, ElementInfo>();

  /** The facts for text whose parent is `parent`. */
  of(parent: Node): ElementInfo {
    const cached = this.cache.get(parent);
    if (cached) return cached;
    // Walk up to the nearest known ancestor, then fill in the chain top-down (no recursion).
    const chain: Node[] = [];
    let known: ElementInfo | undefined;
    for (let node: Node | null = parent; node; node = parentOf(node)) {
      known = this.cache.get(node);
      if (known) break;
      chain.push(node);
    }
    let info = known ?? { skip: false, taken: false, editable: false, block: chain.at(-1) as Node };
    for (let i = chain.length - 1; i >= 0; i--) {
      info = derive(chain[i] as Node, info);
      this.cache.set(chain[i] as Node, info);
    }
    return info;
  }
}

function derive(node: Node, parent: ElementInfo): ElementInfo {
  if (nodeTypeOf(node) !== Node.ELEMENT_NODE) {
    // The document, a fragment or a shadow root: a block of its own, editable with designMode.
    const editable =
      nodeTypeOf(node) === Node.DOCUMENT_NODE && designModeOf(node as Document) === 'on';
    return { skip: editable, taken: false, editable, block: node };
  }
  const element = node as Element;
  // Most elements of an article (p, a, b, span) have no attributes: skip both look-ups then.
  // Read through the DOM's own prototypes: a form's controls may be named like these (dom-reads).
  const attributed = hasAttributesOf(element);
  const editAttribute = attributed ? attributeOf(element, 'contenteditable') : null;
  const editable =
    editAttribute === null ? parent.editable : editAttribute.toLowerCase() !== 'false';
  const ours = attributed ? attributeOf(element, 'data-crosscount') : null;
  const highlight = ours === 'figure' || ours === 'figure-part';
  const tag = tagOf(element);
  return {
    skip: parent.skip || editable || SKIPPED_TAGS.has(tag) || (ours !== null && !highlight),
    taken: parent.taken || highlight,
    editable,
    block: BLOCK_TAGS.has(tag) ? element : parent.block,
  };
}

/** Whether text inside `element` must never be scanned or changed (code, forms, editable, ours). */
export function isSkippedElement(element: Element, facts = new ElementFacts()): boolean {
  return facts.of(element).skip;
}

// Source line breaks inside a text node are not paragraph breaks: they become spaces (same
// length keeps offsets). Done once over each joined window rather than once per node, which is
// why blocks are joined with NUL while reading and NUL turns into '\n' with that same pass.
const LINE_BREAKS = /[\n\r\t\f]/g;
const BLOCK_MARK = '\0';
const BLOCK_MARKS = /\0/g;

/**
 * Reads the text under `root` in document order, a bounded number of nodes at a time. Uses a
 * plain SHOW_TEXT walker, like the cheapest possible pass, and per-element facts from a cache
 * instead of a filter callback per node.
 */
export class TextCollector {
  readonly segments: TextSegment[] = [];
  /** Offsets of the '\n' inserted between blocks, ascending. */
  readonly breaks: number[] = [];
  private readonly parts: string[] = [];
  private readonly partStarts: number[] = [];
  private readonly walker: TreeWalker;
  private previousBlock: Node | null = null;
  private lastParent: Node | null = null;
  private lastInfo: ElementInfo | undefined;
  private length = 0;
  private finished = false;
  private begun = false;

  /**
   * Reads the text nodes under `root`, or only those from `bounds.first` to `bounds.last` (both
   * under `root`, in document order; page-gate.ts's pieces).
   */
  constructor(
    readonly root: Node,
    private readonly facts = new ElementFacts(),
    private readonly bounds?: { first: Text; last: Text },
  ) {
    const doc = documentOf(root) ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** Whether every node under the root has been read. */
  get complete(): boolean {
    return this.finished;
  }

  /** The length of the text read so far. */
  get textLength(): number {
    return this.length;
  }

  /** Reads up to `maxNodes` more text nodes; returns false once the walk is complete. */
  step(maxNodes: number): boolean {
    if (this.finished) return false;
    const { walker } = this;
    // A text node as the root has no descendants: the walker would never return the root itself.
    if (nodeTypeOf(this.root) === Node.TEXT_NODE) {
      this.read(this.root as Text);
      this.finished = true;
      return false;
    }
    for (let n = 0; n < maxNodes; n++) {
      const node = this.nextNode(walker);
      if (!node) {
        this.finished = true;
        return false;
      }
      this.read(node);
      if (node === this.bounds?.last) {
        this.finished = true;
        return false;
      }
    }
    return true;
  }

  private nextNode(walker: TreeWalker): Text | null {
    const first = this.bounds?.first;
    if (first && !this.begun) {
      this.begun = true;
      walker.currentNode = first;
      return first;
    }
    return walker.nextNode() as Text | null;
  }

  private read(text: Text): void {
    const parent = text.parentNode;
    if (!parent) return;
    // Text around comments, images or line breaks shares its parent: skip the look-up then.
    const info =
      parent === this.lastParent ? (this.lastInfo as ElementInfo) : this.facts.of(parent);
    this.lastParent = parent;
    this.lastInfo = info;
    if (info.skip) return;
    if (this.previousBlock !== null && info.block !== this.previousBlock) {
      this.breaks.push(this.length);
      this.push(BLOCK_MARK);
    }
    this.previousBlock = info.block;
    const data = text.data;
    this.segments.push({ node: text, start: this.length, data, taken: info.taken });
    this.push(data);
  }

  private push(part: string): void {
    this.parts.push(part);
    this.partStarts.push(this.length);
    this.length += part.length;
  }

  /** The joined text between two offsets (the whole text read so far by default). */
  textBetween(from = 0, to = this.length): string {
    if (from >= to) return '';
    const first = Math.max(0, partitionPoint(this.partStarts, (start) => start <= from) - 1);
    const last = partitionPoint(this.partStarts, (start) => start <= to - 1);
    const joined = this.parts.slice(first, last).join('');
    const offset = this.partStarts[first] ?? 0;
    return joined
      .slice(from - offset, to - offset)
      .replace(LINE_BREAKS, ' ')
      .replace(BLOCK_MARKS, '\n');
  }

  /** The text and segments read so far. */
  get page(): PageText {
    return { text: this.textBetween(), segments: this.segments };
  }
}

/** Collects the text of `root` in document order, skipping code, form fields and our own UI. */
export function collectPageText(root: Node): PageText {
  const collector = new TextCollector(root);
  while (collector.step(Number.POSITIVE_INFINITY));
  return collector.page;
}

/** The segment holding `offset` (binary search), or undefined when it falls between blocks. */
export function segmentAt(segments: TextSegment[], offset: number): TextSegment | undefined {
  // Segments follow each other without overlapping: the one holding `offset`, if any, is the
  // last that starts at or before it.
  const segment = segments[partitionPoint(segments, (s) => s.start <= offset) - 1];
  return segment && offset < segment.start + segment.data.length ? segment : undefined;
}
