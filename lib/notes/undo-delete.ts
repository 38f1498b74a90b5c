/**
 * Delete with undo for notes: the note is deleted at once (every view and the page's marks
 * follow), and kept for ten seconds so "undo" puts it back exactly as it was (id, times, rev).
 */
import type { NotesDb, Note } from './db';
import { deleteNote, restoreNote } from './store';
import { TimedUndo, UNDO_MS } from '../core/undo-delete';

export { UNDO_MS };

export class UndoDelete extends TimedUndo<Note> {
  /** `onChange` gets the note that can be restored, or null once the chance has passed. */
  constructor(db: NotesDb, onChange: (undoable: Note | null) => void, ms = UNDO_MS) {
    super(
      (id) => deleteNote(db, id),
      (note) => restoreNote(db, note),
      onChange,
      ms,
    );
  }
}
