/**
 * The text around a mention as a W3C TextQuoteSelector (exact + prefix + suffix): a note made
 * from the popover quotes the sentence the name sits in, so it can be found again later.
 */
import type { TextQuoteSelector } from '../notes/selector';

const CONTEXT = 32;
const SENTENCE_END = /[。！？!?；;]/;

function enclosingBlock(range: Range): { text: string; start: number; end: number } {
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  const block = element?.closest('p, li, td, div, section, article, h1, h2, h3, h4, blockquote') ?? document.body;
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { text: block.textContent ?? '', start, end: start + range.toString().length };
}

/** Exactly the selected text, with a little context either side (a note on a selection). */
export function quoteOfRange(range: Range): TextQuoteSelector {
  const { text, start, end } = enclosingBlock(range);
  return {
    exact: range.toString().trim(),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

/** The sentence containing `range` (within its block of text), with a little context either side. */
export function quoteAround(range: Range): TextQuoteSelector {
  const { text, start, end } = enclosingBlock(range);
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1]!)) to++;
  const exact = text.slice(from, to).trim();
  return { exact, prefix: text.slice(Math.max(0, from - CONTEXT), from), suffix: text.slice(to, to + CONTEXT) };
}
