// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { detectFigures } from '../detect';
import { mayHoldFiguresUnder, piecesToRead } from './page-gate';
import { corpusPages } from './testing/corpus-pages';
import { collectPageText } from './text-walker';

/*
 * The page-wide gate's promise: wherever the page shell's own reading of a page gives the
 * detector a figure, the cheap look at the raw text nodes says "may hold". Held on the corpus's
 * texts laid out as pages whose blocks touch with no space between them, whose words are cut
 * across inline elements, with buttons and scripts among them.
 */

const PAGES = corpusPages();

/** Lays `text` out as paragraphs, each cut into nodes at `cuts` (fractions of its length). */
function layOut(text: string, cuts: number[], extra: 'none' | 'button' | 'script'): void {
  const doc = document;
  doc.body.replaceChildren();
  for (const block of text.split('\n')) {
    const p = doc.createElement('p');
    let from = 0;
    for (const cut of [...cuts.map((c) => Math.floor(c * block.length)), block.length].sort(
      (a, b) => a - b,
    )) {
      if (cut <= from) continue;
      const span = doc.createElement(from === 0 ? 'b' : 'span');
      span.textContent = block.slice(from, cut);
      p.append(span);
      if (extra !== 'none' && from === 0) {
        const inserted = doc.createElement(extra);
        inserted.textContent = extra === 'button' ? 'Share' : 'var soldiers = 40000;';
        p.append(inserted);
      }
      from = cut;
    }
    doc.body.append(p);
  }
}

/** Whether the page shell's reading of the body finds figures that the page gate turns away. */
function dropsFigures(lang: string | undefined, pageDate: string): boolean {
  const found = detectFigures(collectPageText(document.body).text, { pageDate, lang });
  return found.length > 0 && !mayHoldFiguresUnder(document.body);
}

describe('page gate', () => {
  it('says "may hold" for every corpus text laid out as a page, blocks touching', () => {
    const misses = PAGES.filter((page) => {
      layOut(page.text, [], 'none');
      return dropsFigures(page.options.lang, page.options.pageDate);
    }).map((page) => page.name);
    expect(misses).toEqual([]);
  }, 120_000);

  it('turns away a page whose numbers stand far from every cue, and reads past skipped text', () => {
    document.body.innerHTML =
      '<p>The match ended 3–1 on 12 May.</p><p>Tickets cost $45 for 2 adults.</p>' +
      '<script>var tanks = 790;</script><p>No more.</p>';
    expect(mayHoldFiguresUnder(document.body)).toBe(false);
    // A cue at a block's start, right after a block ending in a letter: "Ukraine" + "tanks".
    document.body.innerHTML = '<p>Russia lost 790</p><p>tanks, said Ukraine</p>';
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    document.body.innerHTML = '<p>It said Ukraine</p><p>tanks: 790</p>';
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    document.body.innerHTML = '<p>Russia lost 790 <button>Share</button> tanks</p>';
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    // Cyrillic text is read whole, after an English place or without any.
    document.body.innerHTML = '<p>Втрати ворога: 790 танків</p>';
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    const prose = '<p>The council met on Tuesday to discuss the bus lines.</p>'.repeat(40);
    document.body.innerHTML = `<p>Russia lost 790 tanks.</p>${prose}<p>Втрати ворога: 790 танків</p>`;
    expect(piecesToRead(document.body)).toEqual([{ root: document.body }]);
  });

  describe('a long page dense with cues near numbers from its start', () => {
    const PROSE = '<p>The council met on Tuesday to discuss the bus lines and the parks.</p>';
    // A place every ~2,000 characters: the pieces around them cover all of it.
    const dense = `<p>Russia lost 790 tanks, Ukraine said.</p>${PROSE.repeat(30)}`.repeat(100);
    // Read to its end, the gate would find this last: a page with Ukrainian is read whole.
    const page = `${dense}<p>Втрати ворога: 790 танків</p>`;

    it('is read whole, without the rest of the pass, once a look finds a figure', () => {
      document.body.innerHTML = page;
      const looks: string[] = [];
      const pieces = piecesToRead(document.body, (place) => {
        looks.push(place.first.data);
        return true;
      });
      expect(pieces).toEqual([{ root: document.body, dense: true }]);
      expect(looks).toEqual(['Russia lost 790 tanks, Ukraine said.']);
      expect(piecesToRead(document.body)).toEqual([{ root: document.body }]);
    });

    it('is gated to its end when no look at its first places finds one', () => {
      document.body.innerHTML = dense;
      let looks = 0;
      const pieces = piecesToRead(document.body, () => {
        looks += 1;
        return false;
      });
      expect(looks).toBe(8);
      expect(pieces).toEqual(piecesToRead(document.body));
      expect(pieces).toEqual([expect.objectContaining({ root: document.body, dense: true })]);
      expect(pieces[0]?.probes).toHaveLength(100);
    });

    it('is never looked at when short', () => {
      document.body.innerHTML = dense.slice(0, dense.length / 4);
      const look = vi.fn(() => true);
      expect(piecesToRead(document.body, look)).toEqual(piecesToRead(document.body));
      expect(look).not.toHaveBeenCalled();
    });
  });

  it('jumps over every kind of skipped element, nested in each other or not', () => {
    const long = (word: string) => `${word} `.repeat(300);
    // The page shell reads "Totals: 790 tanks" here: each skipped element's text is far longer
    // than the reach between a cue and its number, so the gate must leave all of it out too.
    const between =
      `<button><svg><text>${long('a')}</text></svg>Share</button>` +
      `<select><option>${long('b')}</option><option>c</option></select>` +
      `<script>${long('d')}</script><math><mi>${long('e')}</mi></math>` +
      `<object><button>Share</button><p>${long('f')}</p></object><textarea>${long('g')}</textarea>`;
    const alone =
      `<svg><text>${long('i')}</text></svg><button>${long('j')}</button>` +
      `<object>${long('k')}</object><option>${long('l')}</option>`;
    document.body.innerHTML = `<p>Intro</p><p>Totals: 790 ${between} tanks</p>`;
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    // After the nested ones, alone: found only if the walk still knows where each kind is.
    document.body.innerHTML = `<p>${between}</p><p>Totals: 167 ${alone} tanks</p>`;
    expect(mayHoldFiguresUnder(document.body)).toBe(true);
    // And what the page shell never reads is never a reason to read.
    document.body.innerHTML = `<p>Weather</p><button><svg><text>790 tanks</text></svg></button>
      <select><option>Russia lost 790 tanks</option></select><p>Sunny, 24 degrees</p>`;
    expect(mayHoldFiguresUnder(document.body)).toBe(false);
  });

  it('never drops a figure when words are cut across inline elements, buttons and scripts', () => {
    const withFigures = PAGES.filter((page) => page.text.length < 2_000).slice(0, 400);
    fc.assert(
      fc.property(
        fc.constantFrom(...withFigures),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        fc.constantFrom<'none' | 'button' | 'script'>('none', 'button', 'script'),
        (page, cuts, extra) => {
          layOut(page.text, cuts, extra);
          expect(dropsFigures(page.options.lang, page.options.pageDate)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  }, 120_000);
});
