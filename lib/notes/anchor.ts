/**
 * Finds a note's quote in a page's text again, after the page may have changed: the exact text
 * first (choosing among repeats by context and position), then an approximate match with
 * approx-string-match (Myers' bit-parallel algorithm), scored the way Hypothesis anchors its
 * annotations: quote similarity first, then prefix and suffix, then closeness to the old place.
 * A quote whose text is gone returns null (an orphan), never a guess.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from './selector';

/** Where a quote was found in a text. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** True when the quoted text was found unchanged. */
  exact: boolean;
  /** 0..1, higher is better. */
  score: number;
}

/** Errors allowed in a fuzzy match, as a share of the quote's length. */
const MAX_ERROR_SHARE = 0.2;
/** Longer quotes are located by their two ends (the matcher's cost grows with the errors allowed). */
const LONG_QUOTE = 256;
const EDGE = 64;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/** How alike two short strings are, 0..1 (1 - edit distance share). */
function similarity(a: string, b: string): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const matches = search(a, b, b.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : b.length;
  return 1 - errors / b.length;
}

function scoreAt(text: string, quote: TextQuoteSelector, start: number, end: number, quoteScore: number): number {
  const prefix = quote.prefix
    ? similarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix)
    : 1;
  const suffix = quote.suffix ? similarity(text.slice(end, end + quote.suffix.length), quote.suffix) : 1;
  const position =
    quote.position && text.length ? 1 - Math.min(1, Math.abs(start - quote.position.start) / text.length) : 1;
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return (
    (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) /
    total
  );
}

function exactMatches(text: string, exact: string, limit = 1000): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(exact); at >= 0 && out.length < limit; at = text.indexOf(exact, at + 1)) out.push(at);
  return out;
}

function fuzzyCandidates(text: string, exact: string): Array<{ start: number; end: number; errors: number }> {
  if (exact.length <= LONG_QUOTE) {
    const maxErrors = Math.max(exact.length >= 5 ? 1 : 0, Math.floor(exact.length * MAX_ERROR_SHARE));
    return maxErrors ? search(text, exact, maxErrors) : [];
  }
  // A long quote: find its head and tail, and accept pairs about the right distance apart.
  const head = exact.slice(0, EDGE);
  const tail = exact.slice(-EDGE);
  const edgeErrors = Math.floor(EDGE * MAX_ERROR_SHARE);
  const heads = search(text, head, edgeErrors);
  const tails = search(text, tail, edgeErrors);
  const out: Array<{ start: number; end: number; errors: number }> = [];
  for (const h of heads) {
    for (const t of tails) {
      const span = t.end - h.start;
      if (span > 0 && Math.abs(span - exact.length) <= exact.length * MAX_ERROR_SHARE) {
        // Estimate the errors of the middle from the length difference (a lower bound).
        out.push({ start: h.start, end: t.end, errors: h.errors + t.errors + Math.abs(span - exact.length) });
      }
    }
  }
  return out;
}

export function anchorQuote(text: string, quote: TextQuoteSelector): QuoteMatch | null {
  const exact = quote.exact;
  if (!exact.trim()) return null;
  const starts = exactMatches(text, exact);
  if (starts.length) {
    let best: QuoteMatch | null = null;
    for (const start of starts) {
      const score = starts.length === 1 ? 1 : scoreAt(text, quote, start, start + exact.length, 1);
      if (!best || score > best.score) best = { start, end: start + exact.length, exact: true, score };
    }
    return best;
  }
  let best: QuoteMatch | null = null;
  for (const candidate of fuzzyCandidates(text, exact)) {
    if (candidate.errors > Math.max(1, exact.length * MAX_ERROR_SHARE)) continue;
    const score = scoreAt(text, quote, candidate.start, candidate.end, 1 - candidate.errors / exact.length);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, exact: false, score };
  }
  return best;
}
