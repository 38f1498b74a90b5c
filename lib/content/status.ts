/**
 * Where a content script stands, so that a browser test can wait for the extension's work to be
 * done instead of for a length of time: a check that nothing is marked proves something only
 * once the script has decided what to mark and finished marking it, and a scan that has not run
 * yet marks nothing too.
 *
 * It is a function on the global object of the script's own isolated world: the page's scripts
 * run in another world and never see it (nor does any other extension), and it sends nothing
 * anywhere. Tests read it through the DevTools protocol (tests/browser/harness.ts,
 * `contentStatus`).
 */
import type { HoverState } from '../page/hover';
import type { Settings } from '../settings/settings';

export type ContentPhase =
  /** Reading settings and the recognizer, or deciding whether to mark. */
  | 'starting'
  /** The page is not Chinese (yet): nothing is built until it turns Chinese. */
  | 'waiting-for-chinese'
  /** Marks are off here (paused, or this site turned off): no marks. */
  | 'off'
  /** Marking. */
  | 'on'
  /** No recognizer could be had: the page stays as it is. */
  | 'no-recognizer';

export interface ContentStatus {
  phase: ContentPhase;
  /** Stored generation of the recognizer marking the page (0: none yet). */
  generation: number;
  /** Settings being applied, or marks being computed for the page as it is now. */
  busy: boolean;
  /** Mentions marked on the page, drawn or not (only those near the viewport are drawn). */
  mentions: number;
  /** The card: shown, and whether a pointer move, an opening or a closing is still under way (null: no lens). */
  hover: HoverState | null;
  /** The settings the script last applied. */
  settings: Settings;
}

/** Name of the status function on the content script's global object. */
export const STATUS_GLOBAL = 'techlensStatus';

/** Puts `read` on `target` (the content script's global) as `STATUS_GLOBAL`, returning a plain copy each call. */
export function exposeStatus(read: () => ContentStatus, target: object = globalThis): void {
  Object.defineProperty(target, STATUS_GLOBAL, {
    value: (): ContentStatus => structuredClone(read()),
    configurable: true,
  });
}
