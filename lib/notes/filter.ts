/** Which notes a view of the panel shows: this page's, all, by entity, by tag, or a search. */
import type { Note } from './db';
import type { SearchIndex } from './search';
import { normalizeUrl } from './url';

export type NotesViewMode = 'page' | 'all' | 'entity' | 'tag';

export interface NotesFilter {
  mode: NotesViewMode;
  /** A search replaces the mode while it is not blank. */
  query: string;
  entity: string;
  tag: string;
  /** The page the panel follows, as the browser reports it. */
  pageUrl: string | null;
}

export function filterNotes(notes: readonly Note[], filter: NotesFilter, index: SearchIndex | null): readonly Note[] {
  if (filter.query.trim() && index) return index.search(filter.query);
  switch (filter.mode) {
    case 'page': {
      const key = filter.pageUrl ? normalizeUrl(filter.pageUrl) : null;
      return notes.filter((n) => n.url === key);
    }
    case 'entity':
      return filter.entity ? notes.filter((n) => n.entityIds.includes(filter.entity)) : [];
    case 'tag':
      return filter.tag ? notes.filter((n) => n.tags.includes(filter.tag)) : [];
    case 'all':
      return notes;
  }
}

/** Every tag with how many notes carry it, most used first. */
export function tagCounts(notes: readonly Note[]): Array<[tag: string, count: number]> {
  const counts = new Map<string, number>();
  for (const n of notes) for (const tag of n.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every entity some note is linked to. */
export function linkedEntityIds(notes: readonly Note[]): string[] {
  const ids = new Set<string>();
  for (const n of notes) for (const id of n.entityIds) ids.add(id);
  return [...ids];
}
