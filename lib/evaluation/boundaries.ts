/**
 * Claim boundaries: where one annotation of a paragraph cuts between claims and where it keeps one
 * claim across. They are read at the paragraph's commas and semicolons (not a thousands comma): a
 * comma is `kept` when a piece of one claim runs across it, `cut` when a claim ends right before
 * it and another starts right after it, and unread otherwise (no claim there, or only one side).
 * Two annotations of one text — the gold and the extractor, or two editors — are compared at the
 * commas both read: how often the extractor cuts where the editor keeps (over-cut), keeps where
 * the editor cuts (under-cut), and how often two editors agree, the ceiling for both.
 */
import type { GoldClaim } from './gold';

/** One contiguous piece of a claim's span, in paragraph offsets. */
export interface Piece {
  start: number;
  end: number;
}

export type Cut = 'kept' | 'cut';

/** Where a comma or semicolon stands between clauses (not inside a number: 6,010万). */
export function clauseCommas(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length - 1; i++)
    if (/[，,；;]/.test(text[i]!) && !(/\d/.test(text[i - 1]!) && /\d/.test(text[i + 1]!))) out.push(i);
  return out;
}

/** What the claims (each its pieces) do at the comma at `at`; null when they do not say. */
export function cutAt(claims: readonly (readonly Piece[])[], at: number): Cut | null {
  if (claims.some((pieces) => pieces.some((p) => p.start < at && at + 1 < p.end))) return 'kept';
  const covers = (pieces: readonly Piece[], i: number) => pieces.some((p) => p.start <= i && i < p.end);
  const before = claims.filter((pieces) => covers(pieces, at - 1));
  const after = claims.filter((pieces) => covers(pieces, at + 1) && !before.includes(pieces));
  return before.length && after.length ? 'cut' : null;
}

/** A gold claim's pieces (its text split at …, found in order from its start), else its whole span. */
export function goldPieces(gold: GoldClaim, paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  let at = gold.start;
  for (const part of gold.text.split('…')) {
    const start = paragraph.indexOf(part, at);
    if (start < 0) return [{ start: gold.start, end: gold.end }];
    pieces.push({ start, end: start + part.length });
    at = start + part.length;
  }
  return pieces;
}

/**
 * An extracted claim's pieces from its span and its text ("星辰科技…并于3月宣布…"): the first piece
 * opens the span and the last one closes it, each as long as it is written (the text may be in
 * the other script, character for character). Pieces between them are left out.
 */
export function extractedPieces(text: string, span: Piece): Piece[] {
  const parts = text.split('…');
  if (parts.length === 1) return [span];
  const first = parts[0]!.length;
  const last = parts[parts.length - 1]!.length;
  return [
    { start: span.start, end: span.start + first },
    { start: Math.max(span.start + first, span.end - last), end: span.end },
  ];
}

export interface CutComparison {
  /** Commas both annotations read. */
  read: number;
  /** Both keep one claim across. */
  bothKept: number;
  /** Both cut. */
  bothCut: number;
  /** The reference keeps, the other cuts (an extractor's over-cut). */
  overCut: number;
  /** The reference cuts, the other keeps (an extractor's under-cut). */
  underCut: number;
  /** Where the two differ, for reading: paragraph offsets of the comma. */
  differences: Array<{ at: number; reference: Cut; other: Cut }>;
}

/** The two annotations of one paragraph compared at its commas. */
export function compareCuts(
  text: string,
  reference: readonly (readonly Piece[])[],
  other: readonly (readonly Piece[])[],
): CutComparison {
  const out: CutComparison = { read: 0, bothKept: 0, bothCut: 0, overCut: 0, underCut: 0, differences: [] };
  for (const at of clauseCommas(text)) {
    const a = cutAt(reference, at);
    const b = cutAt(other, at);
    if (!a || !b) continue;
    out.read++;
    if (a === b) {
      if (a === 'kept') out.bothKept++;
      else out.bothCut++;
      continue;
    }
    if (a === 'kept') out.overCut++;
    else out.underCut++;
    out.differences.push({ at, reference: a, other: b });
  }
  return out;
}

/** Sums comparisons (of many paragraphs). */
export function addCuts(total: CutComparison, more: CutComparison): CutComparison {
  return {
    read: total.read + more.read,
    bothKept: total.bothKept + more.bothKept,
    bothCut: total.bothCut + more.bothCut,
    overCut: total.overCut + more.overCut,
    underCut: total.underCut + more.underCut,
    differences: [...total.differences, ...more.differences],
  };
}

/** One line: cuts both make over cuts either makes, and where they differ. */
export function formatCuts(name: string, c: CutComparison): string {
  const either = c.bothCut + c.overCut + c.underCut;
  const agree = either ? ((100 * c.bothCut) / either).toFixed(1) : '—';
  return `${name.padEnd(24)} commas read ${c.read}: kept by both ${c.bothKept}, cut by both ${c.bothCut}, cut only by the reference (under-cut) ${c.underCut}, cut only by the other (over-cut) ${c.overCut}; cuts agreed ${agree}% (${c.bothCut}/${either})`;
}
