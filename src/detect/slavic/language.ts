/**
 * The language of each block of a page. The page's `lang` says what most of it is written in,
 * but pages mix languages: an English page quotes a Ukrainian post, a Ukrainian page quotes a
 * Russian briefing. Each block ('\n'-separated, as the content script joins them) is judged by
 * its script and, for Cyrillic, by the letters only one of the two languages has.
 */

const LETTER = /\p{L}/u;
/** і ї є ґ (and capitals): Ukrainian only. */
const UKRAINIAN_ONLY = [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490];
/** ы э ъ ё (and capitals): Russian only. */
const RUSSIAN_ONLY = [0x44b, 0x44d, 0x44a, 0x451, 0x42b, 0x42d, 0x42a, 0x401];
/**
 * Which language each letter of the Cyrillic block U+0400–U+04FF is proper to (1 Ukrainian, 2
 * Russian, 0 either): every Cyrillic character of a page is looked up here, an index being
 * cheaper than a set.
 */
const ONLY_IN = new Uint8Array(0x100);
for (const code of UKRAINIAN_ONLY) ONLY_IN[code - 0x400] = 1;
for (const code of RUSSIAN_ONLY) ONLY_IN[code - 0x400] = 2;

export type BlockLanguage = 'en' | 'uk' | 'ru';

export interface Block {
  start: number;
  end: number;
  lang: BlockLanguage;
}

/** The primary language of a BCP 47 tag: one we read, 'other', or undefined for no tag. */
export function readableLanguage(tag: string | undefined): BlockLanguage | 'other' | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  // Not a language tag at all (a page may put anything there): read the page as if it had none.
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return undefined;
  if (primary === 'en' || primary === 'uk' || primary === 'ru') return primary;
  return 'other';
}

/**
 * The Cyrillic blocks of `text` with their language. Latin blocks are left to the English
 * detector. A Cyrillic block whose letters don't tell ("ББМ ‒ 2041") takes the language of the
 * block just before it, else `pageLang` (the page's `lang`), else Ukrainian.
 */
export function cyrillicBlocks(text: string, pageLang: BlockLanguage | undefined): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  // The next Cyrillic letter: the lines before it are Latin, and none of their letters is counted.
  let cyrillicAt = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const last = blocks.at(-1);
    const adjacent = last && last.end + 1 === start ? last.lang : undefined;
    // A line without letters (the blank lines between a page's blocks, "—", "* * *") belongs
    // to the block around it: a list's lines stay with their header.
    if (last && adjacent && !LETTER.test(text.slice(start, end))) {
      last.end = end;
      start = end + 1;
      continue;
    }
    if (cyrillicAt < start) {
      CYRILLIC_AT.lastIndex = start;
      cyrillicAt = CYRILLIC_AT.exec(text)?.index ?? text.length;
    }
    const lang = cyrillicAt < end && cyrillicLanguage(text, start, end, adjacent ?? pageLang);
    if (lang) {
      // Neighbouring blocks of one language are read together: a list continues its header.
      if (last && adjacent === lang) last.end = end;
      else blocks.push({ start, end, lang });
    }
    start = end + 1;
  }
  return blocks;
}

const CYRILLIC_AT = /[\u0400-\u04ff]/g;

/** 'uk' or 'ru' for a block mostly in Cyrillic, else undefined. */
function cyrillicLanguage(
  text: string,
  start: number,
  end: number,
  fallback: BlockLanguage | undefined,
) {
  let cyrillic = 0;
  let latin = 0;
  let uk = 0;
  let ru = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      const only = ONLY_IN[code - 0x400];
      if (only === 1) uk++;
      else if (only === 2) ru++;
    } else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++; // Latin letters, either case
  }
  // A bilingual line ("втрати … склали / The total combat losses …") is read as Cyrillic.
  if (cyrillic === 0 || cyrillic * 2 < latin) return undefined;
  if (uk > ru) return 'uk';
  if (ru > uk) return 'ru';
  return fallback === 'ru' ? 'ru' : 'uk';
}
