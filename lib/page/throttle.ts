/**
 * Calls a function once things settle, but never later than a maximum wait after the first
 * call: a page that changes every 100 ms (a clock, a ticker) is still reported about once a
 * second, where a plain debounce would wait forever.
 */
export interface Throttled {
  /** Asks for a call: after `waitMs` of quiet, or `maxWaitMs` after the first unanswered ask. */
  (): void;
  cancel(): void;
}

export interface ThrottleTiming {
  waitMs: number;
  maxWaitMs: number;
  now?: () => number;
}

export function throttleWithMaxWait(fn: () => void, { waitMs, maxWaitMs, now = Date.now }: ThrottleTiming): Throttled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first unanswered ask came (null: none waiting). */
  let firstAsk: number | null = null;
  const fire = () => {
    timer = undefined;
    firstAsk = null;
    fn();
  };
  const throttled = () => {
    const at = now();
    firstAsk ??= at;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(waitMs, firstAsk + maxWaitMs - at)));
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstAsk = null;
  };
  return throttled;
}
