// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageObserver } from './page-observer';

/** Lets the MutationObserver deliver its records. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let controller: AbortController;
let onChange: ReturnType<typeof vi.fn<() => void>>;
let observer: PageObserver;

function html(selector: string): HTMLElement {
  return document.querySelector(selector) as HTMLElement;
}

beforeEach(() => {
  document.body.innerHTML =
    '<main id="blog"><article id="first"><p id="lead">Russia lost <b>790</b> tanks.</p></article></main>' +
    '<textarea id="notes"></textarea><div id="editor" contenteditable="true"><p>draft</p></div>' +
    '<div data-crosscount="tooltip" id="tooltip"></div>';
  controller = new AbortController();
  onChange = vi.fn<() => void>();
  observer = new PageObserver(document.body, onChange, controller.signal, {
    maxRoots: 5,
    maxAddedNodes: 50,
  });
});

afterEach(() => controller.abort());

describe('PageObserver', () => {
  it('asks to scan an added block on its own', async () => {
    const update = document.createElement('article');
    update.innerHTML = '<p>Another 3,285 were wounded.</p>';
    html('#blog').prepend(update);
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(observer.take()).toEqual({ kind: 'roots', roots: [update] });
    expect(observer.take()).toBeNull();
  });

  it('reads added inline content and changed text with the rest of their paragraph', async () => {
    html('#lead').append(
      ' And ',
      Object.assign(document.createElement('i'), { textContent: '167' }),
    );
    await flush();
    expect(observer.take()).toEqual({ kind: 'roots', roots: [html('#lead')] });
    (html('#lead b').firstChild as Text).data = '791';
    await flush();
    expect(observer.take()).toEqual({ kind: 'roots', roots: [html('#lead')] });
  });

  it('coalesces a storm of changes into the outermost subtrees, reported once', async () => {
    const update = document.createElement('article');
    html('#blog').append(update);
    for (let i = 0; i < 10; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Update ${i}: 10 tanks.`;
      update.append(paragraph);
    }
    (html('#lead b').firstChild as Text).data = '792';
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(observer.take()).toEqual({ kind: 'roots', roots: [update, html('#lead')] });
  });

  it('leaves out form fields, editable content, our own UI and what left the page again', async () => {
    html('#notes').append('12 tanks');
    html('#editor p')?.append(' 13 tanks');
    html('#tooltip').append(document.createElement('div'));
    const gone = document.createElement('p');
    html('#blog').append(gone);
    gone.remove();
    await flush();
    expect(observer.take()).toBeNull();
  });

  it('never reports our own highlights', async () => {
    const text = html('#lead').firstChild as Text;
    const rest = text.splitText(5);
    const span = document.createElement('span');
    span.setAttribute('data-crosscount', 'figure');
    rest.before(span);
    observer.ignoreOwnChanges();
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(observer.take()).toBeNull();
  });

  it('turns a replacement of the page into one full rescan', async () => {
    for (let i = 0; i < 6; i++) html('#blog').append(document.createElement('section'));
    await flush();
    expect(observer.take()).toEqual({ kind: 'all' });

    html('#blog').innerHTML = '<p>x</p>'.repeat(60);
    await flush();
    expect(observer.take()).toEqual({ kind: 'all' });
  });

  it('stops watching when its signal aborts', async () => {
    controller.abort();
    html('#blog').append(document.createElement('p'));
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(observer.take()).toBeNull();
  });
});
