/** A new note from what the panel knows: a quote seed from a page (with its address), or this page. */
import type { OpenPanelRequest, PageEntitiesMessage } from '../messages';
import type { NewNote } from '../notes/store';
import type { TextQuoteSelector } from '../notes/selector';

export type NoteSeed = OpenPanelRequest['note'];

/**
 * The note to create for `entityIds`, quoting `seed` when there is one; null when there is no
 * page to attach it to. `id` makes creation idempotent (a request two panels act on).
 */
export function newNoteFrom(
  entityIds: string[],
  seed: NoteSeed,
  page: Pick<PageEntitiesMessage, 'url' | 'title'> | null,
  id?: string,
): NewNote | null {
  const url = seed?.url || page?.url;
  if (!url) return null;
  let quote: TextQuoteSelector | null = null;
  if (seed?.exact) {
    const { url: _url, title: _title, ...selector } = seed;
    quote = selector;
  }
  return {
    ...(id !== undefined && { id }),
    url,
    pageTitle: seed?.title || page?.title || '',
    quote,
    entityIds,
  };
}

/** The id of the note a panel request creates: the same in every panel that acts on it. */
export const requestNoteId = (request: { tabId: number; at: number }) => `request-${request.tabId}-${request.at}`;
