/**
 * The ::highlight() rules for our marks, built from the reader's style setting. Applied as one
 * constructed stylesheet, so a settings change restyles every mark at once without touching them.
 */
import type { HighlightStyle } from '../settings/settings';
import { HIGHLIGHT_PREFIX } from './scanner';

/** Mid-tone colours that read on light and dark pages alike. */
const TYPE_COLOURS: Record<string, string> = {
  company: '59 130 246',
  organization: '20 184 166',
  person: '239 68 68',
  model: '168 85 247',
  product: '16 185 129',
  report: '245 158 11',
  regulation: '245 158 11',
};

/** Highlight names beyond the entity types. */
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}active`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;
export const NOTE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}note`;

export function highlightCss(style: HighlightStyle): string {
  const rules = Object.entries(TYPE_COLOURS).map(([type, rgb]) => {
    const name = `::highlight(${HIGHLIGHT_PREFIX}${type})`;
    if (style === 'underline') return `${name} { text-decoration: underline dotted rgb(${rgb} / 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
    if (style === 'background') return `${name} { background-color: rgb(${rgb} / 0.16); }`;
    return '';
  });
  return [
    ...rules,
    // The mark whose card is open; with style "hover" this is the only visible mark.
    `::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.35); }`,
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(250 204 21 / 0.75); }`,
    // The reader's own quotes: a distinct wavy underline in the note colour.
    `::highlight(${NOTE_HIGHLIGHT}) { background-color: rgb(253 224 71 / 0.28); text-decoration: underline wavy rgb(202 138 4 / 0.9); text-underline-offset: 4px; }`,
  ]
    .filter(Boolean)
    .join('\n');
}
