/**
 * DOM reads that a page can neither clobber nor turn into a layout. Two things go wrong with a
 * plain `element.tagName` on someone else's page, in the content script's isolated world too:
 * - **Clobbering.** A form's named controls are properties of the form (`<input name=
 *   "hasAttributes">` makes `form.hasAttributes` that input), and named images, forms and embeds
 *   are properties of the document (`<img name="body">` makes `document.body` that image). A walk
 *   that calls them throws, or reads the wrong element.
 * - **Plugin elements.** Reading any property of an `<object>` or `<embed>` makes Chromium look
 *   for a plugin property first, which lays the page out at once: 70–130 ms on a news page just
 *   changed (measured on a real page, issue 16), for a walk that never needed a layout.
 * Calling the browser's own getters and methods from the prototypes (resolved once, in this
 * world, where the page's scripts cannot reach them) asks the node itself and nothing else.
 */

type Getter<T, R> = (this: T) => R;

function getterOf<T, R>(proto: object, name: string): Getter<T, R> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const get = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (get) return get as Getter<T, R>;
  }
  // A DOM without this accessor (a test DOM's designMode is a plain field): read it plainly.
  return function plain(this: T) {
    return (this as Record<string, R>)[name] as R;
  };
}

interface Reads {
  parentNode: Getter<Node, Node | null>;
  lastChild: Getter<Node, Node | null>;
  nodeType: Getter<Node, number>;
  isConnected: Getter<Node, boolean>;
  ownerDocument: Getter<Node, Document | null>;
  tagName: Getter<Element, string>;
  body: Getter<Document, HTMLElement | null>;
  documentElement: Getter<Document, Element | null>;
  designMode: Getter<Document, string>;
  contains: (this: Node, other: Node | null) => boolean;
  hasAttributes: (this: Element) => boolean;
  getAttribute: (this: Element, name: string) => string | null;
  hasAttribute: (this: Element, name: string) => boolean;
  closest: (this: Element, selectors: string) => Element | null;
  querySelectorAll: Map<number, (this: Node, selectors: string) => NodeListOf<Element>>;
}

let reads: Reads | undefined;

/** Resolved on first use: the modules that import this also load where there is no DOM. */
function dom(): Reads {
  if (reads) return reads;
  const { Node: NodeClass, Element: ElementClass, Document: DocumentClass } = globalThis;
  reads = {
    parentNode: getterOf(NodeClass.prototype, 'parentNode'),
    lastChild: getterOf(NodeClass.prototype, 'lastChild'),
    nodeType: getterOf(NodeClass.prototype, 'nodeType'),
    isConnected: getterOf(NodeClass.prototype, 'isConnected'),
    ownerDocument: getterOf(NodeClass.prototype, 'ownerDocument'),
    tagName: getterOf(ElementClass.prototype, 'tagName'),
    body: getterOf(DocumentClass.prototype, 'body'),
    documentElement: getterOf(DocumentClass.prototype, 'documentElement'),
    designMode: getterOf(DocumentClass.prototype, 'designMode'),
    contains: NodeClass.prototype.contains,
    hasAttributes: ElementClass.prototype.hasAttributes,
    getAttribute: ElementClass.prototype.getAttribute,
    hasAttribute: ElementClass.prototype.hasAttribute,
    closest: ElementClass.prototype.closest,
    querySelectorAll: new Map([
      [NodeClass.ELEMENT_NODE, ElementClass.prototype.querySelectorAll],
      [NodeClass.DOCUMENT_NODE, DocumentClass.prototype.querySelectorAll],
      [NodeClass.DOCUMENT_FRAGMENT_NODE, DocumentFragment.prototype.querySelectorAll],
    ] as [number, (this: Node, selectors: string) => NodeListOf<Element>][]),
  };
  return reads;
}

export const parentOf = (node: Node): Node | null => dom().parentNode.call(node);
export const lastChildOf = (node: Node): Node | null => dom().lastChild.call(node);
export const nodeTypeOf = (node: Node): number => dom().nodeType.call(node);
export const isConnectedNode = (node: Node): boolean => dom().isConnected.call(node);
export const documentOf = (node: Node): Document | null => dom().ownerDocument.call(node);
export const tagOf = (element: Element): string => dom().tagName.call(element);
export const bodyOf = (doc: Document): HTMLElement | null => dom().body.call(doc);
export const rootElementOf = (doc: Document): Element | null => dom().documentElement.call(doc);
export const designModeOf = (doc: Document): string => dom().designMode.call(doc);
export const hasAttributesOf = (element: Element): boolean => dom().hasAttributes.call(element);
export const attributeOf = (element: Element, name: string): string | null =>
  dom().getAttribute.call(element, name);
export const hasAttributeOn = (element: Element, name: string): boolean =>
  dom().hasAttribute.call(element, name);
/** The elements under `node` that match (none under a text node or a comment). */
export function elementsIn(node: Node, selectors: string): ArrayLike<Element> & Iterable<Element> {
  const query = dom().querySelectorAll.get(nodeTypeOf(node));
  return query ? query.call(node, selectors) : [];
}
/** Whether `node` is `other` or holds it (Node.contains). */
export const holds = (node: Node, other: Node | null): boolean => dom().contains.call(node, other);
/** The nearest element at or above an event's target that matches, or null (Element.closest). */
export const closestTo = (target: EventTarget | null, selectors: string): Element | null =>
  target instanceof Element ? dom().closest.call(target, selectors) : null;
