// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectFigures } from '../detect';
import { scanNow } from './scan-job';
import { WrapQueue } from './wrap-queue';

const spent = { timeRemaining: () => 0 };
const plenty = { timeRemaining: () => 1_000 };
const figures = () =>
  [...document.querySelectorAll('[data-crosscount="figure"]')].map((f) => f.textContent);

/** Queues the figures found in `html`, put in the body, with ids in document order. */
function queued(html: string): WrapQueue {
  document.body.innerHTML = html;
  const found = scanNow([document.body], detectFigures, { pageDate: '2022-04-19', lang: 'en' });
  const queue = new WrapQueue(window);
  queue.add(found.map((item, id) => ({ ...item, id })));
  return queue;
}

describe('WrapQueue', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('wraps figures that fit in one batch in document order, without reading the layout', () => {
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const queue = queued(
      '<p>Russia had lost 790 tanks, Ukraine said.</p><p>It also lost 147 helicopters.</p>',
    );
    expect(queue.wrapBatch(plenty).map((w) => w.id)).toEqual([0, 1]);
    expect(figures()).toEqual(['790 tanks', '147 helicopters']);
    // Right after parsing, a read of where they are forces the page's first layout.
    expect(measure).not.toHaveBeenCalled();
  });

  it('wraps the figures on screen first once they take more than one batch', () => {
    const queue = queued(
      '<p id="below">Russia had lost 790 tanks and 147 helicopters, Ukraine said.</p>' +
        '<p id="on-screen">It also lost 2,041 armoured vehicles.</p>',
    );
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const top = this.closest('#below') ? 5_000 : 100;
      return { top, bottom: top + 20 } as DOMRect;
    });
    expect(queue.wrapBatch(spent).map((w) => w.id)).toEqual([0]);
    // The slice ran out with figures left: the next batch looks where they are.
    expect(queue.wrapBatch(spent).map((w) => w.id)).toEqual([2]);
    expect(queue.wrapBatch(spent).map((w) => w.id)).toEqual([1]);
    expect(figures()).toEqual(['790 tanks', '147 helicopters', '2,041 armoured vehicles']);
  });

  it('wraps one figure per batch even when finding where they are took the whole slice', () => {
    document.body.innerHTML =
      '<p>Russian losses included 790 tanks and 147 helicopters, according to Ukraine.</p>';
    const found = scanNow([document.body], detectFigures, { pageDate: '2022-04-19', lang: 'en' });
    const queue = new WrapQueue(window);
    queue.add(found.map((item, id) => ({ ...item, id })));
    expect(queue.wrapBatch(spent).map((w) => w.id)).toEqual([0]);
    expect(figures()).toEqual(['790 tanks']);
    expect(queue.wrapBatch(spent).map((w) => w.id)).toEqual([1]);
    expect(queue.wrapBatch(spent)).toEqual([]);
    expect(figures()).toEqual(['790 tanks', '147 helicopters']);
    expect(document.body.textContent).toBe(
      'Russian losses included 790 tanks and 147 helicopters, according to Ukraine.',
    );
  });
});
