/**
 * Which mark is under the pointer. Highlights get no events, so: find the caret position at the
 * point (piercing open shadow roots), look up the marks of that text node, and confirm the point
 * lies inside one of the mark's client rects (the caret snaps to the nearest character even in
 * the margin beside a line).
 */
import type { MarkedMention } from './marks';

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(
  doc: CaretDocument,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: AbstractRange, x: number, y: number): boolean {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const rect of live.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

export function markAtPoint(
  x: number,
  y: number,
  /** The drawn marks covering a text node. */
  covering: (node: Text) => readonly MarkedMention[],
  shadowRoots: ShadowRoot[] = [],
): MarkedMention | null {
  const caret = caretAt(document, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const mark of covering(caret.node as Text)) if (rectsContain(mark.range, x, y)) return mark;
  return null;
}
