/**
 * Delete with undo: the note is deleted at once (every view and the page's marks follow), and
 * kept here for ten seconds so "undo" puts it back exactly as it was (id, times, rev).
 */
import type { NotesDb, Note } from './db';
import { deleteNote, restoreNote } from './store';

export const UNDO_MS = 10_000;

export class UndoDelete {
  private last: Note | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `onChange` gets the note that can be restored, or null once the chance has passed. */
  constructor(
    private readonly db: NotesDb,
    private readonly onChange: (undoable: Note | null) => void,
    private readonly ms = UNDO_MS,
  ) {}

  /** Deletes `noteId`; rejects (and changes nothing) when the write fails. */
  async remove(noteId: string): Promise<void> {
    const removed = await deleteNote(this.db, noteId);
    this.offer(removed);
  }

  /** Puts the last deleted note back; rejects when the write fails (the offer is gone either way). */
  async undo(): Promise<void> {
    const note = this.last;
    this.offer(null);
    if (note) await restoreNote(this.db, note);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private offer(note: Note | null): void {
    clearTimeout(this.timer);
    this.last = note;
    if (note) this.timer = setTimeout(() => this.offer(null), this.ms);
    this.onChange(note);
  }
}
