/**
 * The reader's selection as the quote of a new note. Needs only the DOM, not the recognizer:
 * it works on a site where marks are off.
 */
import { offsetOf, pageText } from './page-text';
import { quoteOfRange } from './quote';
import type { TextQuoteSelector } from '../notes/selector';

/** The selection in `doc` as a quote (with its position in the page text when known), or null. */
export function selectionQuote(doc: Document, exclude?: (element: Element) => boolean): TextQuoteSelector | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const quote = quoteOfRange(range);
  if (!quote.exact) return null;
  const start = offsetOf(pageText(doc, { exclude }), range.startContainer, range.startOffset);
  return start === null ? quote : { ...quote, position: { start, end: start + range.toString().length } };
}
