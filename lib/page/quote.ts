/**
 * The text around a mention as a W3C TextQuoteSelector (exact + prefix + suffix): a note made
 * from the popover quotes the sentence the name sits in, so it can be found again later.
 */
const CONTEXT = 32;
const SENTENCE_END = /[。！？!?；;]/;

export interface TextQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

/** The sentence containing `range` (within its block of text), with a little context either side. */
export function quoteAround(range: Range): TextQuote {
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  const block = element?.closest('p, li, td, div, section, article, h1, h2, h3, h4, blockquote') ?? document.body;
  const text = block.textContent ?? '';
  const before = document.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1]!)) to++;
  const quote = text.slice(from, to).trim();
  return { quote, prefix: text.slice(Math.max(0, from - CONTEXT), from), suffix: text.slice(to, to + CONTEXT) };
}
