// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import { scanNow } from './scan-job';
import { WrapQueue } from './wrap-queue';

const spent = { timeRemaining: () => 0 };
const figures = () =>
  [...document.querySelectorAll('[data-crosscount="figure"]')].map((f) => f.textContent);

describe('WrapQueue', () => {
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
