import { hasAttributeOn, holds, isConnectedNode, nodeTypeOf, parentOf } from './dom-reads';
import { ElementFacts, isBlockElement } from './text-walker';

/** What a batch of mutations asks to be scanned: a few subtrees, or the whole page again. */
export type ScanRequest = { kind: 'roots'; roots: Node[] } | { kind: 'all' };

/** Past these a batch is a replacement of the page, and one full rescan is cheaper. */
export interface RootLimits {
  maxRoots: number;
  maxAddedNodes: number;
}

export const DEFAULT_LIMITS: RootLimits = { maxRoots: 100, maxAddedNodes: 2_000 };

/**
 * The subtrees to scan after a batch of mutations, each as small as still gives the detector its
 * context: an added block is scanned alone, added inline content or changed text with the rest of
 * its paragraph. Subtrees inside other ones, outside `container`, inside code, form fields,
 * editable content or our own UI, and our own highlights are left out. Too many changes at once
 * ask for one full rescan instead.
 */
export function scanRequestOf(
  records: Iterable<MutationRecord>,
  container: Node,
  limits: RootLimits = DEFAULT_LIMITS,
): ScanRequest {
  const candidates = new Set<Node>();
  let added = 0;
  for (const record of records) {
    if (record.type === 'characterData') {
      candidates.add(record.target);
      continue;
    }
    for (const node of record.addedNodes) {
      added += 1;
      if (!isOurs(node)) candidates.add(node);
    }
    if (added > limits.maxAddedNodes) return { kind: 'all' };
  }
  const facts = new ElementFacts();
  const roots = new Set<Node>();
  for (const node of candidates) {
    const root = scanRootOf(node, container, facts);
    if (root === container) return { kind: 'all' };
    if (root) roots.add(root);
  }
  const outermost = [...roots].filter((root) => !hasAncestorIn(root, roots));
  return outermost.length > limits.maxRoots ? { kind: 'all' } : { kind: 'roots', roots: outermost };
}

/** Our highlights' own nodes: the spans, and the text nodes we split off around them. */
function isOurs(node: Node): boolean {
  const element = nodeTypeOf(node) === Node.ELEMENT_NODE ? node : parentOf(node);
  return (
    element !== null &&
    nodeTypeOf(element) === Node.ELEMENT_NODE &&
    hasAttributeOn(element as Element, 'data-crosscount')
  );
}

/** The subtree to rescan for a changed node, or null when nothing there is ours to read. */
function scanRootOf(node: Node, container: Node, facts: ElementFacts): Node | null {
  if (!isConnectedNode(node) || !holds(container, node)) return null;
  const parent = parentOf(node);
  if (!parent || facts.of(parent).skip) return null;
  const type = nodeTypeOf(node);
  if (type === Node.ELEMENT_NODE) {
    if (facts.of(node).skip) return null;
    if (isBlockElement(node as Element)) return node;
  } else if (type !== Node.TEXT_NODE) return null;
  // Inline content is read with its paragraph, unless that paragraph is the whole page.
  const block = facts.of(parent).block;
  return block === container || !holds(container, block) ? node : block;
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  for (let parent = parentOf(node); parent; parent = parentOf(parent)) {
    if (set.has(parent)) return true;
  }
  return false;
}
