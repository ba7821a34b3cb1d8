import { wordTable } from '../core/word-table';

/**
 * HTML character references. The common named ones are listed; numeric ones are decoded in full.
 * A page's rare named entities (there are over 2,000) only matter to detection when they sit
 * inside a number or a loss phrase, and these do not.
 */
const NAMED: Record<string, string> = wordTable({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
});

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));?/g;

/** Decodes character references; unknown named references are left as they are. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return (name && NAMED[name]) ?? (name && NAMED[name.toLowerCase()]) ?? whole;
  });
}
