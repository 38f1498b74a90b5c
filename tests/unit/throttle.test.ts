import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleWithMaxWait } from '../../lib/page/throttle';

describe('throttle with a maximum wait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once after a quiet spell', () => {
    const fn = vi.fn();
    const throttled = throttleWithMaxWait(fn, { waitMs: 300, maxWaitMs: 1000 });
    throttled();
    throttled();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('still calls about once per maximum wait while asks never stop (a page ticking every 100 ms)', () => {
    const fn = vi.fn();
    const throttled = throttleWithMaxWait(fn, { waitMs: 300, maxWaitMs: 1000 });
    for (let t = 0; t < 5000; t += 100) {
      throttled();
      vi.advanceTimersByTime(100);
    }
    expect(fn).toHaveBeenCalledTimes(5);
  });

  it('cancel drops the waiting call', () => {
    const fn = vi.fn();
    const throttled = throttleWithMaxWait(fn, { waitMs: 300, maxWaitMs: 1000 });
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(2000);
    expect(fn).not.toHaveBeenCalled();
  });
});
