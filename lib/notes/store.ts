/** Note operations over NotesDb: the extension's only way to read and write notes. */
import type { NotesDb, Note } from './db';
import type { TextQuoteSelector } from './selector';
import { normalizeUrl } from './url';
import { MAX_TAGS, MAX_TAG_LENGTH, isNote } from './schema';
import { isHttpUrl } from '../web/http-url';

export interface NewNote {
  /**
   * A caller-chosen id makes creation idempotent: several views acting on the same request
   * (two panels of one tab) create one note, not two.
   */
  id?: string;
  url: string;
  pageTitle: string;
  quote: TextQuoteSelector | null;
  entityIds: string[];
  body?: string;
  tags?: string[];
}

export const CONFLICT_TAG = 'conflict';
export { MAX_TAGS, MAX_TAG_LENGTH };

/** A note's page must be a web page (http or https): see lib/web/http-url.ts. */
export class NotWebPageError extends Error {
  override name = 'NotWebPageError';
}

function newId(): string {
  return crypto.randomUUID();
}

export async function createNote(db: NotesDb, draft: NewNote, now = Date.now()): Promise<Note> {
  if (!isHttpUrl(draft.url)) throw new NotWebPageError(`not a web page: ${draft.url.slice(0, 100)}`);
  const note: Note = {
    id: draft.id ?? newId(),
    url: normalizeUrl(draft.url),
    pageTitle: draft.pageTitle,
    quote: draft.quote,
    entityIds: [...new Set(draft.entityIds)],
    body: draft.body ?? '',
    tags: [...new Set(draft.tags ?? [])],
    createdAt: now,
    updatedAt: now,
    rev: 1,
  };
  if (draft.id === undefined) {
    await db.notes.add(note);
    return note;
  }
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(note.id);
    if (existing) return existing;
    await db.notes.add(note);
    return note;
  });
}

type Editable = Partial<Pick<Note, 'body' | 'tags' | 'entityIds'>>;

// Duplicates would be counted twice by allTags and shown twice in the panel.
function dedupe(changes: Editable): Editable {
  return {
    ...changes,
    ...(changes.tags && { tags: [...new Set(changes.tags)] }),
    ...(changes.entityIds && { entityIds: [...new Set(changes.entityIds)] }),
  };
}

/** Saves edits unconditionally; returns the stored note, or null when it was deleted meanwhile. */
export async function updateNote(db: NotesDb, id: string, changes: Editable, now = Date.now()): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return null;
    const next: Note = {
      ...current,
      ...dedupe(changes),
      updatedAt: Math.max(now, current.updatedAt + 1),
      rev: (current.rev ?? 1) + 1,
    };
    await db.notes.put(next);
    return next;
  });
}

export type SaveResult =
  { status: 'saved'; note: Note } | { status: 'deleted' } | { status: 'conflict'; note: Note; copy: Note };

const sameContent = (a: Note, changes: Editable) =>
  (changes.body === undefined || changes.body === a.body) &&
  (changes.tags === undefined || changes.tags.join('\u0000') === a.tags.join('\u0000'));

/**
 * Saves an editor's changes made on top of `baseRev`. If another panel saved the note since, with
 * different content, neither edit is dropped: ours is saved, theirs is kept as a copy tagged
 * "conflict" (linked by conflictOf), and the caller tells the reader.
 */
export async function saveNote(
  db: NotesDb,
  id: string,
  changes: Editable,
  baseRev: number,
  now = Date.now(),
): Promise<SaveResult> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) return { status: 'deleted' as const };
    const ours = dedupe(changes);
    const next: Note = {
      ...current,
      ...ours,
      updatedAt: Math.max(now, current.updatedAt + 1),
      rev: (current.rev ?? 1) + 1,
    };
    if (current.rev === baseRev || sameContent(current, ours)) {
      await db.notes.put(next);
      return { status: 'saved' as const, note: next };
    }
    const copy: Note = {
      ...current,
      id: newId(),
      tags: [...new Set([...current.tags, CONFLICT_TAG])],
      conflictOf: id,
      createdAt: now,
      updatedAt: now,
      rev: 1,
    };
    await db.notes.bulkPut([next, copy]);
    return { status: 'conflict' as const, note: next, copy };
  });
}

/** Undo of a delete: the note comes back exactly as it was (id, times, rev). */
export async function restoreNote(db: NotesDb, note: Note): Promise<void> {
  await db.notes.put(note);
}

export async function deleteNote(db: NotesDb, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note ?? null;
  });
}

/** "AI, 大模型 #融资、字节" → ["AI", "大模型", "融资", "字节"]. */
export function normalizeTags(input: string): string[] {
  const tags = input
    .split(/[,，、;；#\s]+/)
    .map((tag) => tag.trim().slice(0, MAX_TAG_LENGTH))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}

const newestFirst = (a: Note, b: Note) => b.updatedAt - a.updatedAt;

/** Records that are not notes (damaged, or written by something else) are left out, never deleted. */
function validNotes(records: unknown[]): Note[] {
  return records.filter(isNote).sort(newestFirst);
}

export function notesForUrl(db: NotesDb, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(normalizeUrl(url)).toArray().then(validNotes);
}

/** Every note, most recently updated first, and how many records could not be read as notes. */
export async function readNotes(db: NotesDb): Promise<{ notes: Note[]; damaged: number }> {
  const records = await db.notes.toArray();
  const notes = validNotes(records);
  return { notes, damaged: records.length - notes.length };
}

/** Every note, most recently updated first. */
export async function allNotes(db: NotesDb): Promise<Note[]> {
  return (await readNotes(db)).notes;
}

export function notesForEntity(db: NotesDb, entityId: string): Promise<Note[]> {
  return db.notes.where('entityIds').equals(entityId).toArray().then(validNotes);
}

export function notesForTag(db: NotesDb, tag: string): Promise<Note[]> {
  return db.notes.where('tags').equals(tag).toArray().then(validNotes);
}

export async function allTags(db: NotesDb): Promise<Array<{ tag: string; count: number }>> {
  const counts = new Map<string, number>();
  await db.notes.each((note) => {
    if (!isNote(note)) return;
    for (const tag of new Set(note.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  });
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** A full disk, as IndexedDB reports it directly or wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
