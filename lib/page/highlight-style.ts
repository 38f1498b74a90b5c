/**
 * Names of our CSS highlights. Every style has its own names and static rules in
 * lib/page/highlights.css (injected with the content script): switching style re-registers the
 * highlights under other names instead of editing a stylesheet, which would restyle the whole
 * page (a long task on a huge one).
 */
import type { HighlightStyle } from '../settings/settings';
import { HIGHLIGHT_PREFIX } from './mark-highlights';

export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;
export const NOTE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}note`;

/** The registry name for a type's marks in a style, or null when they are not drawn. */
export function highlightName(type: string, style: HighlightStyle): string | null {
  if (style === 'hover') return null;
  return style === 'underline' ? `${HIGHLIGHT_PREFIX}${type}` : `${HIGHLIGHT_PREFIX}bg-${type}`;
}
