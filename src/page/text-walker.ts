/**
 * One pass over the page's text nodes (GUIDE §6.6). The result is the page's text as the
 * detector sees it — each text node's characters, with '\n' between blocks — and the segment
 * table that maps an offset in that text back to a node.
 */
export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
}

export interface PageText {
  text: string;
  segments: TextSegment[];
}

// Never read (and so never touch) the contents of these: code, form fields, embedded documents.
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'svg',
  'SVG',
  'MATH',
]);

// Elements that start a new paragraph for the detector's sentence and context rules.
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE ' +
    'TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** Whether an element's subtree must never be scanned or changed. */
export function isSkippedElement(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName) ||
    element.hasAttribute('data-crosscount') ||
    (element as HTMLElement).isContentEditable === true
  );
}

/** Collects the text of `root` in document order, skipping code, form fields and our own UI. */
export function collectPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blockOf = new Map<Node, Node>();
  let length = 0;
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node as Text;
    const block = nearestBlock(text, blockOf);
    if (previousBlock !== null && block !== previousBlock) {
      parts.push('\n');
      length += 1;
    }
    previousBlock = block;
    // Source line breaks inside a text node are not paragraph breaks; same length keeps offsets.
    parts.push(text.data.replace(/[\n\r\t\f]/g, ' '));
    segments.push({ node: text, start: length });
    length += text.data.length;
  }
  return { text: parts.join(''), segments };
}

function nearestBlock(text: Text, cache: Map<Node, Node>): Node {
  const parent = text.parentNode;
  if (!parent) return text;
  const cached = cache.get(parent);
  if (cached) return cached;
  let block: Node = parent;
  for (let el: Node | null = parent; el; el = el.parentNode) {
    block = el;
    if (el.nodeType !== Node.ELEMENT_NODE || BLOCK_TAGS.has((el as Element).tagName)) break;
  }
  cache.set(parent, block);
  return block;
}

/** The segment holding `offset` (binary search), or undefined when it falls between blocks. */
export function segmentAt(segments: TextSegment[], offset: number): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid] as TextSegment;
    if (offset < segment.start) high = mid - 1;
    else if (offset >= segment.start + segment.node.data.length) low = mid + 1;
    else return segment;
  }
  return undefined;
}
