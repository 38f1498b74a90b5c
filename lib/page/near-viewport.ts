/**
 * Which marks are near the viewport. Chromium revalidates every registered highlight range
 * whenever any highlight changes (measured: 20,000 ranges made each change, even one added
 * range or the hover mark, a 160 ms frame), so only marks of blocks an IntersectionObserver
 * sees within a few screens are drawn, and cost follows what is on screen, not the page's
 * length.
 */
import type { MarkedMention } from './marks';

/** How far beyond the viewport marks are drawn: scrolling a screen never shows unmarked names. */
const DRAWN_MARGIN = '200% 0px';

export class NearViewport {
  private readonly byContainer = new Map<Element, Set<MarkedMention>>();
  private readonly near = new Set<Element>();
  /** Blocks observed whose first judgement has not come yet: their marks are neither drawn nor known far. */
  private readonly unjudged = new Set<Element>();
  private readonly observer: IntersectionObserver | null;

  /** `onChange` is told when a block's marks come near the viewport or leave it. */
  constructor(onChange: (marks: Iterable<MarkedMention>, near: boolean) => void) {
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              for (const entry of entries) {
                this.unjudged.delete(entry.target);
                const marks = this.byContainer.get(entry.target);
                if (!marks) continue;
                // No box at all (display: contents, or not laid out yet): it cannot be judged, so draw.
                const { width, height } = entry.boundingClientRect;
                const near = entry.isIntersecting || (width === 0 && height === 0);
                if (near === this.near.has(entry.target)) continue;
                if (near) this.near.add(entry.target);
                else this.near.delete(entry.target);
                onChange(marks, near);
              }
            },
            { rootMargin: DRAWN_MARGIN },
          )
        : null;
  }

  /** Follows a drawable mark's block; returns whether it is near the viewport now. */
  track(mark: MarkedMention): boolean {
    const { container } = mark;
    let marks = this.byContainer.get(container);
    if (!marks) {
      marks = new Set();
      this.byContainer.set(container, marks);
      if (this.observer) {
        this.observer.observe(container);
        this.unjudged.add(container);
      } else this.near.add(container);
    }
    marks.add(mark);
    return this.near.has(container);
  }

  /** Stops following a mark; returns whether it was near the viewport (so drawn). */
  untrack(mark: MarkedMention): boolean {
    const marks = this.byContainer.get(mark.container);
    const wasNear = this.near.has(mark.container);
    if (!marks?.delete(mark)) return false;
    if (!marks.size) {
      this.byContainer.delete(mark.container);
      this.near.delete(mark.container);
      this.unjudged.delete(mark.container);
      this.observer?.unobserve(mark.container);
    }
    return wasNear;
  }

  /** Whether some block's marks wait for the observer's first look (drawn at the next rendering, if near). */
  get pending(): boolean {
    return this.unjudged.size > 0;
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.byContainer.clear();
    this.near.clear();
    this.unjudged.clear();
  }
}
