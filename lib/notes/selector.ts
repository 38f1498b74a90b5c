/**
 * The one shape of a quote, everywhere: a W3C Web Annotation TextQuoteSelector (the quoted text
 * and a little context either side) with a position hint. The page takes it, messages carry it,
 * notes store it, and anchoring finds it again.
 */
import * as v from 'valibot';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote was in the page's text when it was taken: breaks ties, never required. */
  position?: TextPosition;
}

/** Offsets in the page's text (lib/page/page-text.ts). */
export interface TextPosition {
  start: number;
  end: number;
}

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const limited = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));

/** A selector's schema, with the length limits of the place it arrives from. */
export function textQuoteSelectorSchema(limits: { exact: number; context: number }) {
  return v.object({
    exact: limited(limits.exact),
    prefix: limited(limits.context),
    suffix: limited(limits.context),
    position: v.optional(v.object({ start: offset, end: offset })),
  });
}
