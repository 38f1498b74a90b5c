/**
 * The extension's controls answer only the reader's own input. A page can dispatch synthetic
 * events (`el.click()`, `dispatchEvent(new PointerEvent(...))`) at anything it can reach,
 * our popover included; the browser marks those `isTrusted: false`, so they are stopped here
 * before any of our listeners sees them.
 */

/** Events a page could forge to drive the popover's controls. */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'pointerdown',
  'pointerup',
  'pointerleave',
  'mousedown',
  'mouseup',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
  'focusin',
] as const;

/**
 * Stops every untrusted event aimed at `element` or inside it, in the capture phase, before the
 * listeners of its controls run.
 */
export function acceptOnlyTrustedInput(element: Element): void {
  for (const type of GUARDED_EVENTS)
    element.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      { capture: true },
    );
}

/** Wraps a document-level handler so that forged events never reach it. */
export function trustedOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
