/**
 * One note's editor, without the DOM: what the text was based on, whether it holds unsaved text,
 * the synchronous draft on every keystroke, the autosave, and what a save found (saved, changed
 * elsewhere, deleted, failed). The panel's component only renders what this decides.
 */
import type { NotesDb, Note } from './db';
import { clearDraft, writeDraft, type DraftStorage } from './drafts';
import { isQuotaError, normalizeTags, saveNote } from './store';
import type { Autosaver } from './autosave';

export interface EditorText {
  body: string;
  tagsText: string;
}

export type SaveOutcome =
  | { status: 'saved' }
  | { status: 'conflict' }
  | { status: 'deleted' }
  | { status: 'failed'; quota: boolean; error: unknown };

export class NoteEditor {
  private rev: number;
  private dirty = false;
  private text: EditorText;

  constructor(
    private readonly db: NotesDb,
    private readonly noteId: string,
    note: Pick<Note, 'rev' | 'body' | 'tags'>,
    private readonly drafts: DraftStorage,
    private readonly autosaver: Autosaver,
    private readonly onSaved: (outcome: SaveOutcome) => void,
  ) {
    this.rev = note.rev;
    this.text = { body: note.body, tagsText: note.tags.join(', ') };
  }

  /** The reader typed: keep a draft now, save soon. */
  edit(text: EditorText): void {
    this.text = { ...text };
    this.dirty = true;
    writeDraft(this.drafts, { noteId: this.noteId, ...this.text, baseRev: this.rev });
    this.autosaver.edited(this.noteId, () => this.save());
  }

  /**
   * The stored note changed (another panel, an import): the new text to show, or null while
   * the reader has unsaved text here (their save will keep both versions).
   */
  external(note: Pick<Note, 'rev' | 'body' | 'tags'>): EditorText | null {
    if (this.dirty || note.rev === this.rev) return null;
    this.rev = note.rev;
    this.text = { body: note.body, tagsText: note.tags.join(', ') };
    return { ...this.text };
  }

  async save(): Promise<void> {
    this.autosaver.cancel(this.noteId);
    const sent = { ...this.text };
    let outcome: SaveOutcome;
    try {
      const result = await saveNote(
        this.db,
        this.noteId,
        { body: sent.body, tags: normalizeTags(sent.tagsText) },
        this.rev,
      );
      if (result.status === 'deleted') outcome = { status: 'deleted' };
      else {
        this.rev = result.note.rev;
        // Typing that happened during the save stays dirty and gets its own save.
        if (this.text.body === sent.body && this.text.tagsText === sent.tagsText) {
          this.dirty = false;
          clearDraft(this.drafts, this.noteId);
        }
        outcome = { status: result.status };
      }
    } catch (error) {
      outcome = { status: 'failed', quota: isQuotaError(error), error };
    }
    this.onSaved(outcome);
  }
}
