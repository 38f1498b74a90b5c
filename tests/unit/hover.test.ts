/**
 * Hover intent on a clock the test drives: when the card opens and closes for each trigger
 * (hover, Alt + hover, click), taps, Esc, and one hit-test per frame however many pointer
 * events arrive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_GRACE_MS, HOVER_INTENT_MS, HoverController } from '../../lib/page/hover';
import type { HoverTrigger } from '../../lib/settings/settings';
import type { MarkedMention } from '../../lib/page/marks';

const markA = { entityId: 'bytedance', range: {} } as MarkedMention;
const markB = { entityId: 'alibaba', range: {} } as MarkedMention;

/** Pointer positions: x < 100 is over A, 100–199 over B, beyond that nothing; y ≥ 500 is the popover. */
function setup(trigger: HoverTrigger = 'hover') {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const shown: string[] = [];
  const events: string[] = [];
  const hitTest = vi.fn((x: number) => (x < 100 ? markA : x < 200 ? markB : null));
  const controller = new HoverController({
    hitTest,
    prefetch: (mark) => events.push(`prefetch ${mark.entityId}`),
    show: (mark) => {
      shown.push(mark.entityId);
      events.push(`show ${mark.entityId}`);
    },
    hide: () => events.push('hide'),
    inPopover: (event) => (event as PointerEvent).clientY >= 500,
    trigger: () => trigger,
  });
  const pointer = (type: string, x: number, y = 10, more: Partial<PointerEvent> = {}) =>
    ({ type, clientX: x, clientY: y, pointerType: 'mouse', altKey: false, ...more }) as PointerEvent;
  const move = (x: number, y = 10, more: Partial<PointerEvent> = {}) => {
    controller.onPointerMove(pointer('pointermove', x, y, more));
    for (const frame of frames.splice(0)) frame(performance.now());
  };
  return { controller, hitTest, events, shown, frames, pointer, move };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens after the pointer rests on a mark for the intent delay, prefetching at once', () => {
    const { events, move } = setup();
    move(50);
    expect(events).toEqual(['prefetch bytedance']);
    vi.advanceTimersByTime(HOVER_INTENT_MS - 1);
    expect(events).toEqual(['prefetch bytedance']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prefetch bytedance', 'show bytedance']);
  });

  it('does not open for a pointer passing over a mark on its way elsewhere', () => {
    const { shown, move } = setup();
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS / 2);
    move(300);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(shown).toEqual([]);
  });

  it('closes a grace period after the pointer leaves, and stays open while it is on the card', () => {
    const { events, move } = setup();
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    move(300);
    move(300, 600); // onto the popover before the grace period ends
    vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
    expect(events).not.toContain('hide');
    move(300);
    vi.advanceTimersByTime(HIDE_GRACE_MS - 1);
    expect(events).not.toContain('hide');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('hide');
  });

  it('says what is under way (the browser tests wait for none): a move to judge, an opening, a closing', () => {
    const { controller, frames, pointer } = setup();
    const idle = { shown: false, judging: false, opening: false, closing: false };
    expect(controller.state).toEqual(idle);
    controller.onPointerMove(pointer('pointermove', 50));
    expect(controller.state).toEqual({ ...idle, judging: true });
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(controller.state).toEqual({ ...idle, opening: true });
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(controller.state).toEqual({ ...idle, shown: true });
    controller.onPointerMove(pointer('pointermove', 300));
    for (const frame of frames.splice(0)) frame(performance.now());
    expect(controller.state).toEqual({ ...idle, shown: true, closing: true });
    vi.advanceTimersByTime(HIDE_GRACE_MS);
    expect(controller.state).toEqual(idle);
  });

  it('with the click trigger, has nothing under way once a rest on a mark is judged', () => {
    const { controller, move } = setup('click');
    move(50);
    expect(controller.state).toEqual({ shown: false, judging: false, opening: false, closing: false });
  });

  it('moves to another mark after the intent delay', () => {
    const { shown, move } = setup();
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    move(150);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(shown).toEqual(['bytedance', 'alibaba']);
  });

  it('closes on Esc', () => {
    const { controller, events, move } = setup();
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    controller.onKeyDown({ key: 'Escape' } as KeyboardEvent);
    expect(events.at(-1)).toBe('hide');
    expect(controller.current).toBeNull();
  });

  it('opens at once on a tap, and ignores touch moves', () => {
    const { controller, shown, pointer, move } = setup();
    move(50, 10, { pointerType: 'touch' });
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(shown).toEqual([]);
    controller.onPointerDown(pointer('pointerdown', 50, 10, { pointerType: 'touch' }));
    expect(shown).toEqual(['bytedance']);
  });

  it('closes when the reader presses the pointer away from any mark', () => {
    const { controller, events, pointer, move } = setup();
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    controller.onPointerDown(pointer('pointerdown', 300));
    expect(events.at(-1)).toBe('hide');
  });

  it('with the Alt trigger, opens only while Alt is held', () => {
    const { shown, move } = setup('modifier');
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(shown).toEqual([]);
    move(60, 10, { altKey: true });
    vi.advanceTimersByTime(HOVER_INTENT_MS);
    expect(shown).toEqual(['bytedance']);
  });

  it('with the click trigger, opens on a click and stays open when the pointer leaves', () => {
    const { controller, events, shown, pointer, move } = setup('click');
    move(50);
    vi.advanceTimersByTime(HOVER_INTENT_MS * 2);
    expect(shown).toEqual([]);
    controller.onPointerDown(pointer('pointerdown', 50));
    expect(shown).toEqual(['bytedance']);
    move(300);
    vi.advanceTimersByTime(HIDE_GRACE_MS * 3);
    expect(events).not.toContain('hide');
    controller.onPointerDown(pointer('pointerdown', 300));
    expect(events.at(-1)).toBe('hide');
  });

  it('hit-tests once per frame, at the latest position', () => {
    const { controller, hitTest, frames, pointer } = setup();
    for (const x of [250, 240, 230, 150]) controller.onPointerMove(pointer('pointermove', x));
    expect(frames).toHaveLength(1);
    frames.splice(0)[0]!(0);
    expect(hitTest).toHaveBeenCalledTimes(1);
    expect(hitTest).toHaveBeenCalledWith(150, 10);
  });
});
