/**
 * Unsaved note text, kept synchronously on every keystroke so that a panel killed before its
 * debounced save (renderer crash, browser killed) loses nothing. The panel writes a draft per
 * note to localStorage (synchronous, held by the browser process) and replays leftover drafts
 * through saveNote on its next start, where a concurrent change becomes a conflict copy as usual.
 */
import type { NotesDb } from './db';
import { normalizeTags, saveNote } from './store';

const PREFIX = 'techlens-draft:';

export interface Draft {
  noteId: string;
  body: string;
  tagsText: string;
  /** The note revision the text was typed on. */
  baseRev: number;
}

/** The part of the Web Storage API drafts need (localStorage in the panel, a Map in tests). */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function writeDraft(storage: DraftStorage, draft: Draft): void {
  try {
    storage.setItem(PREFIX + draft.noteId, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the debounced save still runs.
  }
}

export function clearDraft(storage: DraftStorage, noteId: string): void {
  storage.removeItem(PREFIX + noteId);
}

function parseDraft(noteId: string, raw: string | null): Draft | null {
  try {
    const value = JSON.parse(raw ?? '') as Partial<Draft>;
    if (typeof value.body === 'string' && typeof value.tagsText === 'string' && typeof value.baseRev === 'number') {
      return { noteId, body: value.body, tagsText: value.tagsText, baseRev: value.baseRev };
    }
  } catch {
    // Not ours or damaged: dropped below.
  }
  return null;
}

/**
 * Saves every leftover draft and removes it; returns how many notes got text back. A damaged
 * draft is dropped; a draft whose save fails (full disk) stays for the next start.
 */
export async function recoverDrafts(db: NotesDb, storage: DraftStorage): Promise<number> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let recovered = 0;
  for (const key of keys) {
    const draft = parseDraft(key.slice(PREFIX.length), storage.getItem(key));
    if (!draft) {
      storage.removeItem(key);
      continue;
    }
    const current = await db.notes.get(draft.noteId);
    if (
      current &&
      (current.body !== draft.body || current.tags.join(', ') !== normalizeTags(draft.tagsText).join(', '))
    ) {
      await saveNote(db, draft.noteId, { body: draft.body, tags: normalizeTags(draft.tagsText) }, draft.baseRev);
      recovered++;
    }
    storage.removeItem(key);
  }
  return recovered;
}
