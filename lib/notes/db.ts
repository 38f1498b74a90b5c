/**
 * The reader's notes in IndexedDB (Dexie). Private: they live in extension pages only, never in
 * a web page's DOM. Schema changes add a version with an upgrade function; never edit a
 * released version (tests/unit/notes.test.ts upgrades a filled version-1 database).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { TextQuoteSelector } from './selector';

export interface Note {
  id: string;
  /** Normalized page address (see normalizeUrl). */
  url: string;
  pageTitle: string;
  quote: TextQuoteSelector | null;
  entityIds: string[];
  /** Plain text with light Markdown. */
  body: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /** Save counter: a save based on an older rev is a concurrent edit (see saveNote). */
  rev: number;
  /** Set on the copy that keeps the other side of a concurrent edit. */
  conflictOf?: string;
}

export const DB_NAME = 'techlens-notes';
export const NOTES_SCHEMA_VERSION = 2;

export class NotesDb extends Dexie {
  notes!: EntityTable<Note, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ notes: 'id, url, *entityIds, *tags, updatedAt' });
    // v2: a save counter for concurrent edits, and listing by creation time.
    this.version(2)
      .stores({ notes: 'id, url, *entityIds, *tags, updatedAt, createdAt' })
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((note: Partial<Note>) => {
            if (typeof note.rev !== 'number') note.rev = 1;
          }),
      );
  }
}
