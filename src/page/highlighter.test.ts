// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TANKS_QUERY } from '../claims/testing/comparisons';
import type { FigureMention } from '../detect/types';
import {
  type Highlight,
  SplitTable,
  unwrapHighlights,
  wrapMention,
  wrapMentions,
} from './highlighter';
import { collectPageText } from './text-walker';

function mentionOf(
  text: string,
  needle: string,
  extra: Partial<FigureMention> = {},
): FigureMention {
  const start = text.indexOf(needle);
  return {
    start,
    end: start + needle.length,
    text: needle,
    ...TANKS_QUERY,
    ...extra,
  };
}

describe('collectPageText', () => {
  it('joins blocks with a line break and skips scripts, form fields and editable areas', () => {
    document.body.innerHTML =
      '<h1>Title</h1><p>Russian losses included <i>790</i>\n tanks.</p>' +
      '<script>var x = "5 tanks"</script><textarea>6 tanks</textarea>' +
      '<div contenteditable="true">7 tanks</div><p>End</p>';
    const { text } = collectPageText(document.body);
    expect(text).toBe('Title\nRussian losses included 790  tanks.\nEnd');
  });
});

describe('wrapMentions / unwrapHighlights', () => {
  const html =
    '<p>Russian losses included 790 tanks, 2,041 armored combat vehicles and 167 aircraft.</p>' +
    '<p>Another <b>3,285</b> were wounded.</p>';

  it('wraps figures per the DOM contract without changing the text', () => {
    document.body.innerHTML = html;
    const before = document.body.textContent;
    const page = collectPageText(document.body);
    const highlights = wrapMentions(page, [
      mentionOf(page.text, '790 tanks'),
      mentionOf(page.text, '2,041 armored combat vehicles', {
        metric: 'armored_vehicles',
        value: 2041,
      }),
      mentionOf(page.text, '167 aircraft', { metric: 'aircraft', value: 167 }),
    ]);
    expect(highlights.map((h) => h.element.textContent)).toEqual([
      '790 tanks',
      '2,041 armored combat vehicles',
      '167 aircraft',
    ]);
    const first = document.querySelector('[data-crosscount="figure"]');
    expect(first?.getAttribute('data-metric')).toBe('tanks');
    expect(first?.getAttribute('data-side')).toBe('russia');
    expect(first?.getAttribute('data-value')).toBe('790');
    expect(first?.getAttribute('tabindex')).toBe('0');
    expect(document.body.textContent).toBe(before);
  });

  it('restores the original DOM exactly, node for node', () => {
    document.body.innerHTML = html;
    const paragraph = document.querySelector('p') as HTMLParagraphElement;
    const originalNode = paragraph.firstChild;
    const page = collectPageText(document.body);
    const highlights = wrapMentions(page, [
      mentionOf(page.text, '790 tanks'),
      mentionOf(page.text, '167 aircraft', { metric: 'aircraft', value: 167 }),
      mentionOf(page.text, '3,285', { metric: 'personnel_wounded', value: 3285 }),
    ]);
    expect(highlights).toHaveLength(3);
    unwrapHighlights(highlights);
    expect(document.body.innerHTML).toBe(html);
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.firstChild).toBe(originalNode);
  });

  it('wraps a figure that spans inline elements and restores it exactly', () => {
    const spanning =
      '<p>Russian losses included <b>790</b> tanks and 20,<span>600</span> troops killed.</p>';
    document.body.innerHTML = spanning;
    const page = collectPageText(document.body);
    const highlights = wrapMentions(page, [
      mentionOf(page.text, '790 tanks'),
      mentionOf(page.text, '20,600 troops killed', { metric: 'personnel_killed', value: 20600 }),
    ]);
    const figures = document.querySelectorAll('[data-crosscount="figure"]');
    expect([...figures].map((f) => f.textContent)).toEqual(['790', '20,']);
    expect(document.querySelectorAll('[data-crosscount="figure-part"]')).toHaveLength(3);
    expect(highlights.map((h) => h.pieces.map((p) => p.element.textContent).join(''))).toEqual([
      '790 tanks',
      '20,600 troops killed',
    ]);
    expect(document.body.textContent).toBe(
      'Russian losses included 790 tanks and 20,600 troops killed.',
    );
    unwrapHighlights(highlights);
    expect(document.body.innerHTML).toBe(spanning);
  });

  it('records a range as low and high', () => {
    document.body.innerHTML = '<p>NATO: 30,000 to 40,000 Russian casualties.</p>';
    const page = collectPageText(document.body);
    wrapMentions(page, [
      mentionOf(page.text, '30,000 to 40,000 Russian casualties', {
        value: null,
        low: 30000,
        high: 40000,
        metric: 'personnel_casualties',
      }),
    ]);
    const element = document.querySelector('[data-crosscount="figure"]');
    expect(element?.hasAttribute('data-value')).toBe(false);
    expect(element?.getAttribute('data-low')).toBe('30000');
    expect(element?.getAttribute('data-high')).toBe('40000');
  });
});

describe('wrapping in any order', () => {
  it('follows its own splits, and unwrapping restores every original node', () => {
    const html =
      '<p>Russian losses included 790 tanks, 2,041 armored combat vehicles, 167 aircraft and ' +
      '147 helicopters.</p>';
    document.body.innerHTML = html;
    const paragraph = document.querySelector('p') as HTMLParagraphElement;
    const originalNode = paragraph.firstChild;
    const page = collectPageText(document.body);
    const mentions = [
      '790 tanks',
      '2,041 armored combat vehicles',
      '167 aircraft',
      '147 helicopters',
    ].map((needle) => mentionOf(page.text, needle));
    const splits = new SplitTable();
    // The order the visible-first queue might take: middle, last, first, second.
    const highlights = [2, 3, 0, 1].map((i) =>
      wrapMention(page.segments, mentions[i] as FigureMention, i, splits),
    );
    expect(highlights.every((h) => h !== null)).toBe(true);
    expect(
      [...document.querySelectorAll('[data-crosscount="figure"]')].map((f) => f.textContent),
    ).toEqual(['790 tanks', '2,041 armored combat vehicles', '167 aircraft', '147 helicopters']);
    // Shuffled again: undo order is by when each piece was wrapped, not by the list.
    unwrapHighlights([highlights[1], highlights[3], highlights[0], highlights[2]] as Highlight[]);
    expect(document.body.innerHTML).toBe(html);
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.firstChild).toBe(originalNode);
  });

  it('skips a figure whose text the page changed since it was read, and one already highlighted', () => {
    document.body.innerHTML = '<p>Russia lost 790 tanks.</p><p>And 167 aircraft.</p>';
    const page = collectPageText(document.body);
    const tanks = mentionOf(page.text, '790 tanks');
    const aircraft = mentionOf(page.text, '167 aircraft', { metric: 'aircraft', value: 167 });
    (document.querySelector('p')?.firstChild as Text).data = 'Russia lost 791 tanks.';
    const splits = new SplitTable();
    expect(wrapMention(page.segments, tanks, 0, splits)).toBeNull();
    expect(wrapMention(page.segments, aircraft, 1, splits)).not.toBeNull();
    // Read again: the highlighted text is context now, never wrapped a second time.
    const again = collectPageText(document.body);
    expect(again.text).toBe('Russia lost 791 tanks.\nAnd 167 aircraft.');
    const second = mentionOf(again.text, '167 aircraft', { metric: 'aircraft', value: 167 });
    expect(wrapMention(again.segments, second, 2, new SplitTable())).toBeNull();
    expect(document.querySelectorAll('[data-crosscount="figure"]')).toHaveLength(1);
  });
});
