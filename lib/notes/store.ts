/** Note operations over NotesDb: the side panel's only way to read and write notes. */
import type { NotesDb, Note, TextQuote } from './db';
import { normalizeUrl } from './url';

export interface NewNote {
  url: string;
  pageTitle: string;
  quote: TextQuote | null;
  entityIds: string[];
  body?: string;
  tags?: string[];
}

function newId(): string {
  return crypto.randomUUID();
}

export async function createNote(db: NotesDb, draft: NewNote, now = Date.now()): Promise<Note> {
  const note: Note = {
    id: newId(),
    url: normalizeUrl(draft.url),
    pageTitle: draft.pageTitle,
    quote: draft.quote,
    entityIds: [...new Set(draft.entityIds)],
    body: draft.body ?? '',
    tags: [...new Set(draft.tags ?? [])],
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(note);
  return note;
}

/** Saves edits; returns the stored note, or null when it was deleted meanwhile. */
export async function updateNote(db: NotesDb, id: string, changes: Partial<Pick<Note, 'body' | 'tags' | 'entityIds'>>, now = Date.now()): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return null;
    const next: Note = { ...current, ...changes, updatedAt: Math.max(now, current.updatedAt + 1) };
    await db.notes.put(next);
    return next;
  });
}

export function notesForUrl(db: NotesDb, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(normalizeUrl(url)).reverse().sortBy('updatedAt');
}

export async function deleteNote(db: NotesDb, id: string): Promise<Note | null> {
  const note = await db.notes.get(id);
  if (note) await db.notes.delete(id);
  return note ?? null;
}
