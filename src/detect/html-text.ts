import { decodeEntities } from './entities';

export { findPageDate, type PageDateSource } from './html-date';

/**
 * The text the content script would read from an HTML page, for the `scan` CLI, so that its
 * offsets are the extension's offsets. The content script (src/page/text-walker.ts) walks the
 * body's text nodes in order, skips some elements, replaces \n \r \t \f inside a text node with
 * spaces (nothing is collapsed or trimmed), and puts one '\n' between two text nodes whose
 * nearest block ancestors differ. This module builds just enough of the element tree to know
 * each text node's nearest block: an open-element stack with the parser's common implied end
 * tags (p, li, dt/dd, table cells, headings, options). Known differences from a browser:
 * - no adoption agency for misnested inline tags and no foster parenting of text that stands
 *   directly in a table: the text is the same, a line break may land elsewhere;
 * - only the common named character references are decoded (entities.ts);
 * - an attribute value longer than 4,000 characters whose closing quote is missing ends where
 *   the regex gives up, not where a browser would (seen once, in a real page's ad markup);
 * - a page whose scripts build or change the body is read as its source says, and a page that
 *   switches on designMode is read like any other.
 * Like the content script, it does not skip elements hidden by CSS or `hidden`, and <br> starts
 * no new line (the walker only compares the blocks of text nodes, and <br> has none).
 * scripts/scan.test.ts checks it against the walker run on happy-dom's parse of real pages.
 */

// The walker's block and skipped elements (text-walker.ts), in lower case.
const BLOCKS = new Set(
  (
    'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul'
  ).split(' '),
);
const SKIPPED = new Set(
  (
    'script style noscript template textarea input select option button iframe object canvas ' +
    'svg math'
  ).split(' '),
);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(
  'script style xmp iframe noembed noframes noscript textarea title plaintext'.split(' '),
);
/** Raw text elements whose references are decoded (RCDATA). */
const RCDATA = new Set(['textarea', 'title']);
const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr'.split(' '),
);
/** Start tags that close an open <p> (the HTML parser's "close a p element"). */
const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section ' +
    'summary table ul li dd dt'
  ).split(' '),
);
/** Elements that stop the search for an element to close implicitly. */
const SCOPES = new Set('table td th caption object template html button applet marquee'.split(' '));

// A start tag: name, then attributes, where a quote opens a value only after '=' (as in the
// HTML tokenizer) and a quoted value may hold '>'. Each step is atomic ((?=(…))\3), so a tag
// without an end never backtracks, and quoted values are bounded, so an unterminated quote costs
// a bounded look-ahead, not a scan to the end of the page.
const START_TAG_RE =
  /<(?=([a-zA-Z][^\s/>]*))\1((?:(?=([^>="']+|=\s*"[^"]{0,4000}"|=\s*'[^']{0,4000}'|["'=]))\3)*)>/y;
const END_TAG_RE = /<\/(?=([a-zA-Z][^\s/>]*))\1(?=([^>]*))\2>/y;

const ATTRIBUTE_RE = (name: string) =>
  new RegExp(
    `(?:^|\\s)${name}(?=[\\s=/]|$)(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`,
    'i',
  );
const EDITABLE_RE = ATTRIBUTE_RE('contenteditable');
const OURS_RE = ATTRIBUTE_RE('data-crosscount');

/** The value of an attribute in a start tag's attribute text: '' when bare, null when absent. */
function attribute(attrs: string, re: RegExp): string | null {
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/**
 * Whether a start tag's attributes put its content out of the walker's reach: editable content
 * (contenteditable with any value but "false"), or our own UI (data-crosscount, except on a
 * highlight, whose text the walker still reads).
 */
function isWalledOff(attrs: string): boolean {
  if (!attrs) return false;
  const editable = attribute(attrs, EDITABLE_RE);
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const ours = attribute(attrs, OURS_RE);
  return ours !== null && ours !== 'figure' && ours !== 'figure-part';
}

interface Open {
  name: string;
  /** Id of the nearest block element at or above this one. */
  block: number;
  skip: boolean;
  /** Inside <svg> or <math>, where "<x/>" closes itself. */
  foreign: boolean;
}

/** The visible text of an HTML document as the content script reads it (see above). */
export function htmlToText(html: string): string {
  // The HTML parser turns CR LF and lone CR into LF before anything else.
  const source = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const tree = new TextTree();
  let pos = bodyStart(source);
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const end = lt < 0 ? source.length : lt;
    if (end > pos) tree.text(decodeEntities(source.slice(pos, end)));
    if (lt < 0) break;
    pos = markup(source, lt, tree);
  }
  return tree.result();
}

/** Where the body's content starts: after <body>, else after </head>, else at the start. */
function bodyStart(html: string): number {
  const body = /<body\b(?:[^>"']|"[^"]*"|'[^']*')*>/i.exec(html);
  if (body) return body.index + body[0].length;
  const head = /<\/head\s*>/i.exec(html);
  return head ? head.index + head[0].length : 0;
}

/** Consumes the markup at `lt` (a tag, comment or declaration); returns the offset after it. */
function markup(html: string, lt: number, tree: TextTree): number {
  const next = html[lt + 1] ?? '';
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (next === '!' || next === '?') {
    const end = html.indexOf('>', lt);
    return end < 0 ? html.length : end + 1;
  }
  if (next === '/') return endTag(html, lt, tree);
  START_TAG_RE.lastIndex = lt;
  const m = /[a-zA-Z]/.test(next) ? START_TAG_RE.exec(html) : null;
  if (!m) {
    // "3 < 5" in text, or a tag the regex gave up on: '<' is text, or skip to the next '>'.
    if (!/[a-zA-Z]/.test(next)) {
      tree.text('<');
      return lt + 1;
    }
    const gt = html.indexOf('>', lt);
    return gt < 0 ? html.length : gt + 1;
  }
  const name = (m[1] ?? '').toLowerCase();
  const attrs = m[2] ?? '';
  const after = lt + m[0].length;
  if (RAW_TEXT.has(name) && !tree.inForeign()) return rawText(html, name, attrs, after, tree);
  tree.open(name, attrs, attrs.trimEnd().endsWith('/'));
  // The parser drops a newline right after <pre> or <listing>.
  return (name === 'pre' || name === 'listing') && html[after] === '\n' ? after + 1 : after;
}

function endTag(html: string, lt: number, tree: TextTree): number {
  END_TAG_RE.lastIndex = lt;
  const m = END_TAG_RE.exec(html);
  if (!m) {
    const end = html.indexOf('>', lt);
    return end < 0 ? html.length : end + 1;
  }
  tree.close((m[1] ?? '').toLowerCase());
  return lt + m[0].length;
}

/** A raw text element: its content is one text node, kept or skipped like its element. */
function rawText(html: string, name: string, attrs: string, from: number, tree: TextTree): number {
  const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
  closer.lastIndex = from;
  const m = name === 'plaintext' ? null : closer.exec(html);
  const end = m ? m.index : html.length;
  const content = html.slice(from, end);
  tree.open(name, attrs, false);
  if (content) tree.text(RCDATA.has(name) ? decodeEntities(content) : content);
  tree.close(name);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}

/** The open-element stack and the text collected so far. */
class TextTree {
  private readonly stack: Open[] = [{ name: 'body', block: 0, skip: false, foreign: false }];
  private readonly counts = new Map<string, number>();
  private readonly parts: string[] = [];
  private nextBlock = 1;
  private lastBlock: number | null = null;

  private get top(): Open {
    return this.stack[this.stack.length - 1] as Open;
  }

  inForeign(): boolean {
    return this.top.foreign;
  }

  text(data: string): void {
    const top = this.top;
    if (top.skip || data.length === 0) return;
    if (this.lastBlock !== null && top.block !== this.lastBlock) this.parts.push('\n');
    this.lastBlock = top.block;
    this.parts.push(data.replace(/[\n\r\t\f]/g, ' '));
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (!this.top.foreign) this.closeImplied(name);
    const top = this.top;
    if (VOID.has(name) || (top.foreign && selfClosing)) return;
    const skip = top.skip || SKIPPED.has(name) || isWalledOff(attrs);
    const block = BLOCKS.has(name) ? this.nextBlock++ : top.block;
    const foreign = top.foreign || name === 'svg' || name === 'math';
    this.stack.push({ name, block, skip, foreign });
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  close(name: string): void {
    if (name === 'body' || name === 'html' || !this.counts.get(name)) return;
    this.popTo(name);
  }

  result(): string {
    return this.parts.join('');
  }

  /** The end tags the HTML parser implies before a start tag. */
  private closeImplied(name: string): void {
    if (CLOSES_P.has(name)) this.closeInScope(['p'], []);
    if (name === 'li') this.closeInScope(['li'], ['ul', 'ol']);
    else if (name === 'dd' || name === 'dt') this.closeInScope(['dd', 'dt'], ['dl']);
    else if (/^(?:tr|td|th|tbody|thead|tfoot)$/.test(name)) {
      // A new row or cell ends the open cell; a new row or section ends the row, and so on.
      this.closeInScope(['td', 'th'], ['tr', 'table']);
      if (!/^t[dh]$/.test(name)) this.closeInScope(['tr'], ['tbody', 'thead', 'tfoot', 'table']);
      if (!/^t[rdh]$/.test(name)) this.closeInScope(['tbody', 'thead', 'tfoot'], ['table']);
    } else if (name === 'option' && this.top.name === 'option') this.popTo('option');
    else if (/^h[1-6]$/.test(name) && /^h[1-6]$/.test(this.top.name)) this.popTo(this.top.name);
  }

  /** Closes the nearest open element named in `names`, unless a boundary comes first. */
  private closeInScope(names: string[], boundaries: string[]): void {
    if (!names.some((n) => this.counts.get(n))) return;
    for (let i = this.stack.length - 1; i > 0; i--) {
      const open = this.stack[i]?.name ?? '';
      if (names.includes(open)) {
        this.popTo(open);
        return;
      }
      if (boundaries.includes(open) || SCOPES.has(open)) return;
    }
  }

  private popTo(name: string): void {
    while (this.stack.length > 1) {
      const open = this.stack.pop() as Open;
      this.counts.set(open.name, (this.counts.get(open.name) ?? 1) - 1);
      if (open.name === name) return;
    }
  }
}
