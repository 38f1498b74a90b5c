/**
 * Hover intent for marks: the pointer rests on a mark ~150 ms before the popover opens; it
 * closes ~300 ms after the pointer has left both the mark and the popover; Esc closes it; a tap
 * (touch or pen) opens it at once. Pure timing and state: hit-testing and showing are passed in.
 */
import type { MarkedMention } from './marks';
import type { HoverTrigger } from '../settings/settings';

export const HOVER_INTENT_MS = 150;
export const HIDE_GRACE_MS = 300;

export interface HoverOptions {
  hitTest: (x: number, y: number) => MarkedMention | null;
  /** Called as soon as the pointer rests on a mark: a chance to fetch the card early. */
  prefetch?: (mark: MarkedMention) => void;
  show: (mark: MarkedMention) => void;
  hide: () => void;
  /** Whether an event's target is inside the popover. */
  inPopover: (event: Event) => boolean;
  intentMs?: number;
  graceMs?: number;
  /** Read on every event, so a settings change applies at once. Default: hover. */
  trigger?: () => HoverTrigger;
}

export interface HoverState {
  shown: boolean;
  judging: boolean;
  opening: boolean;
  closing: boolean;
}

export class HoverController {
  private readonly options: HoverOptions;
  private candidate: MarkedMention | null = null;
  private shown: MarkedMention | null = null;
  private showTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private latest: { x: number; y: number; inPopover: boolean; armed: boolean } | null = null;
  private framePending = false;

  constructor(options: HoverOptions) {
    this.options = options;
  }

  get current(): MarkedMention | null {
    return this.shown;
  }

  /**
   * What the controller holds: a card shown, a pointer move waiting for its frame to be judged,
   * a card about to open (hover intent) or to close (grace). With none of the last three, nothing
   * changes until the next input.
   */
  get state(): HoverState {
    return {
      shown: this.shown !== null,
      judging: this.framePending,
      opening: this.showTimer !== null,
      closing: this.hideTimer !== null,
    };
  }

  onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // Coalesced to one hit-test per frame, always with the latest position (a pointer that
    // stops must be judged where it stopped).
    const trigger = this.options.trigger?.() ?? 'hover';
    const armed = trigger === 'hover' || (trigger === 'modifier' && event.altKey);
    // Unarmed, the pointer can still leave an open card (and so close it), but opens nothing.
    this.latest = { x: event.clientX, y: event.clientY, inPopover: this.options.inPopover(event), armed };
    if (this.framePending) return;
    this.framePending = true;
    requestAnimationFrame(() => {
      this.framePending = false;
      if (this.latest) this.judge(this.latest);
    });
  }

  private judge({ x, y, inPopover, armed }: { x: number; y: number; inPopover: boolean; armed: boolean }): void {
    if (inPopover) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    const mark = this.options.hitTest(x, y);
    if (mark && this.shown && mark.range === this.shown.range) {
      this.cancelHide();
      return;
    }
    if (mark && armed) {
      if (!this.candidate || this.candidate.range !== mark.range) {
        this.candidate = mark;
        this.options.prefetch?.(mark);
        this.cancelShow();
        this.showTimer = setTimeout(() => this.open(mark), this.options.intentMs ?? HOVER_INTENT_MS);
      }
    } else if (!mark || !this.shown || this.options.trigger?.() !== 'click') {
      this.candidate = null;
      this.cancelShow();
      // A card opened by click stays until a click elsewhere or Esc.
      if (this.shown && this.options.trigger?.() !== 'click') this.scheduleHide();
    }
  }

  onPointerDown(event: PointerEvent): void {
    if (this.options.inPopover(event)) return;
    const mark = this.options.hitTest(event.clientX, event.clientY);
    if (mark && (event.pointerType !== 'mouse' || this.options.trigger?.() === 'click')) {
      this.options.prefetch?.(mark);
      this.open(mark);
    } else if (!mark && this.shown) {
      this.close();
    }
  }

  onPopoverLeave(): void {
    if (this.shown && this.options.trigger?.() !== 'click') this.scheduleHide();
  }

  onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.shown) this.close();
  }

  /** Opens a mark's card at once (from a related-entity link, say). */
  open(mark: MarkedMention): void {
    this.cancelShow();
    this.cancelHide();
    this.candidate = null;
    this.shown = mark;
    this.options.show(mark);
  }

  close(): void {
    this.cancelShow();
    this.cancelHide();
    this.candidate = null;
    if (this.shown) {
      this.shown = null;
      this.options.hide();
    }
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = null;
      this.close();
    }, this.options.graceMs ?? HIDE_GRACE_MS);
  }

  private cancelShow(): void {
    if (this.showTimer) clearTimeout(this.showTimer);
    this.showTimer = null;
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
