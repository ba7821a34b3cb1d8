// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from './location-watch';

afterEach(() => vi.useRealTimers());

describe('watchLocation', () => {
  it('reports a history-API navigation once, and not a forged event without a URL change', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    watchLocation(window, new AbortController().signal, {
      onChange,
      isOrphaned: () => false,
      onOrphaned: vi.fn(),
    });
    window.dispatchEvent(new CustomEvent('wxt:locationchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(3_000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '/story-2');
    vi.advanceTimersByTime(1_000);
    vi.advanceTimersByTime(3_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(expect.stringMatching(/\/story-2$/));
  });

  it('tells once when the extension is gone, and stops', () => {
    vi.useFakeTimers();
    let gone = false;
    const onOrphaned = vi.fn();
    watchLocation(window, new AbortController().signal, {
      onChange: vi.fn(),
      isOrphaned: () => gone,
      onOrphaned,
    });
    vi.advanceTimersByTime(2_000);
    gone = true;
    vi.advanceTimersByTime(5_000);
    expect(onOrphaned).toHaveBeenCalledTimes(1);
  });
});
