/**
 * The popover element inside our shadow root: shown in the top layer (the popover attribute),
 * so sticky headers and site dialogs cannot cover it, and positioned next to the mark with
 * @floating-ui/dom (flips and shifts to stay in the viewport, follows scrolling).
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export class Popover {
  readonly element: HTMLElement;
  private cleanup: (() => void) | null = null;

  constructor(parent: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'popover';
    this.element.setAttribute('popover', 'manual');
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-labelledby', 'techlens-card-title');
    parent.append(this.element);
  }

  get open(): boolean {
    return this.element.matches(':popover-open');
  }

  /** Shows the popover next to `range` (a live Range over the mark). */
  show(range: Range): void {
    this.cleanup?.();
    if (!this.open) this.element.showPopover();
    const reference = {
      getBoundingClientRect: () => {
        const rects = range.getClientRects();
        return rects[0] ?? range.getBoundingClientRect();
      },
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const place = () =>
      computePosition(reference, this.element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              this.element.style.maxHeight = `${Math.max(160, Math.min(480, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        this.element.style.left = `${x}px`;
        this.element.style.top = `${y}px`;
      });
    this.cleanup = autoUpdate(reference, this.element, () => void place(), { animationFrame: false });
  }

  hide(): void {
    this.cleanup?.();
    this.cleanup = null;
    if (this.open) this.element.hidePopover();
  }

  contains(event: Event): boolean {
    return event.composedPath().includes(this.element);
  }
}
