/**
 * Time slices for work on the page's main thread: work checks `due()` between small steps and,
 * when its budget is spent, awaits `pause()`, which gives the thread back to the page.
 */

/** Budget of one slice before yielding to the page (ms). */
export const SLICE_MS = 6;

export interface SliceTiming {
  /** Yields to the page between slices; tests can replace it. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

/** Gives the main thread back to the page for a moment (scheduler.yield where there is one). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class SliceClock {
  private readonly now: () => number;
  private readonly yieldToPage: () => Promise<void>;
  private readonly budgetMs: number;
  private sliceStart: number;

  constructor(timing: SliceTiming = {}, budgetMs = SLICE_MS) {
    this.budgetMs = budgetMs;
    this.now = timing.now ?? (() => performance.now());
    this.yieldToPage = timing.yieldToPage ?? yieldToPage;
    this.sliceStart = this.now();
  }

  /** Whether this slice has used its budget. */
  due(): boolean {
    return this.now() - this.sliceStart > this.budgetMs;
  }

  async pause(): Promise<void> {
    await this.yieldToPage();
    this.sliceStart = this.now();
  }
}
