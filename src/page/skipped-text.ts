import { elementsIn, holds, lastChildOf } from './dom-reads';
import { SKIPPED_TAG_NAMES } from './text-walker';

/**
 * The text of the elements the page shell never reads (script, style, form fields, SVG…), found
 * natively, for the page gate's walk (page-gate.ts) to jump over: the walk then compares each
 * text node with a few others instead of asking each one for its parent.
 *
 * Each tag is looked up on its own. One query for all fourteen tags costs Chromium two to three
 * bare walks of the page (every element is matched against every tag); fourteen single-tag
 * queries cost a fraction of one (measured on the bench's real pages, issue 16). Their answers
 * are not merged into one document order, which would take a comparison of positions per pair:
 * the walk keeps one cursor per tag instead.
 */

interface Skipped {
  element: Element;
  /** The first text node inside the element. */
  first: Node;
  /** The first text node after it, or null when none follows. */
  after: Node | null;
}

export class SkippedText {
  /** Per tag, its outermost elements that hold text, in document order. */
  private readonly lists: Skipped[][] = [];
  /** Per tag, the next element the walk has not reached or passed. */
  private readonly next: number[] = [];
  /**
   * Every element's first text node: asked first for each node of the walk, far cheaper than
   * looking at every tag's next element (most nodes are none of them).
   */
  private readonly firsts = new Set<Node>();

  constructor(root: Node, doc: Document) {
    const finder = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (const tag of SKIPPED_TAG_NAMES) {
      const list: Skipped[] = [];
      for (const element of elementsIn(root, tag)) {
        // Most are empty (inputs, icons' iframes): nothing inside to jump over.
        if (lastChildOf(element) === null) continue;
        const previous = list.at(-1);
        if (previous && holds(previous.element, element)) continue;
        finder.currentNode = element;
        const first = finder.nextNode();
        if (!first || !holds(element, first)) continue;
        let last: Node = element;
        for (let child = lastChildOf(last); child; child = lastChildOf(last)) last = child;
        finder.currentNode = last;
        list.push({ element, first, after: finder.nextNode() });
        this.firsts.add(first);
      }
      if (list.length > 0) {
        this.lists.push(list);
        this.next.push(0);
      }
    }
  }

  /**
   * Where the walk goes on when it reaches the text node `node`: undefined when `node` is read;
   * else, `node` being the first text of a skipped element, the first text node after that
   * element (null when none follows). Called for every text node in document order.
   */
  after(node: Node): Node | null | undefined {
    if (!this.firsts.has(node)) return undefined;
    const { lists, next } = this;
    let hit: Skipped | undefined;
    for (let i = 0; i < lists.length; i++) {
      const skipped = (lists[i] as Skipped[])[next[i] as number];
      // Two tags' elements start with the same text when one holds the other: the outer wins.
      if (skipped?.first === node && (!hit || holds(skipped.element, hit.element))) hit = skipped;
    }
    if (!hit) return undefined;
    // Every tag's elements inside the one skipped are passed with it.
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as Skipped[];
      let at = next[i] as number;
      while (at < list.length && holds(hit.element, (list[at] as Skipped).element)) at++;
      next[i] = at;
    }
    return hit.after;
  }
}
