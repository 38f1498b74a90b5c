/**
 * The reader's selection as the quote of a new note. Needs only the DOM, not the recognizer:
 * it works on a site where marks are off.
 */
import { offsetOf, pageText } from './page-text';
import { quoteOfRange, type TextQuote } from './quote';

export interface QuoteSeed extends TextQuote {
  /** Where the quote is in the page text (a hint for finding it again), if known. */
  position: { start: number; end: number } | null;
}

/** The selection in `doc` as a quote, or null when nothing is selected. */
export function selectionQuote(doc: Document, exclude?: (element: Element) => boolean): QuoteSeed | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const quote = quoteOfRange(range);
  if (!quote.quote) return null;
  const page = pageText(doc, { exclude });
  const start = offsetOf(page, range.startContainer, range.startOffset);
  return { ...quote, position: start === null ? null : { start, end: start + range.toString().length } };
}
