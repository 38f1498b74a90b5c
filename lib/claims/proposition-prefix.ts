/**
 * The label a claim's text opens with when a name it refers to (a pronoun's antecedent, a speaker's
 * organization) is written before the text, in its sentence or in an earlier one (drafting.ts and
 * proposition-speaker.ts set it).
 */
import type { SentenceFrame } from './frame';

/** A name written before a claim's text (or in an earlier sentence) that its text opens with, as a label. */
export interface Prefix {
  start: number;
  end: number;
  label?: string;
}

/**
 * The label of an antecedent found for a proposition, where its claim's text opens with it.
 * An antecedent in the paragraph before (at < 0) is named by a label at the claim's start.
 * (The maker of the product the paragraph before was about has no name written there: the
 * claim reads as written, 这家公司 and all.)
 */
export function prefixOf(
  state: { frame: SentenceFrame; content: { start: number } },
  a: { id?: string; at: number; end: number },
): Prefix | null {
  const { offset, history } = state.frame;
  const { start } = state.content;
  return a.at >= 0
    ? { start: a.at, end: a.end }
    : a.id && history.before && a.id !== history.before.id
      ? null
      : { start: offset + start, end: offset + start, label: history.before?.name ?? '' };
}
